import type { InterventionDocument } from "@/lib/content/load-content";
import type { Infrastructure } from "@/lib/content/schemas/infrastructure";
import { hasUnconfirmedEnd, type InterventionState } from "@/lib/interventions/state";
import { interventionHref } from "@/lib/web/routes";
import { InterventionBadges } from "./intervention-badges";
import { TimeRange } from "./time-range";

/** One entry of the log as a card: what, when, how much it affects, and for whom. */
export function InterventionSummary({
  entry,
  state,
  services,
  now,
  linkTitle = true,
}: {
  entry: InterventionDocument;
  state: InterventionState;
  now: Date;
  services: Infrastructure["services"];
  linkTitle?: boolean;
}) {
  const { frontmatter } = entry;
  const serviceLabels = frontmatter.services.map((id) => services.find((service) => service.id === id)?.label ?? id);
  // In a list each entry is an article; on its own page it is the summary of the page's article.
  const Root = linkTitle ? "article" : "section";
  return (
    <Root
      aria-label={linkTitle ? undefined : "En bref"}
      className="not-prose rounded-lg border border-stone-200 p-4 sm:p-5 dark:border-stone-700"
    >
      {linkTitle ? (
        <h3 className="text-lg leading-snug font-semibold text-stone-950 dark:text-white">
          <a
            href={interventionHref(entry.slug)}
            className="underline decoration-stone-300 underline-offset-4 hover:decoration-teal-700 dark:decoration-stone-600"
          >
            {frontmatter.title}
          </a>
        </h3>
      ) : null}
      <InterventionBadges frontmatter={frontmatter} state={state} />
      <p className="mt-2 text-stone-800 dark:text-stone-200">
        <TimeRange start={frontmatter.start} end={frontmatter.end} unconfirmedEnd={hasUnconfirmedEnd(frontmatter, now)} />
      </p>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">Services concernés&nbsp;: {serviceLabels.join(", ")}</p>
      <p className="mt-3 text-stone-900 dark:text-stone-100">{frontmatter.summary}</p>
    </Root>
  );
}
