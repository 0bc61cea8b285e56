import type { SiteContent } from "../content/load-content";
import { startOfParisDay } from "../format/paris-calendar";
import { noticeWindowMs } from "../interventions/state";

/**
 * The next instant at which a page of the site changes by itself, without a publication: an
 * intervention starts or ends (« à venir » → « en cours » → « terminée »), enters the seven days
 * during which every page announces it, or a dated update, reschedule or cancellation becomes
 * due; a CGU version comes into force at midnight, Paris time. The static mirror is a copy taken
 * at one instant, so it must be exported again at each of these (`npm run miroir --
 * --prochaine-echeance`); figures that move continuously, such as availability over the last
 * twelve months, are covered by the hourly export.
 */
export function findNextStateChange(content: SiteContent, now: Date): Date | undefined {
  const instants: Date[] = [];
  for (const { frontmatter } of content.interventions) {
    instants.push(...listDates(frontmatter));
    if (frontmatter.status !== "cancelled") instants.push(new Date(frontmatter.start.getTime() - noticeWindowMs));
  }
  for (const version of content.cguVersions) instants.push(startOfParisDay(version.frontmatter.effective));
  const future = instants.filter((instant) => instant.getTime() > now.getTime());
  return future.length === 0 ? undefined : new Date(Math.min(...future.map((instant) => instant.getTime())));
}

/** Every date of a frontmatter, however deep: a new dated field is covered without a change here. */
function listDates(value: unknown): Date[] {
  if (value instanceof Date) return [value];
  if (Array.isArray(value)) return value.flatMap(listDates);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(listDates);
  return [];
}
