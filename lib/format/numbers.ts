/**
 * Display formatting, always fr-FR through Intl: thousands separated by a narrow no-break space
 * (U+202F), a no-break space (U+00A0) before « € » and « % ». Rounding happens here and only here.
 */
const locale = "fr-FR";

const eurosWithCents = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
const wholeEuros = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/** 193050 → « 1 930,50 € »; with `wholeEuros`, half-up to the euro: 46797 → « 468 € ». */
export function formatEuros(cents: number, precision: "cents" | "euros" = "cents"): string {
  if (!Number.isFinite(cents)) throw new RangeError(`formatEuros: montant invalide (${cents})`);
  const euros = roundHalfAwayFromZero(cents, precision === "cents" ? 1 : 100) / 100;
  // `|| 0` turns -0 into 0, so a rounded-away loss never shows as « -0 € ».
  return (precision === "cents" ? eurosWithCents : wholeEuros).format(euros || 0);
}

/** Whole euros when the amount is whole, cents otherwise: « 40 € », « 160,83 € ». */
export function formatEurosCompact(cents: number): string {
  return formatEuros(cents, Math.round(cents) % 100 === 0 ? "euros" : "cents");
}

/** 0.21344 → « 21,344 % ». */
export function formatPercent(ratio: number, maximumFractionDigits = 3): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}

export function formatDecimal(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Storage in decimal terabytes, the unit disks are sold in: « 20 To ». */
export function formatTerabytes(tb: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "terabyte", maximumFractionDigits }).format(tb);
}

/** Binary tebibytes, the unit an operating system shows: « 18,2 Tio ». */
export function formatTebibytes(tib: number): string {
  return `${formatDecimal(tib, 1)}\u202FTio`;
}

export function formatGigabytes(gb: number): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit: "gigabyte" }).format(gb);
}

export function formatGigabitsPerSecond(gbps: number): string {
  return `${formatDecimal(gbps, 1)}\u202FGbit/s`;
}

/** Rounds to a multiple of `step`, halves away from zero. */
function roundHalfAwayFromZero(value: number, step: number): number {
  // The epsilon absorbs binary noise such as 46749.99999999999 for an exact 467,50 €.
  return Math.sign(value) * Math.floor(Math.abs(value) / step + 0.5 + 1e-9) * step;
}
