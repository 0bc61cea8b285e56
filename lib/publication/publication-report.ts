import path from "node:path";
import { formatIssue, type ContentIssue } from "../content/content-issue";
import { isPageId } from "../content/vocabulary";
import { pages } from "../web/routes";

/**
 * Where a visitor would read each missing value, so that the operator sees the site as a list of
 * pages to finish. A data file feeds several pages; some fields only one.
 */
const placesByDataFile: Record<string, { field?: RegExp; where: string }[]> = {
  "identite.yaml": [{ where: "Mentions légales, CGU, Confidentialité et pied de page de chaque page" }],
  "infrastructure.yaml": [
    { field: /^provider\.phone/, where: "Mentions légales (hébergeur)" },
    { field: /^inServiceSince/, where: "Interventions (disponibilité) et status.json" },
    { where: "Infrastructure" },
  ],
  "couts.yaml": [{ where: "Coûts" }],
  "cotisations.yaml": [{ where: "Coûts" }],
  "confidentialite.yaml": [{ where: "Confidentialité et Mentions légales" }],
  "offre.yaml": [{ field: /^requestForm/, where: "Confidentialité et Demande d’hébergement" }, { where: "Offre" }],
};

export function describeWhereShown(issue: ContentIssue): string {
  if (issue.file === "SITE_URL") return "Toutes les pages (adresses canoniques, flux, plan du site)";
  const [folder, name = ""] = issue.file.split("/").slice(-2);
  if (folder === "pages") {
    const id = path.basename(name, ".mdx");
    return isPageId(id) ? pages[id].navLabel : name;
  }
  if (folder === "cgu") return "CGU";
  if (folder === "interventions") return "Interventions";
  const places = placesByDataFile[name];
  return places?.find((place) => place.field === undefined || place.field.test(issue.field))?.where ?? issue.file;
}

/**
 * The publication gate's report: everything that must be done before going live, grouped by the
 * page where a visitor would see it, each with its file and line.
 */
export function formatPublicationReport(issues: readonly ContentIssue[]): string {
  if (issues.length === 0) return "Prêt à publier : aucune valeur à compléter ni à confirmer.";
  const groups = new Map<string, ContentIssue[]>();
  for (const issue of issues) {
    const where = describeWhereShown(issue);
    groups.set(where, [...(groups.get(where) ?? []), issue]);
  }
  const lines = [`Publication impossible : ${issues.length} point${issues.length > 1 ? "s" : ""} à régler avant la mise en ligne.`, ""];
  for (const [where, group] of [...groups].sort(([a], [b]) => a.localeCompare(b, "fr"))) {
    lines.push(`${where} :`, ...group.map((issue) => `  ${issue.severity === "error" ? "ERREUR " : ""}${formatIssue(issue)}`), "");
  }
  lines.push("Corrigez ces valeurs dans les fichiers indiqués, puis relancez : npm run check -- --publication");
  return lines.join("\n");
}
