import { TZDate } from "@date-fns/tz";
import { frenchLocale, parisTimeZone } from "./locale";

/**
 * Calendar arithmetic in Europe/Paris, whatever the machine's TZ: months and days start at
 * midnight in Paris, so a month is 743 or 745 hours long when it holds a DST change.
 */
export interface ParisMonth {
  year: number;
  /** 1–12 */
  month: number;
  start: Date;
  end: Date;
}

export function startOfParisMonth(year: number, month: number): Date {
  return new Date(new TZDate(year, month - 1, 1, 0, 0, 0, parisTimeZone).getTime());
}

/** Midnight in Paris at the start of a calendar day written YYYY-MM-DD. */
export function startOfParisDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(new TZDate(year ?? 1970, (month ?? 1) - 1, date ?? 1, 0, 0, 0, parisTimeZone).getTime());
}

export function getParisYearMonth(instant: Date): { year: number; month: number } {
  const zoned = new TZDate(instant.getTime(), parisTimeZone);
  return { year: zoned.getFullYear(), month: zoned.getMonth() + 1 };
}

/** Every Paris calendar month that overlaps [from, to), oldest first. */
export function listParisMonths(from: Date, to: Date): ParisMonth[] {
  const months: ParisMonth[] = [];
  let { year, month } = getParisYearMonth(from);
  for (;;) {
    const start = startOfParisMonth(year, month);
    if (start.getTime() >= to.getTime()) break;
    const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
    months.push({ year, month, start, end: startOfParisMonth(next.year, next.month) });
    ({ year, month } = next);
  }
  return months;
}

const monthNames = new Intl.DateTimeFormat(frenchLocale, { month: "long", year: "numeric", timeZone: parisTimeZone });

/** « novembre 2026 » */
export function formatParisMonth({ year, month }: { year: number; month: number }): string {
  return monthNames.format(new Date(Date.UTC(year, month - 1, 15, 12)));
}

/**
 * « 2026-12-08 22:00 » (or with a T) read as a time in Paris. Undefined if it is not one; a time
 * skipped by the spring DST change moves forward, as a clock would.
 */
export function parseParisDateTime(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2})[:h](\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return undefined;
  const instant = new Date(new TZDate(year, month - 1, day, hour, minute, 0, parisTimeZone).getTime());
  return getParisYearMonth(instant).month === month ? instant : undefined;
}
