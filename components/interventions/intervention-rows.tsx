import type { InterventionDocument } from "@/lib/content/load-content";
import { formatDateParis } from "@/lib/format/dates";
import { impactLabels, kindLabels, stateLabels } from "@/lib/interventions/labels";
import { getInterventionState } from "@/lib/interventions/state";
import { interventionHref } from "@/lib/web/routes";

/**
 * Past interventions, one line each: kept light so that a year of a busy log stays a small page.
 * Details are one click away, on the entry's own page.
 */
export function InterventionRows({ entries, now }: { entries: readonly InterventionDocument[]; now: Date }) {
  return (
    <ol className="not-prose divide-y divide-stone-200 border-y border-stone-200 dark:divide-stone-700 dark:border-stone-700">
      {entries.map((entry) => {
        const { frontmatter } = entry;
        const cancelled = getInterventionState(frontmatter, now) === "cancelled";
        return (
          <li key={entry.slug} className="py-3">
            <time dateTime={frontmatter.start.toISOString()} className="text-sm text-stone-700 dark:text-stone-300">
              {formatDateParis(frontmatter.start)}
            </time>{" "}
            <a href={interventionHref(entry.slug)} className="font-medium text-teal-800 underline underline-offset-2 dark:text-teal-300">
              {frontmatter.title}
            </a>
            <span className="block text-sm text-stone-700 dark:text-stone-300">
              {kindLabels[frontmatter.kind]} · {impactLabels[frontmatter.impact]}
              {cancelled ? ` · ${stateLabels.cancelled}` : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
