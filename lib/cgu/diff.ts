import { diffArrays, diffWords } from "diff";

/**
 * What changed between two versions of the terms, for readers rather than for git: the text as
 * a visitor reads it (lib/cgu/readable-text.ts), compared paragraph by paragraph, and word by
 * word inside a changed paragraph (the `diff` package does the comparing).
 */

export interface TextPart {
  text: string;
  change: "same" | "added" | "removed";
}

export type DiffBlock =
  { kind: "unchanged"; paragraphs: number } | { kind: "changed" | "added" | "removed"; heading: string | undefined; parts: TextPart[] };

const isHeading = (paragraph: string) => /^#{1,6}\s/.test(paragraph);
const stripHeading = (paragraph: string) => paragraph.replace(/^#{1,6}\s+/, "");

/**
 * Paragraph-level comparison; a removed paragraph followed by an added one is shown as one
 * changed paragraph, compared word by word. Runs of unchanged paragraphs are collapsed.
 */
export function diffReadableTexts(before: readonly string[], after: readonly string[]): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  let heading: string | undefined;
  const changes = diffArrays([...before], [...after]);
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index]!;
    const next = changes[index + 1];
    if (!change.added && !change.removed) {
      for (const paragraph of change.value) if (isHeading(paragraph)) heading = stripHeading(paragraph);
      blocks.push({ kind: "unchanged", paragraphs: change.value.length });
    } else if (change.removed && next?.added) {
      // Pair removed and added paragraphs one to one; extra ones stay whole.
      const pairs = Math.max(change.value.length, next.value.length);
      for (let pair = 0; pair < pairs; pair++) {
        const old = change.value[pair];
        const fresh = next.value[pair];
        if (old !== undefined && fresh !== undefined) {
          blocks.push({ kind: "changed", heading, parts: diffWords(old, fresh).map(toPart) });
        } else {
          blocks.push({
            kind: old === undefined ? "added" : "removed",
            heading,
            parts: [{ text: (old ?? fresh)!, change: old === undefined ? "added" : "removed" }],
          });
        }
        if (fresh !== undefined && isHeading(fresh)) heading = stripHeading(fresh);
      }
      index++;
    } else {
      for (const paragraph of change.value) {
        blocks.push({
          kind: change.added ? "added" : "removed",
          heading,
          parts: [{ text: paragraph, change: change.added ? "added" : "removed" }],
        });
        if (change.added && isHeading(paragraph)) heading = stripHeading(paragraph);
      }
    }
  }
  return blocks;
}

function toPart(change: { value: string; added?: boolean; removed?: boolean }): TextPart {
  return { text: change.value, change: change.added ? "added" : change.removed ? "removed" : "same" };
}
