import { typesetFrench } from "../format/french-typography";
import { z } from "./zod-fr";

export const text = z.string().trim().min(1, "ne doit pas être vide");

/** Text shown to visitors: French spacing and apostrophes applied (see typesetFrench). */
export const prose = text.transform(typesetFrench);

const offsetDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant written with its UTC offset, e.g. 2026-03-14T22:00:00+01:00. Without the offset the
 * time would depend on the machine's TZ, so it is refused rather than guessed.
 */
export const offsetDateTime = z
  .string("date et heure attendues, par exemple 2026-03-14T22:00:00+01:00")
  .refine((value) => offsetDateTimePattern.test(value), {
    message: "date et heure avec décalage horaire attendues, par exemple 2026-03-14T22:00:00+01:00",
  })
  .refine((value) => isRealDateTime(value), { message: "cette date n'existe pas" })
  .transform((value) => new Date(value));

/** A calendar day (YYYY-MM-DD), meant in Europe/Paris. Kept as a string: it has no time zone. */
export const calendarDate = z
  .string("date attendue, par exemple 2026-12-01")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date attendue au format AAAA-MM-JJ, par exemple 2026-12-01")
  .refine((value) => isRealDateTime(`${value}T00:00:00Z`), { message: "cette date n'existe pas" });

/** Euros as written by the operator (1380 or 1380.5), converted to integer cents. */
export const euros = z
  .number()
  .nonnegative("le montant ne peut pas être négatif")
  .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: "au plus deux chiffres après la virgule (centimes)",
  })
  .transform((value) => Math.round(value * 100));

/** A percentage as written (21.2), converted to a fraction (0.212). */
export const percent = z
  .number()
  .min(0, "un pourcentage ne peut pas être négatif")
  .max(100, "un pourcentage ne peut pas dépasser 100")
  // toPrecision drops the binary noise of the division: 99.9 / 100 is 0.9990000000000001.
  .transform((value) => Number((value / 100).toPrecision(12)));

export const url = z.url({ message: "adresse web attendue, commençant par https://" });

function isRealDateTime(value: string): boolean {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  // Date.parse rolls 2026-02-30 over to March; compare the written day with the parsed one.
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(value) ?? [];
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return probe.getUTCFullYear() === Number(year) && probe.getUTCMonth() === Number(month) - 1 && probe.getUTCDate() === Number(day);
}
