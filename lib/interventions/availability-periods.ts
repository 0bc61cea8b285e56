import { computeAvailabilityOfLog, type AvailabilityReport, type PreparedLog } from "./availability";
import { formatParisMonth, listParisMonths } from "../format/paris-calendar";

export interface AvailabilityPeriod {
  id: string;
  label: string;
  report: AvailabilityReport;
}

const day = 24 * 60 * 60 * 1000;

export const rollingWindowsDays = [30, 90, 365] as const;

/** The last 30, 90 and 365 days, ending now. */
export function buildRollingPeriods(log: PreparedLog, now: Date): AvailabilityPeriod[] {
  return rollingWindowsDays.map((days) => ({
    id: `${days}-jours`,
    label: `${days} derniers jours`,
    report: computeAvailabilityOfLog(log, new Date(now.getTime() - days * day), now, now),
  }));
}

/**
 * Paris calendar months since the service started, most recent first: those of one year, or the
 * `limit` most recent ones.
 */
export function buildMonthlyPeriods(
  log: PreparedLog,
  now: Date,
  { year, limit }: { year?: number; limit?: number } = {},
): AvailabilityPeriod[] {
  const months = listParisMonths(new Date(log.inServiceSince), now)
    .filter((month) => year === undefined || month.year === year)
    .reverse()
    .slice(0, limit);
  return months.map((month) => ({
    id: `${month.year}-${String(month.month).padStart(2, "0")}`,
    label: formatParisMonth(month),
    report: computeAvailabilityOfLog(log, month.start, month.end, now),
  }));
}
