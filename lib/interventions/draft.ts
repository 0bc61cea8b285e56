import { formatIsoWithParisOffset } from "../format/dates";
import type { InterventionImpact, InterventionKind } from "../content/schemas/intervention";

export interface InterventionDraft {
  title: string;
  kind: InterventionKind;
  start: Date;
  /** Absent for an incident whose end is not known yet. */
  durationMinutes?: number;
  impact: InterventionImpact;
  services: string[];
  summary: string;
}

/** « 30 », « 30min », « 2h », « 1h30 », « 1 h 30 min » → minutes; undefined if unreadable. */
export function parseDurationMinutes(text: string): number | undefined {
  const compact = text.replace(/\s+/g, "").toLowerCase();
  const match = /^(?:(\d+)h)?(?:(\d+)(?:min|mn|m)?)?$/.exec(compact);
  if (!match || compact === "" || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return minutes > 0 ? minutes : undefined;
}

/** Lowercase ASCII words joined by dashes: « Mise à jour du noyau » → « mise-a-jour-du-noyau ». */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** The MDX file for a draft: frontmatter the schema accepts, and a body to complete. */
export function renderInterventionFile(draft: InterventionDraft, announced: Date): string {
  const end = draft.durationMinutes === undefined ? undefined : new Date(draft.start.getTime() + draft.durationMinutes * 60_000);
  const lines = [
    "---",
    `title: ${JSON.stringify(draft.title)}`,
    `kind: ${draft.kind}`,
    `start: ${formatIsoWithParisOffset(draft.start)}`,
    ...(end ? [`end: ${formatIsoWithParisOffset(end)}`] : []),
    `impact: ${draft.impact}`,
    // Announced now: for planned work, this date decides whether the CGU's notice was given.
    ...(draft.kind === "incident" ? [] : [`announced: ${formatIsoWithParisOffset(announced)}`]),
    `services: [${draft.services.join(", ")}]`,
    `summary: ${JSON.stringify(draft.summary)}`,
    "---",
    "",
    draft.kind === "incident"
      ? "Décrivez ici l'incident : ce qui est touché, ce qui est fait, et quand vous donnerez des nouvelles."
      : "Décrivez ici l'intervention : ce qui va être fait, pourquoi, et ce que les clients doivent savoir.",
    "",
  ];
  return lines.join("\n");
}
