import { getContentDir } from "./content-dir";
import { formatIssue, type ContentIssue } from "./content-issue";
import { loadContent, type SiteContent } from "./load-content";

/** File names an intervention may not take: they are paths of the log itself. */
const reservedSlugs = new Set(["annee"]);

/**
 * Every check of the content and data files (lib/publication/check-site.ts adds the server's
 * settings): `npm run check` prints them, `next build` fails on the errors. The clock matters for one rule: an intervention marked completed cannot lie in
 * the future.
 */
export function checkContent(dir: string = getContentDir(), now: Date = new Date()): { content?: SiteContent; issues: ContentIssue[] } {
  const { content, issues } = loadContent(dir);
  if (content) issues.push(...checkInterventionsAgainstClock(content, now), ...findDuplicateInterventions(content));
  issues.push(...checkReservedSlugs(content));
  return { content: issues.some((issue) => issue.severity === "error") ? undefined : content, issues: sortIssues(issues) };
}

function checkInterventionsAgainstClock(content: SiteContent, now: Date): ContentIssue[] {
  return content.interventions.flatMap(({ file, frontmatter, source }) => {
    if (frontmatter.status !== "completed") return [];
    const late =
      frontmatter.end && frontmatter.end.getTime() > now.getTime()
        ? "end"
        : frontmatter.start.getTime() > now.getTime()
          ? "start"
          : undefined;
    return late
      ? [
          {
            file,
            line: source.lineOf(["status"]),
            field: "status",
            message: `marquée terminée (completed) mais ${late === "start" ? "son début" : "sa fin"} est dans le futur`,
            severity: "error" as const,
          },
        ]
      : [];
  });
}

/** The same intervention written twice, usually a copied file whose fields were not all changed. */
function findDuplicateInterventions(content: SiteContent): ContentIssue[] {
  const seen = new Map<string, string>();
  // By slug, so that « x-2 » or « x-copie » is reported as the copy of « x ».
  const bySlug = [...content.interventions].sort((a, b) => a.slug.localeCompare(b.slug));
  return bySlug.flatMap(({ file, slug, frontmatter, source }) => {
    const key = `${frontmatter.kind}|${frontmatter.start.getTime()}|${frontmatter.title}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, slug);
      return [];
    }
    return [
      {
        file,
        line: source.lineOf(["title"]),
        field: "title",
        message: `même titre, même nature et même début que ${first}.mdx : doublon ?`,
        severity: "error" as const,
      },
    ];
  });
}

function checkReservedSlugs(content: SiteContent | undefined): ContentIssue[] {
  return (content?.interventions ?? [])
    .filter(({ slug }) => reservedSlugs.has(slug))
    .map(({ file }) => ({
      file,
      line: 1,
      field: "nom du fichier",
      message: "ce nom est réservé par le site ; choisissez-en un autre",
      severity: "error" as const,
    }));
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The report `npm run check` prints: errors, then what is left to fill in, then a count. */
export function formatCheckReport(issues: readonly ContentIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  const lines: string[] = [];
  if (errors.length > 0) lines.push("Erreurs (à corriger avant de publier) :", ...errors.map(formatIssue), "");
  if (warnings.length > 0) lines.push("À compléter ou à confirmer :", ...warnings.map(formatIssue), "");
  const count = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;
  lines.push(
    errors.length === 0
      ? `Contenu valide${warnings.length > 0 ? ` ; ${count(warnings.length, "point", "points")} à compléter ou à confirmer` : ""}.`
      : `${count(errors.length, "erreur", "erreurs")}, ${count(warnings.length, "avertissement", "avertissements")}.`,
  );
  return lines.join("\n");
}
