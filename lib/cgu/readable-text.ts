import type { CguVersionDocument } from "../content/load-content";
import { describeFillable, type Fillable } from "../content/placeholder";
import type { FactName, PageId } from "../content/vocabulary";
import { typesetFrench } from "../format/french-typography";
import { formatCommitment, type CommitmentName } from "./commitments";

/** The version's text as read on the page: components replaced by what they display. */
export function toReadableText(
  version: CguVersionDocument,
  facts: Record<FactName, Fillable<string>>,
  pageTitles: Record<PageId, string>,
): string[] {
  const factText = (name: string) => {
    const value = facts[name as FactName];
    return value ? describeFillable(value) : name;
  };
  const text = version.body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
    .replace(/<Fact name="([^"]+)"\s*\/>/g, (_, name: string) => factText(name))
    .replace(/<Commitment name="([^"]+)"\s*\/>/g, (_, name: string) =>
      describeFillable(formatCommitment(name as CommitmentName, version.frontmatter)),
    )
    .replace(/<PageLink to="([^"]+)"\s*\/>/g, (_, id: string) => pageTitles[id as PageId] ?? id)
    .replace(/<PageLink to="[^"]+"\s*>([\s\S]*?)<\/PageLink>/g, "$1");
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => typesetFrench(paragraph.replace(/\s*\n\s*/g, " ").trim()))
    .filter(Boolean);
}
