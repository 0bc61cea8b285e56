const cardinals = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"];
const feminineOne = "une";

/**
 * « un disque », « deux disques », « 12 disques »: small counts in words, as French prose writes them.
 */
export function formatCount(count: number, singular: string, plural: string, gender: "m" | "f" = "m"): string {
  const noun = count === 1 ? singular : plural;
  const word = count === 1 && gender === "f" ? feminineOne : (cardinals[count] ?? String(count));
  return `${word} ${noun}`;
}
