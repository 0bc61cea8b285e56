import { describe, expect, test } from "vitest";
import { formatCalendarDate, formatDateTimeParis, formatParisOffset } from "@/lib/format/dates";
import { formatEuros, formatEurosCompact, formatPercent, formatTebibytes, formatTerabytes } from "@/lib/format/numbers";
import { typesetFrench } from "@/lib/format/french-typography";

// Spelled out so that a plain space can never pass for the right character.
const NNBSP = "\u202f"; // narrow no-break space: thousands, before ; ! ? and units
const NBSP = "\u00a0"; // no-break space: before € % and :

describe("French number formatting", () => {
  test("euros use a narrow no-break space for thousands and a no-break space before the sign", () => {
    expect(formatEuros(193_050)).toBe(`1${NNBSP}930,50${NBSP}€`);
    expect(formatEurosCompact(193_000)).toBe(`1${NNBSP}930${NBSP}€`);
    expect(formatEurosCompact(16_083.33)).toBe(`160,83${NBSP}€`);
  });

  test("rounding to the euro is half up, and only happens for display", () => {
    expect(formatEuros(46_797, "euros")).toBe(`468${NBSP}€`);
    expect(formatEuros(46_750, "euros")).toBe(`468${NBSP}€`);
    expect(formatEuros(46_749.99, "euros")).toBe(`467${NBSP}€`);
    expect(formatEuros(-342.6, "euros")).toBe(`-3${NBSP}€`);
    expect(formatEuros(-0.4, "euros")).toBe(`0${NBSP}€`);
  });

  test("percentages keep their decimals with a comma", () => {
    expect(formatPercent(0.21344)).toBe(`21,344${NBSP}%`);
    expect(formatPercent(0.999, 2)).toBe(`99,9${NBSP}%`);
  });

  test("storage sizes are written To and Tio", () => {
    expect(formatTerabytes(20)).toBe(`20${NNBSP}To`);
    expect(formatTebibytes(18.19)).toBe(`18,2${NNBSP}Tio`);
  });

  test("money formatting refuses a value that is not a number", () => {
    expect(() => formatEuros(Number.NaN)).toThrow(RangeError);
  });
});

describe("Paris time, whatever the machine's zone", () => {
  // vitest.config.ts runs this suite with TZ=America/New_York.
  test("a winter instant is shown in UTC+1 with the zone named", () => {
    expect(formatDateTimeParis(new Date("2026-12-08T21:00:00Z"))).toBe("8 décembre 2026 à 22\u202fh\u202f00 (heure de Paris, UTC+1)");
  });

  test("a summer instant is shown in UTC+2", () => {
    expect(formatDateTimeParis(new Date("2026-06-16T19:00:00Z"))).toBe("16 juin 2026 à 21\u202fh\u202f00 (heure de Paris, UTC+2)");
  });

  test("the offset changes at the DST switch, not at midnight", () => {
    expect(formatParisOffset(new Date("2026-03-29T00:59:00Z"))).toBe("UTC+1");
    expect(formatParisOffset(new Date("2026-03-29T01:00:00Z"))).toBe("UTC+2");
  });

  test("the first of the month is written 1er", () => {
    expect(formatCalendarDate("2026-12-01")).toBe("1er décembre 2026");
  });
});

describe("French typography", () => {
  test("adds the no-break spaces French punctuation needs", () => {
    expect(typesetFrench("la page dédiée: voici")).toBe(`la page dédiée${NBSP}: voici`);
    expect(typesetFrench("la suite du plan!")).toBe(`la suite du plan${NNBSP}!`);
    expect(typesetFrench("Et si je ne suis plus là ?")).toBe(`Et si je ne suis plus là${NNBSP}?`);
    expect(typesetFrench("« Mon infrastructure »")).toBe(`«${NBSP}Mon infrastructure${NBSP}»`);
  });

  test("turns the straight apostrophe into the typographic one", () => {
    expect(typesetFrench("l'infrastructure")).toBe("l’infrastructure");
  });

  test("leaves times and addresses alone", () => {
    expect(typesetFrench("à 10:30 sur https://example.fr")).toBe("à 10:30 sur https://example.fr");
  });
});
