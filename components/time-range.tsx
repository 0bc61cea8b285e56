import { formatDateParis, formatParisOffset, formatTimeParis } from "@/lib/format-date";
import { site } from "@/lib/site";

/**
 * An interval in Paris time, with the zone named once, or twice when a DST change falls inside.
 * Each end sits in a <time> whose datetime is the exact instant.
 */
export function TimeRange({ start, end }: { start: Date; end?: Date }) {
  const startDay = formatDateParis(start);
  const startOffset = formatParisOffset(start);
  if (!end) {
    return (
      <>
        depuis le <time dateTime={start.toISOString()}>{startDay} à {formatTimeParis(start)}</time> ({site.timeZoneLabel}, {startOffset}), fin
        non encore connue
      </>
    );
  }
  const endDay = formatDateParis(end);
  const endOffset = formatParisOffset(end);
  const zone = startOffset === endOffset ? `(${site.timeZoneLabel}, ${startOffset})` : `(${site.timeZoneLabel} ; ${startOffset} puis ${endOffset})`;
  if (startDay === endDay) {
    return (
      <>
        le <time dateTime={start.toISOString()}>{startDay}, de {formatTimeParis(start)}</time> à{" "}
        <time dateTime={end.toISOString()}>{formatTimeParis(end)}</time> {zone}
      </>
    );
  }
  return (
    <>
      du <time dateTime={start.toISOString()}>{startDay} à {formatTimeParis(start)}</time> au{" "}
      <time dateTime={end.toISOString()}>{endDay} à {formatTimeParis(end)}</time> {zone}
    </>
  );
}
