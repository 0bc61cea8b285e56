import type { BusinessFigures } from "@/lib/costs/business-figures";
import { formatEuros, formatPercent, formatTerabytes } from "@/lib/format/numbers";

/** The projection at several occupancy levels; the same helper as the details above. */
export function OccupancyTable({ figures }: { figures: BusinessFigures }) {
  return (
    <div className="overflow-x-auto">
      <table>
        <caption className="text-left">Résultat mensuel selon la part de la capacité louée</caption>
        <thead>
          <tr>
            <th scope="col">Capacité louée</th>
            <th scope="col" className="text-right">
              Chiffre d’affaires
            </th>
            <th scope="col" className="text-right">
              Cotisations
            </th>
            <th scope="col" className="text-right">
              Coûts
            </th>
            <th scope="col" className="text-right">
              Résultat net
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.occupancyRows.map(({ occupancy, projection }) => (
            <tr key={occupancy}>
              <th scope="row">
                {formatPercent(occupancy, 0)} ({formatTerabytes(projection.rentedTb)})
              </th>
              <td className="text-right tabular-nums">{formatEuros(projection.revenueCents)}</td>
              <td className="text-right tabular-nums">
                {formatEuros(projection.contributionsCents)}
                <span className="block text-sm text-stone-600 dark:text-stone-400">taux {formatPercent(projection.contributionRate)}</span>
              </td>
              <td className="text-right tabular-nums">{formatEuros(projection.costsCents)}</td>
              <td className="text-right font-semibold tabular-nums">
                {formatEuros(projection.netCents)}
                {projection.netCents < 0 ? <span className="block text-sm font-normal">perte</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
