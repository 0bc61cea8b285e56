import { frenchLocale, parisTimeZone, parisTimeZoneLabel } from "./locale";

/**
 * Dates are stored as instants and always shown in Europe/Paris, whatever the TZ of the machine
 * that renders them. The zone is named next to every time.
 */
const dateFormat = new Intl.DateTimeFormat(frenchLocale, {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: parisTimeZone,
});

const timeFormat = new Intl.DateTimeFormat(frenchLocale, {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: parisTimeZone,
});

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: parisTimeZone, timeZoneName: "longOffset" });

/** « 14 mars 2026 », « 1er avril 2026 » */
export function formatDateParis(instant: Date): string {
  return dateFormat.format(instant).replace(/^1 /, "1er ");
}

/** « 22 h 00 », as French typography writes hours (narrow no-break spaces around « h »). */
export function formatTimeParis(instant: Date): string {
  return timeFormat.format(instant).replace(":", "\u202fh\u202f");
}

/** « UTC+1 » in winter, « UTC+2 » in summer. */
export function formatParisOffset(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  const offset = name.replace("GMT", "");
  return offset === "" ? "UTC" : `UTC${offset.replace(/^([+-])0?(\d+):00$/, "$1$2")}`;
}

/** « 14 mars 2026 à 22:00 (heure de Paris, UTC+1) » */
export function formatDateTimeParis(instant: Date): string {
  return `${formatDateParis(instant)} à ${formatTimeParis(instant)} (${parisTimeZoneLabel}, ${formatParisOffset(instant)})`;
}

/** A calendar day written YYYY-MM-DD, shown as « 1er décembre 2026 ». */
export function formatCalendarDate(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  // Noon UTC is the same calendar day in Paris in every season.
  return formatDateParis(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date ?? 1, 12)));
}

/** The calendar day (YYYY-MM-DD) of an instant, in Paris. */
export function toParisCalendarDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: parisTimeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** « 2026-12-08T22:00:00+01:00 »: an instant as the content files write it, with Paris's offset. */
export function formatIsoWithParisOffset(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: parisTimeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const offset = formatParisOffset(instant).replace("UTC", "");
  const [sign, hours] = offset === "" ? ["+", "0"] : [offset[0], offset.slice(1)];
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${hours!.padStart(2, "0")}:00`;
}
