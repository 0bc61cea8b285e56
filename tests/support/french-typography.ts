/**
 * What a French proofreader checks on every page: a no-break space (U+00A0 or the narrow
 * U+202F) before « : ; ! ? » and inside « », never an ordinary space or a line break, which
 * would let the browser wrap the sign onto the next line.
 */
export interface TypographyFault {
  excerpt: string;
  rule: string;
}

/** The text a visitor reads: no scripts, styles, comments or tags; entities decoded. */
export function extractVisibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/g, " ")
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<[^>]+>/g, ""),
  );
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const rules: { rule: string; pattern: RegExp }[] = [
  { rule: "espace sécable avant « : ; ! ? »", pattern: /[ \t\n\r]+[:;!?](?=\s|$|[«»)])/g },
  { rule: "signe « : ; ! ? » collé au mot", pattern: /[\p{L}\p{N}»)][:;!?](?=\s|$)/gu },
  { rule: "espace sécable après «", pattern: /«[ \t\n\r]/g },
  { rule: "espace sécable avant »", pattern: /[ \t\n\r]»/g },
  { rule: "« sans espace", pattern: /«(?=[^\s\u00a0\u202f])/g },
  { rule: "» sans espace", pattern: /(?<=[^\s\u00a0\u202f])»/g },
];

/** Every typography fault of every page of the sitemap (and the 404), as « path — rule : excerpt ». */
export async function listTypographyFaultsOfSite(origin: string, pages: readonly string[]): Promise<string[]> {
  const faults: string[] = [];
  for (const path of pages) {
    const text = extractVisibleText(await (await fetch(`${origin}${path}`)).text());
    faults.push(...findTypographyFaults(text).map((fault) => `${path} — ${fault.rule} : « ${fault.excerpt} »`));
  }
  return faults;
}

export function findTypographyFaults(text: string): TypographyFault[] {
  return rules.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map((match) => ({
      rule,
      excerpt: text.slice(Math.max(0, (match.index ?? 0) - 30), (match.index ?? 0) + 30).replace(/\s+/g, " "),
    })),
  );
}
