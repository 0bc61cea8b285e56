import type { InterventionFrontmatter } from "../content/schemas/intervention";

export type TimelineEventKind = "announced" | "rescheduled" | "update" | "start" | "end" | "cancelled";

export interface TimelineEvent {
  at: Date;
  kind: TimelineEventKind;
  /** Whether the event is still to come (a planned start or end). */
  planned: boolean;
  text?: string;
  /** For a reschedule: the schedule it replaced. */
  previous?: { start: Date; end: Date };
}

/** The history of an intervention, oldest first, as of `now`. */
export function buildTimeline(entry: InterventionFrontmatter, now: Date): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  if (entry.announced) events.push({ at: entry.announced, kind: "announced", planned: false });
  for (const reschedule of entry.reschedules ?? []) {
    events.push({
      at: reschedule.at,
      kind: "rescheduled",
      planned: false,
      text: reschedule.reason,
      previous: { start: reschedule.previousStart, end: reschedule.previousEnd },
    });
  }
  for (const update of entry.updates ?? []) events.push({ at: update.at, kind: "update", planned: false, text: update.text });
  if (entry.cancellation) {
    events.push({ at: entry.cancellation.at, kind: "cancelled", planned: false, text: entry.cancellation.reason });
  } else {
    events.push({ at: entry.start, kind: "start", planned: entry.start.getTime() > now.getTime() });
    if (entry.end) events.push({ at: entry.end, kind: "end", planned: entry.end.getTime() > now.getTime() });
  }
  // Stable sort: at equal times, the order above (announcement before start) is kept.
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** Calendar SEQUENCE: raised by every reschedule and by a cancellation. */
export function computeSequence(entry: Pick<InterventionFrontmatter, "reschedules" | "status">): number {
  return (entry.reschedules?.length ?? 0) + (entry.status === "cancelled" ? 1 : 0);
}

/** When the entry last changed: the latest dated event that has happened, for feeds. */
export function findLastChange(entry: InterventionFrontmatter, now: Date): Date {
  const happened = buildTimeline(entry, now)
    .filter((event) => !event.planned)
    .map((event) => event.at.getTime());
  const published = entry.announced?.getTime() ?? Math.min(entry.start.getTime(), now.getTime());
  return new Date(Math.max(published, ...happened.filter((time) => time <= now.getTime())));
}
