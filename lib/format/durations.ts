/** « 0 min », « 43 min », « 1 h 30 min », « 2 j 3 h »: a duration in minutes, for availability tables. */
export function formatDurationMinutes(minutes: number): string {
  const rounded = Math.round(Math.abs(minutes));
  const days = Math.floor(rounded / 1440);
  const hours = Math.floor((rounded % 1440) / 60);
  const rest = rounded % 60;
  const parts =
    days > 0
      ? [`${days}\u00a0j`, hours > 0 ? `${hours}\u00a0h` : ""]
      : hours > 0
        ? [`${hours}\u00a0h`, rest > 0 ? `${rest}\u00a0min` : ""]
        : [`${rest}\u00a0min`];
  return parts.filter(Boolean).join(" ");
}
