import type { CguVersionDocument } from "../content/load-content";
import { toParisCalendarDate } from "../format/dates";

/**
 * The version in force on `now`'s calendar day in Paris: the latest one whose effective date has
 * come. Before the first version takes effect, that first version is shown (as upcoming).
 * @param versions sorted by effective date, oldest first
 */
export function findCguInForce<T extends Pick<CguVersionDocument, "frontmatter">>(versions: readonly T[], now: Date): T {
  const today = toParisCalendarDate(now);
  const inForce = versions.filter((version) => version.frontmatter.effective <= today).at(-1);
  const first = versions[0];
  if (!inForce && !first) throw new Error("aucune version des CGU");
  return inForce ?? (first as T);
}

/** Versions whose effective date is still to come, soonest first. */
export function listUpcomingCgu<T extends Pick<CguVersionDocument, "frontmatter">>(versions: readonly T[], now: Date): T[] {
  const today = toParisCalendarDate(now);
  return versions.filter((version) => version.frontmatter.effective > today);
}

export type CguVersionStatus = { status: "in-force" } | { status: "upcoming" } | { status: "replaced"; replacedOn: string };

/** Where each version stands on `now`'s day: in force, to come, or replaced on the next one's date. */
export function describeCguVersion<T extends Pick<CguVersionDocument, "frontmatter">>(
  versions: readonly T[],
  version: T,
  now: Date,
): CguVersionStatus {
  if (version === findCguInForce(versions, now)) return { status: "in-force" };
  const today = toParisCalendarDate(now);
  if (version.frontmatter.effective > today) return { status: "upcoming" };
  const next = versions[versions.indexOf(version) + 1];
  return { status: "replaced", replacedOn: next?.frontmatter.effective ?? today };
}
