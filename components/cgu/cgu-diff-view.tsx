import type { CommitmentChange } from "@/lib/cgu/commitments";
import type { DiffBlock, TextPart } from "@/lib/cgu/diff";

const changeStyles = {
  added: {
    Element: "ins",
    label: "ajouté",
    className: "bg-emerald-100 text-emerald-950 underline decoration-2 dark:bg-emerald-950 dark:text-emerald-50",
  },
  removed: {
    Element: "del",
    label: "supprimé",
    className: "bg-rose-100 text-rose-950 line-through decoration-2 dark:bg-rose-950 dark:text-rose-50",
  },
} as const;

/** One run of words: unchanged, or in <ins>/<del> with its change also said in words. */
function TextChange({ part }: { part: TextPart }) {
  if (part.change === "same") return <span>{part.text}</span>;
  const { Element, label, className } = changeStyles[part.change];
  return (
    <Element className={className}>
      <span className="sr-only">[{label}&nbsp;: </span>
      {part.text}
      <span className="sr-only">]</span>
    </Element>
  );
}

/**
 * The changes between two versions: added words in <ins>, removed ones in <del>, each also
 * announced in words for screen readers, and shown by more than colour (underline, strike).
 */
export function CguDiffView({ blocks, commitments }: { blocks: readonly DiffBlock[]; commitments: readonly CommitmentChange[] }) {
  const changed = blocks.filter((block) => block.kind !== "unchanged");
  return (
    <>
      {commitments.length > 0 ? (
        <table>
          <caption className="text-left">Engagements modifiés</caption>
          <thead>
            <tr>
              <th scope="col">Engagement</th>
              <th scope="col">Avant</th>
              <th scope="col">Après</th>
            </tr>
          </thead>
          <tbody>
            {commitments.map((change) => (
              <tr key={change.name}>
                <th scope="row">{change.label}</th>
                <td>{change.before}</td>
                <td>
                  <strong>{change.after}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {changed.length === 0 ? (
        <p>Le texte est identique&nbsp;; seuls les engagements ci-dessus changent.</p>
      ) : (
        <ol className="not-prose list-none space-y-4 p-0">
          {blocks.map((block, index) =>
            block.kind === "unchanged" ? (
              <li key={index} className="text-sm text-stone-600 italic dark:text-stone-400">
                … {block.paragraphs} paragraphe{block.paragraphs > 1 ? "s" : ""} inchangé{block.paragraphs > 1 ? "s" : ""} …
              </li>
            ) : (
              <li key={index} className="rounded-lg border border-stone-200 p-3 dark:border-stone-700">
                <p className="text-sm font-semibold text-stone-700 dark:text-stone-300">
                  {block.kind === "added" ? "Ajouté" : block.kind === "removed" ? "Supprimé" : "Modifié"}
                  {block.heading ? ` — ${block.heading}` : ""}
                </p>
                <p className="mt-1 leading-relaxed">
                  {block.parts.map((part, partIndex) => (
                    <TextChange key={partIndex} part={part} />
                  ))}
                </p>
              </li>
            ),
          )}
        </ol>
      )}
    </>
  );
}
