import type { ReactNode } from "react";
import type { InterventionDocument } from "@/lib/content/load-content";
import type { Infrastructure } from "@/lib/content/schemas/infrastructure";
import { impactLabels, kindLabels, stateLabels } from "@/lib/intervention-labels";
import type { InterventionState } from "@/lib/intervention-state";
import { TimeRange } from "./time-range";

const stateStyles: Record<InterventionState, string> = {
  ongoing: "bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700",
  upcoming: "bg-sky-50 text-sky-950 ring-sky-200 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-800",
  completed: "bg-stone-100 text-stone-800 ring-stone-200 dark:bg-stone-800 dark:text-stone-100 dark:ring-stone-700",
};

/** One entry of the log: what, when, how much it affects, and for whom. */
export function InterventionSummary({
  entry,
  state,
  services,
  headingLevel = 3,
  children,
}: {
  entry: InterventionDocument;
  state: InterventionState;
  services: Infrastructure["services"];
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const { frontmatter } = entry;
  const Heading = `h${headingLevel}` as const;
  const serviceLabels = frontmatter.services.map((id) => services.find((service) => service.id === id)?.label ?? id);
  return (
    <article className="not-prose rounded-lg border border-stone-200 p-4 sm:p-5 dark:border-stone-700" aria-labelledby={`intervention-${entry.slug}`}>
      <Heading id={`intervention-${entry.slug}`} className="text-lg font-semibold leading-snug text-stone-950 dark:text-white">
        {frontmatter.title}
      </Heading>
      <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded-full px-2.5 py-0.5 font-semibold ring-1 ring-inset ${stateStyles[state]}`}>{stateLabels[state]}</span>
        <span>{kindLabels[frontmatter.kind]}</span>
        <span aria-hidden="true">·</span>
        <span>{impactLabels[frontmatter.impact]}</span>
      </p>
      <p className="mt-2 text-stone-800 dark:text-stone-200">
        <TimeRange start={frontmatter.start} end={frontmatter.end} />
      </p>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Services concernés&nbsp;: {serviceLabels.join(", ")}</p>
      <p className="mt-3 text-stone-900 dark:text-stone-100">{frontmatter.summary}</p>
      {children}
    </article>
  );
}
