/**
 * Site identity and origin. The business's legal identity (name, SIRET, address…) is operator data
 * in content/data/identite.yaml; this file only holds what the code needs to build URLs and dates.
 */

import { frenchLocale, parisTimeZone, parisTimeZoneLabel } from "../format/locale";

/** Used when SITE_URL is not set. The `.example` domain is reserved: it marks a placeholder. */
export const defaultOrigin = "https://hebergement.example";

function readOrigin(): URL {
  const raw = process.env.SITE_URL?.trim() || defaultOrigin;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL n'est pas une URL valide : « ${raw} »`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL doit commencer par https:// (reçu « ${raw} »)`);
  }
  // Only the origin counts: a path or query here would leak into every canonical URL.
  return new URL(url.origin);
}

export const site = {
  origin: readOrigin(),
  locale: frenchLocale,
  language: "fr",
  timeZone: parisTimeZone,
  timeZoneLabel: parisTimeZoneLabel,
} as const;

export function absoluteUrl(path: string): string {
  return new URL(path, site.origin).toString();
}

export function isPlaceholderOrigin(origin: URL = site.origin): boolean {
  return origin.hostname.endsWith(".example");
}
