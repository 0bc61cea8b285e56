import * as z from "zod";

/**
 * French messages for every schema, tuned for an operator editing YAML by hand: a missing field
 * says so instead of "undefined received".
 */
const french = z.locales.fr().localeError;

z.config({
  localeError: french,
  customError(issue) {
    if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined) return "champ obligatoire manquant";
    if (issue.code === "invalid_type" && issue.expected === "string") return "texte attendu";
    if (issue.code === "invalid_type" && issue.expected === "number") return "nombre attendu";
    if (issue.code === "invalid_type" && issue.expected === "boolean") return "true ou false attendu";
    if (issue.code === "invalid_type" && issue.expected === "array") return "liste attendue (lignes commençant par « - »)";
    if (issue.code === "invalid_value" && "values" in issue) {
      return `valeur « ${String(issue.input)} » inconnue ; valeurs possibles : ${issue.values.map(String).join(", ")}`;
    }
    return undefined;
  },
});

export { z };
