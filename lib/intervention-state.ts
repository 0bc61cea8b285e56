import type { InterventionFrontmatter } from "./content/schemas/intervention";

export type InterventionState = "upcoming" | "ongoing" | "completed";

type Timed = Pick<InterventionFrontmatter, "start" | "end">;

/** Where an intervention stands at `now`. An incident without an end is ongoing until one is written. */
export function getInterventionState(entry: Timed, now: Date): InterventionState {
  if (now.getTime() < entry.start.getTime()) return "upcoming";
  if (entry.end === undefined || now.getTime() < entry.end.getTime()) return "ongoing";
  return "completed";
}

/** Ongoing first, then upcoming (soonest first), then past (most recent first). */
export function groupInterventions<T extends { frontmatter: Timed }>(entries: readonly T[], now: Date) {
  const byStart = (a: T, b: T) => a.frontmatter.start.getTime() - b.frontmatter.start.getTime();
  const withState = entries.map((entry) => ({ entry, state: getInterventionState(entry.frontmatter, now) }));
  const pick = (state: InterventionState) => withState.filter((item) => item.state === state).map((item) => item.entry);
  return {
    ongoing: pick("ongoing").sort(byStart),
    upcoming: pick("upcoming").sort(byStart),
    past: pick("completed").sort((a, b) => byStart(b, a)),
  };
}
