import type { InterventionFrontmatter } from "../content/schemas/intervention";
import { startOfParisDay } from "../format/paris-calendar";

/**
 * Availability from the declared interventions: merged windows of interruption over a period,
 * with planned maintenance kept apart, against the target of the CGU in force. It measures what
 * was declared in the log, not what an external probe saw.
 */

export type InterventionTiming = Pick<
  InterventionFrontmatter,
  "kind" | "start" | "end" | "impact" | "announced" | "countsAsDowntime" | "status"
>;

/** The commitments of one CGU version that availability depends on. */
export interface AvailabilityTerms {
  /** First Paris calendar day of the version, YYYY-MM-DD. */
  effective: string;
  availabilityTargetRatio: number;
  /** undefined while the operator has not set a notice: then no maintenance counts as announced in time. */
  maintenanceNoticeHours: number | undefined;
}

/** downtime: counts against the target; planned: announced in time, reported apart; excluded: no interruption. */
export type InterruptionClass = "downtime" | "planned" | "excluded";

const minute = 60_000;
const hour = 60 * minute;

/** The version in force at an instant (Paris calendar days), or undefined before the first one. */
export function findTermsAt(terms: readonly AvailabilityTerms[], instant: Date): AvailabilityTerms | undefined {
  let found: AvailabilityTerms | undefined;
  for (const version of terms) {
    if (startOfParisDay(version.effective).getTime() <= instant.getTime()) found = version;
  }
  return found;
}

/**
 * Incidents count; planned work announced at least the CGU's notice ahead does not and is
 * reported apart; an explicit `countsAsDowntime` wins; no interruption, no downtime.
 */
export function classifyInterruption(entry: InterventionTiming, terms: readonly AvailabilityTerms[]): InterruptionClass {
  if (entry.status === "cancelled" || entry.impact !== "interruption") return "excluded";
  if (entry.countsAsDowntime === true) return "downtime";
  if (entry.kind === "incident") return entry.countsAsDowntime === false ? "excluded" : "downtime";
  if (entry.countsAsDowntime === false) return "planned";
  // Before the first CGU there was no promise; the first version's notice is the fairest yardstick.
  const noticeHours = (findTermsAt(terms, entry.start) ?? terms[0])?.maintenanceNoticeHours;
  const announcedEarlyEnough =
    noticeHours !== undefined && entry.announced !== undefined && entry.start.getTime() - entry.announced.getTime() >= noticeHours * hour;
  return announcedEarlyEnough ? "planned" : "downtime";
}

interface Interval {
  start: number;
  end: number;
}

/** Sorted, non-overlapping union of intervals. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

function subtractIntervals(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  return from.flatMap((interval) => {
    let pieces: Interval[] = [interval];
    for (const cut of remove) {
      pieces = pieces.flatMap((piece) =>
        cut.end <= piece.start || cut.start >= piece.end
          ? [piece]
          : [
              { start: piece.start, end: cut.start },
              { start: cut.end, end: piece.end },
            ].filter((part) => part.end > part.start),
      );
    }
    return pieces;
  });
}

function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((total, interval) => total + interval.end - interval.start, 0);
}

export interface AvailabilityReport {
  /** The measured window: the period, clipped to the service start and to now. */
  from: Date;
  to: Date;
  measuredMinutes: number;
  downtimeMinutes: number;
  plannedMinutes: number;
  /** 0–1; undefined when nothing of the period has elapsed yet. */
  availability: number | undefined;
  /** The targets in force during the period, in order (two when a new CGU version started inside it). */
  targets: number[];
  /** Downtime allowed by those targets over the measured window, weighted by how long each applied. */
  budgetMinutes: number | undefined;
  remainingBudgetMinutes: number | undefined;
  meetsTarget: boolean | undefined;
}

export interface AvailabilityLog {
  interventions: readonly InterventionTiming[];
  terms: readonly AvailabilityTerms[];
  inServiceSince: Date;
}

/**
 * The log reduced to what availability needs, computed once per content: each interruption with
 * its class, and each CGU version with the instant it starts. Periods are then cheap to compute,
 * even for a long log and many months.
 */
export interface PreparedLog {
  windows: { start: number; end: number | undefined; counted: Exclude<InterruptionClass, "excluded"> }[];
  terms: { from: number; terms: AvailabilityTerms }[];
  inServiceSince: number;
}

export function prepareLog({ interventions, terms, inServiceSince }: AvailabilityLog): PreparedLog {
  const windows = interventions.flatMap((entry) => {
    const counted = classifyInterruption(entry, terms);
    return counted === "excluded" ? [] : [{ start: entry.start.getTime(), end: entry.end?.getTime(), counted }];
  });
  return {
    windows,
    terms: terms.map((version) => ({ from: startOfParisDay(version.effective).getTime(), terms: version })),
    inServiceSince: inServiceSince.getTime(),
  };
}

export function computeAvailability({ from, to, now, ...log }: AvailabilityLog & { from: Date; to: Date; now: Date }): AvailabilityReport {
  return computeAvailabilityOfLog(prepareLog(log), from, to, now);
}

export function computeAvailabilityOfLog(log: PreparedLog, from: Date, to: Date, now: Date): AvailabilityReport {
  const windowStart = Math.max(from.getTime(), log.inServiceSince);
  const windowEnd = Math.max(windowStart, Math.min(to.getTime(), now.getTime()));
  const clipped = (counted: "downtime" | "planned") =>
    mergeIntervals(
      log.windows
        .filter((window) => window.counted === counted)
        // An incident still open lasts until now.
        .map((window) => ({ start: Math.max(window.start, windowStart), end: Math.min(window.end ?? now.getTime(), windowEnd) })),
    );

  const downtime = clipped("downtime");
  // Time already counted as downtime is not also reported as planned.
  const planned = subtractIntervals(clipped("planned"), downtime);
  const measured = windowEnd - windowStart;
  const downtimeMs = totalLength(downtime);

  const segments = splitByTerms(log.terms, windowStart, windowEnd).filter((segment) => segment.terms !== undefined);
  const budgetMs =
    segments.length === 0
      ? undefined
      : segments.reduce((total, segment) => total + (1 - segment.terms!.availabilityTargetRatio) * (segment.end - segment.start), 0);
  const targets = segments
    .map((segment) => segment.terms!.availabilityTargetRatio)
    .filter((ratio, index, all) => index === 0 || ratio !== all[index - 1]);

  return {
    from: new Date(windowStart),
    to: new Date(windowEnd),
    measuredMinutes: measured / minute,
    downtimeMinutes: downtimeMs / minute,
    plannedMinutes: totalLength(planned) / minute,
    availability: measured > 0 ? 1 - downtimeMs / measured : undefined,
    targets,
    budgetMinutes: budgetMs === undefined ? undefined : budgetMs / minute,
    remainingBudgetMinutes: budgetMs === undefined ? undefined : (budgetMs - downtimeMs) / minute,
    meetsTarget: budgetMs === undefined || measured === 0 ? undefined : downtimeMs <= budgetMs,
  };
}

function splitByTerms(terms: PreparedLog["terms"], start: number, end: number) {
  const bounds = [start, ...terms.map((version) => version.from).filter((cut) => cut > start && cut < end), end];
  return bounds.slice(0, -1).map((segmentStart, index) => ({
    start: segmentStart,
    end: bounds[index + 1]!,
    terms: terms.filter((version) => version.from <= segmentStart).at(-1)?.terms,
  }));
}
