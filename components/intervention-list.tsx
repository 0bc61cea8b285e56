import type { InterventionDocument } from "@/lib/content/load-content";
import type { RenderContext } from "@/lib/content/render-context";
import { groupInterventions, type InterventionState } from "@/lib/intervention-state";
import { InterventionSummary } from "./intervention-summary";
import { MdxContent } from "./mdx/mdx-content";

/** The log, split by state at request time: ongoing, upcoming, then past. */
export function InterventionList({ context }: { context: RenderContext }) {
  const { interventions, data } = context.content;
  const groups = groupInterventions(interventions, context.now);
  const sections: { state: InterventionState; title: string; entries: InterventionDocument[]; empty: string }[] = [
    { state: "ongoing", title: "En cours", entries: groups.ongoing, empty: "" },
    { state: "upcoming", title: "À venir", entries: groups.upcoming, empty: "Aucune intervention n’est prévue pour le moment." },
    { state: "completed", title: "Passées", entries: groups.past, empty: "Aucune intervention passée." },
  ];
  return (
    <>
      {sections
        .filter((section) => section.entries.length > 0 || section.empty !== "")
        .map((section) => (
          <section key={section.state} aria-labelledby={`section-${section.state}`}>
            <h2 id={`section-${section.state}`}>{section.title}</h2>
            {section.entries.length === 0 ? (
              <p>{section.empty}</p>
            ) : (
              <ol className="not-prose flex list-none flex-col gap-4 p-0">
                {section.entries.map((entry) => (
                  <li key={entry.slug}>
                    <InterventionSummary entry={entry} state={section.state} services={data.infrastructure.services}>
                      <details className="mt-3">
                        <summary className="cursor-pointer font-medium text-teal-800 dark:text-teal-300">Détails de l’intervention</summary>
                        <div className="prose prose-stone mt-2 dark:prose-invert">
                          <MdxContent document={entry} context={context} />
                        </div>
                      </details>
                    </InterventionSummary>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
    </>
  );
}
