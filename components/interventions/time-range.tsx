import { formatDateParis, formatParisOffset, formatTimeParis } from "@/lib/format/dates";
import { site } from "@/lib/web/site";

/**
 * An interval in Paris time, with the zone named once, or both offsets when a DST change falls
 * inside. Each end sits in a <time> whose datetime is the exact instant.
 */
export function TimeRange({ start, end, unconfirmedEnd = false }: { start: Date; end?: Date; unconfirmedEnd?: boolean }) {
  const startOffset = formatParisOffset(start);
  if (!end) {
    return (
      <>
        depuis le{" "}
        <time dateTime={start.toISOString()}>
          {formatDateParis(start)} à {formatTimeParis(start)}
        </time>{" "}
        ({site.timeZoneLabel}, {startOffset}), fin encore inconnue
      </>
    );
  }
  const endOffset = formatParisOffset(end);
  const zone =
    startOffset === endOffset ? `(${site.timeZoneLabel}, ${startOffset})` : `(${site.timeZoneLabel}, ${startOffset} puis ${endOffset})`;
  const planned = unconfirmedEnd ? ", fin non confirmée" : "";
  if (formatDateParis(start) === formatDateParis(end)) {
    return (
      <>
        le{" "}
        <time dateTime={start.toISOString()}>
          {formatDateParis(start)}, de {formatTimeParis(start)}
        </time>{" "}
        à <time dateTime={end.toISOString()}>{formatTimeParis(end)}</time> {zone}
        {planned}
      </>
    );
  }
  return (
    <>
      du{" "}
      <time dateTime={start.toISOString()}>
        {formatDateParis(start)} à {formatTimeParis(start)}
      </time>{" "}
      au{" "}
      <time dateTime={end.toISOString()}>
        {formatDateParis(end)} à {formatTimeParis(end)}
      </time>{" "}
      {zone}
      {planned}
    </>
  );
}
