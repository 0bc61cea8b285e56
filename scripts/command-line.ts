import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Reads a script's options the operator's way: `--help` prints the French usage and exits 0; an
 * unknown option, a missing value or an unexpected argument prints one French line and exits 2,
 * never a stack trace. `usage` starts with « Usage : npm run <name> ».
 */
export function readOptions<O extends Options>(usage: string, options: O, { positionals = false } = {}) {
  const command = /^Usage : (npm run \S+)/.exec(usage)?.[1] ?? "npm run";
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: positionals,
    });
  } catch (error) {
    console.error(`Erreur : ${explainParseError(error)}.`);
    console.error(`Aide : ${command} -- --help`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Stops with exit code 2 and a French message, for arguments that parse but make no sense. */
export function refuseArguments(message: string): never {
  console.error(`Erreur : ${message}.`);
  process.exit(2);
}

function explainParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? "")?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `option inconnue « ${quoted} »`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `l'option « ${quoted.split(" ")[0]} » attend une valeur`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `argument inattendu « ${quoted} »`;
    default:
      return "arguments invalides";
  }
}
