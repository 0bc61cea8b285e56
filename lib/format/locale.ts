/**
 * The site's language and clock. Every date and time is shown in Paris time, whatever the
 * server's TZ; formatters take these instead of reading the machine's settings.
 */
export const frenchLocale = "fr-FR";
export const parisTimeZone = "Europe/Paris";
export const parisTimeZoneLabel = "heure de Paris";
