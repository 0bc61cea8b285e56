import type { BusinessFigures } from "@/lib/costs/business-figures";
import type { Costs } from "@/lib/content/schemas/costs";
import { formatEuros, formatEurosCompact } from "@/lib/format/numbers";

/** The yearly cost lines, their monthly share, and which amounts are still estimates. */
export function CostTable({ costs, figures }: { costs: Costs; figures: BusinessFigures }) {
  const unconfirmed = costs.lines.filter((line) => !line.confirmed).length;
  return (
    <div className="overflow-x-auto">
      <table>
        <caption className="text-left">Coûts de fonctionnement, par an et par mois</caption>
        <thead>
          <tr>
            <th scope="col">Poste</th>
            <th scope="col">Fournisseur</th>
            <th scope="col" className="text-right">
              Par an
            </th>
            <th scope="col" className="text-right">
              Par mois
            </th>
            <th scope="col">Montant</th>
          </tr>
        </thead>
        <tbody>
          {costs.lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">
                {line.label}
                {line.note ? <span className="block text-sm font-normal text-stone-600 dark:text-stone-400">{line.note}</span> : null}
              </th>
              <td>{line.supplier}</td>
              <td className="text-right tabular-nums">{formatEurosCompact(line.annualCents)}</td>
              <td className="text-right tabular-nums">{formatEuros(line.annualCents / 12)}</td>
              <td>{line.confirmed ? "confirmé" : <em>estimé, à confirmer</em>}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total
            </th>
            <td className="text-right font-semibold tabular-nums">{formatEurosCompact(figures.annualCostsCents)}</td>
            <td className="text-right font-semibold tabular-nums">{formatEuros(figures.monthlyCostsCents)}</td>
            <td>{unconfirmed === 0 ? "tous confirmés" : `${unconfirmed} sur ${costs.lines.length} à confirmer`}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
