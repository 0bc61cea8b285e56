import type { InterventionFrontmatter } from "../content/schemas/intervention";
import { getParisYearMonth } from "../format/paris-calendar";

export type InterventionState = "upcoming" | "ongoing" | "completed" | "cancelled";

type Timed = Pick<InterventionFrontmatter, "start" | "end" | "status">;

/**
 * Where an intervention stands at `now`, computed for each request. An incident without an end
 * is ongoing until one is written.
 */
export function getInterventionState(entry: Timed, now: Date): InterventionState {
  if (entry.status === "cancelled") return "cancelled";
  if (now.getTime() < entry.start.getTime()) return "upcoming";
  if (entry.end === undefined || now.getTime() < entry.end.getTime()) return "ongoing";
  return "completed";
}

/** An incident's end is written when it is over; planned work's end is a plan until marked completed. */
export function isEndConfirmed(entry: Pick<InterventionFrontmatter, "kind" | "status">): boolean {
  return entry.kind === "incident" || entry.status === "completed";
}

/** Planned work whose end has passed without being confirmed: the log says so rather than guess. */
export function hasUnconfirmedEnd(entry: Pick<InterventionFrontmatter, "kind" | "status" | "end">, now: Date): boolean {
  return entry.end !== undefined && entry.end.getTime() <= now.getTime() && entry.status !== "cancelled" && !isEndConfirmed(entry);
}

export interface InterventionGroups<T> {
  ongoing: T[];
  /** Soonest first; a cancelled one stays here, marked, until its planned start. */
  upcoming: T[];
  /** Most recent first. */
  past: T[];
}

export function groupInterventions<T extends { frontmatter: Timed }>(entries: readonly T[], now: Date): InterventionGroups<T> {
  const byStart = (a: T, b: T) => a.frontmatter.start.getTime() - b.frontmatter.start.getTime();
  const groups: InterventionGroups<T> = { ongoing: [], upcoming: [], past: [] };
  for (const entry of entries) {
    const state = getInterventionState(entry.frontmatter, now);
    const startsLater = entry.frontmatter.start.getTime() > now.getTime();
    if (state === "ongoing") groups.ongoing.push(entry);
    else if (state === "upcoming" || (state === "cancelled" && startsLater)) groups.upcoming.push(entry);
    else groups.past.push(entry);
  }
  groups.ongoing.sort(byStart);
  groups.upcoming.sort(byStart);
  groups.past.sort((a, b) => byStart(b, a));
  return groups;
}

// Content dates never change within a process; zone conversion is the costly part of grouping.
const parisYears = new WeakMap<Date, number>();

function getParisYearOf(instant: Date): number {
  let year = parisYears.get(instant);
  if (year === undefined) {
    year = getParisYearMonth(instant).year;
    parisYears.set(instant, year);
  }
  return year;
}

/** Entries by Paris calendar year of their start; most recent year, and entry, first. */
export function groupByParisYear<T extends { frontmatter: Timed }>(entries: readonly T[]): { year: number; entries: T[] }[] {
  const years = new Map<number, T[]>();
  for (const entry of entries) {
    const year = getParisYearOf(entry.frontmatter.start);
    const group = years.get(year);
    if (group) group.push(entry);
    else years.set(year, [entry]);
  }
  const newestFirst = (a: T, b: T) => b.frontmatter.start.getTime() - a.frontmatter.start.getTime();
  return [...years.entries()].sort(([a], [b]) => b - a).map(([year, yearEntries]) => ({ year, entries: yearEntries.sort(newestFirst) }));
}

export const noticeWindowMs = 7 * 24 * 60 * 60 * 1000;

/** Interventions every page must announce: ongoing, or starting within seven days. */
export function listInterventionsToAnnounce<T extends { frontmatter: Timed }>(entries: readonly T[], now: Date): T[] {
  const { ongoing, upcoming } = groupInterventions(entries, now);
  const soon = upcoming.filter(
    (entry) => entry.frontmatter.status !== "cancelled" && entry.frontmatter.start.getTime() - now.getTime() <= noticeWindowMs,
  );
  return [...ongoing, ...soon];
}
