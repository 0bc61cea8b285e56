/**
 * A problem found in a content or data file, located precisely enough for the operator to fix it
 * in a text editor: file, line, field.
 */
export interface ContentIssue {
  /** Path relative to the project root, e.g. "content/interventions/2026-03-02-disque.mdx". */
  file: string;
  line?: number;
  /** Dotted path of the field ("updates[1].at"), or a short label such as "MDX". */
  field: string;
  message: string;
  severity: "error" | "warning";
}

/** A value a data file holds but the operator has not confirmed yet, at a path of that file. */
export interface PendingValue {
  path: PropertyKey[];
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${where} — ${issue.field} : ${issue.message}`;
}

/** Beyond this, a build log would bury the first mistakes, which are usually the cause of the rest. */
const maxListedErrors = 30;

export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    const shown = errors.slice(0, maxListedErrors).map((issue) => `  ${formatIssue(issue)}`);
    if (errors.length > maxListedErrors) shown.push(`  … et ${errors.length - maxListedErrors} autres (npm run check les liste toutes)`);
    super(`${errors.length === 1 ? "Une erreur" : `${errors.length} erreurs`} dans le contenu :\n${shown.join("\n")}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}

/** Throws a ContentError if any issue is an error; warnings alone never stop the site. */
export function throwIfErrors(issues: ContentIssue[]): void {
  if (issues.some((issue) => issue.severity === "error")) throw new ContentError(issues);
}

export function formatFieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(fichier)";
}
