import { buildMonthlyPeriods, buildRollingPeriods } from "@/lib/interventions/availability-periods";
import type { RenderContext } from "@/lib/rendering/render-context";
import { groupByParisYear, groupInterventions, getInterventionState } from "@/lib/interventions/state";
import { interventionYearHref } from "@/lib/web/routes";
import { AvailabilityNote } from "./availability-note";
import { AvailabilityTable } from "./availability-table";
import { InterventionRows } from "./intervention-rows";
import { InterventionSummary } from "./intervention-summary";
import { SubscribeLinks } from "./subscribe-links";

/** How many past entries the main page lists before pointing to the yearly archives. */
export const recentPastLimit = 20;

/** The log at request time: ongoing, upcoming, recent past by year, archives and availability. */
export function InterventionList({ context }: { context: RenderContext }) {
  const { interventions, data } = context.content;
  const { now } = context;
  const groups = groupInterventions(interventions, now);
  const recent = groupByParisYear(groups.past.slice(0, recentPastLimit));
  const years = groupByParisYear(interventions).map(({ year, entries }) => ({ year, count: entries.length }));
  const services = data.infrastructure.services;
  return (
    <>
      {groups.ongoing.length > 0 ? (
        <section aria-labelledby="en-cours">
          <h2 id="en-cours">En cours</h2>
          <ol className="not-prose flex list-none flex-col gap-4 p-0">
            {groups.ongoing.map((entry) => (
              <li key={entry.slug}>
                <InterventionSummary entry={entry} state="ongoing" services={services} now={now} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {interventions.length === 0 ? <p role="status">Aucune intervention publiée pour l’instant.</p> : null}

      <section aria-labelledby="a-venir">
        <h2 id="a-venir">À venir</h2>
        {groups.upcoming.length === 0 ? (
          <p>Aucune intervention n’est prévue pour le moment.</p>
        ) : (
          <ol className="not-prose flex list-none flex-col gap-4 p-0">
            {groups.upcoming.map((entry) => (
              <li key={entry.slug}>
                <InterventionSummary entry={entry} state={getInterventionState(entry.frontmatter, now)} services={services} now={now} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <SubscribeLinks />

      <section aria-labelledby="passees">
        <h2 id="passees">Passées</h2>
        {recent.length === 0 ? <p>Aucune intervention passée.</p> : null}
        {recent.map(({ year, entries }) => (
          <section key={year} aria-labelledby={`passees-${year}`}>
            <h3 id={`passees-${year}`}>{year}</h3>
            <InterventionRows entries={entries} now={now} />
          </section>
        ))}
        {groups.past.length > recentPastLimit || years.length > 1 ? (
          <nav aria-label="Archives par année" className="mt-6">
            <p>
              <strong>Toutes les interventions, par année&nbsp;:</strong>
            </p>
            <ul>
              {years.map(({ year, count }) => (
                <li key={year}>
                  <a href={interventionYearHref(year)}>
                    {year} ({count} intervention{count > 1 ? "s" : ""})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </section>

      <section aria-labelledby="disponibilite">
        <h2 id="disponibilite">Disponibilité</h2>
        {context.availability ? (
          <>
            <AvailabilityNote />
            <AvailabilityTable periods={buildRollingPeriods(context.availability, now)} caption="Sur les derniers jours" />
            <AvailabilityTable
              periods={buildMonthlyPeriods(context.availability, now, { limit: 12 })}
              caption="Par mois (heure de Paris)"
            />
          </>
        ) : (
          <p>
            Pas encore mesurée&nbsp;: la disponibilité sera calculée à partir de la mise en service du serveur, dont la date n’est pas
            encore publiée.
          </p>
        )}
      </section>
    </>
  );
}
