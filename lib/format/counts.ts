const cardinals = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
const feminineOne = "une";

/**
 * « un disque », « deux disques », « 12 disques »: small counts in words, as French prose writes them.
 */
/** « d’un disque », « de deux disques »: the count after « de », elided before « un » and « une ». */
export function formatCountAfterDe(count: number, singular: string, plural: string, gender: "m" | "f" = "m"): string {
  const counted = formatCount(count, singular, plural, gender);
  return /^une? /.test(counted) ? `d’${counted}` : `de ${counted}`;
}

export function formatCount(count: number, singular: string, plural: string, gender: "m" | "f" = "m"): string {
  const noun = count === 1 ? singular : plural;
  const word = count === 1 && gender === "f" ? feminineOne : (cardinals[count] ?? String(count));
  return `${word} ${noun}`;
}
