import type { InterventionDocument } from "@/lib/content/load-content";
import { kindLabels } from "@/lib/interventions/labels";
import { getInterventionState, hasUnconfirmedEnd } from "@/lib/interventions/state";
import { interventionHref } from "@/lib/web/routes";
import { TimeRange } from "./time-range";

/**
 * Shown at the top of every page while an intervention is ongoing or starts within seven days,
 * so that a visitor never has to find the log to learn about it.
 */
export function InterventionNotice({ entries, now }: { entries: readonly InterventionDocument[]; now: Date }) {
  if (entries.length === 0) return null;
  return (
    <aside
      aria-label="Interventions en cours ou imminentes"
      className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <ul className="mx-auto max-w-5xl space-y-1 px-4 py-3 text-[0.95rem]">
        {entries.map((entry) => {
          const { frontmatter } = entry;
          const ongoing = getInterventionState(frontmatter, now) === "ongoing";
          return (
            <li key={entry.slug}>
              <strong>{ongoing ? `${kindLabels[frontmatter.kind]} en cours` : `${kindLabels[frontmatter.kind]} à venir`}&nbsp;:</strong>{" "}
              <a href={interventionHref(entry.slug)} className="font-semibold underline underline-offset-2">
                {frontmatter.title}
              </a>
              , <TimeRange start={frontmatter.start} end={frontmatter.end} unconfirmedEnd={hasUnconfirmedEnd(frontmatter, now)} />.
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
