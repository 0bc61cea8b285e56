import type { InterventionFrontmatter } from "@/lib/content/schemas/intervention";
import { impactLabels, kindLabels, stateLabels } from "@/lib/interventions/labels";
import type { InterventionState } from "@/lib/interventions/state";

const stateStyles: Record<InterventionState, string> = {
  ongoing: "bg-amber-100 text-amber-950 ring-amber-400 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-600",
  upcoming: "bg-sky-50 text-sky-950 ring-sky-300 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-700",
  completed: "bg-stone-100 text-stone-800 ring-stone-300 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-600",
  cancelled: "bg-white text-stone-700 ring-stone-300 line-through dark:bg-stone-900 dark:text-stone-300 dark:ring-stone-600",
};

/** State, kind and impact in words: colour only repeats what the text says. */
export function InterventionBadges({ frontmatter, state }: { frontmatter: InterventionFrontmatter; state: InterventionState }) {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
      <span className={`rounded-full px-2.5 py-0.5 font-semibold ring-1 ring-inset ${stateStyles[state]}`}>{stateLabels[state]}</span>
      <span>{kindLabels[frontmatter.kind]}</span>
      <span aria-hidden="true">·</span>
      <span>{impactLabels[frontmatter.impact]}</span>
      {frontmatter.reschedules?.length ? (
        <>
          <span aria-hidden="true">·</span>
          <span>reportée</span>
        </>
      ) : null}
    </p>
  );
}
