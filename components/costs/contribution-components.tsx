import type { RateComponent } from "@/lib/content/schemas/contribution-rates";
import { formatCalendarDate } from "@/lib/format/dates";
import { formatEurosCompact, formatPercent } from "@/lib/format/numbers";

/** Each part of the contribution rate with its source, its date, and whether it is due. */
export function ContributionComponents({ components, dueNames }: { components: readonly RateComponent[]; dueNames: ReadonlySet<string> }) {
  return (
    <ul>
      {components.map((component) => (
        <li key={component.name}>
          <strong>{component.name}</strong>&nbsp;: {formatPercent(component.rate)} du chiffre d’affaires
          {component.minAnnualTurnoverCents !== undefined ? (
            <>
              , dû au-delà de {formatEurosCompact(component.minAnnualTurnoverCents)} de chiffre d’affaires annuel
              {dueNames.has(component.name) ? " (c’est le cas ici)" : " (ce n’est pas le cas ici)"}
            </>
          ) : null}
          . En vigueur depuis le {formatCalendarDate(component.effective)}. Source&nbsp;:{" "}
          <a href={component.sourceUrl} rel="noopener noreferrer">
            {component.source}
          </a>
          .
        </li>
      ))}
    </ul>
  );
}
