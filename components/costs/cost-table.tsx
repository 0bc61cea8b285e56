import type { BusinessFigures } from "@/lib/costs/business-figures";
import { vatLabels } from "@/lib/costs/cost-lines";
import { formatEuros, formatEurosCompact } from "@/lib/format/numbers";
import { FactText } from "../facts/fact-text";

/**
 * The yearly cost lines: the amount invoiced, the VAT the operator pays on it (he recovers none),
 * what it really costs per year and per month, and which amounts are still estimates or missing.
 */
export function CostTable({ figures }: { figures: BusinessFigures }) {
  const { basis, lines } = figures.costSummary;
  const unconfirmed = lines.filter((line) => !line.confirmed || !line.annual.filled).length;
  return (
    <div className="overflow-x-auto">
      <table>
        <caption className="text-left">Coûts de fonctionnement, par an et par mois, TVA payée comprise</caption>
        <thead>
          <tr>
            <th scope="col">Poste</th>
            <th scope="col">Fournisseur</th>
            <th scope="col" className="text-right">
              Facturé par an
            </th>
            <th scope="col">TVA</th>
            <th scope="col" className="text-right">
              Payé par an
            </th>
            <th scope="col" className="text-right">
              Par mois
            </th>
            <th scope="col">Montant</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.label}>
              <th scope="row">
                {line.label}
                {line.note ? <span className="block text-sm font-normal text-stone-600 dark:text-stone-400">{line.note}</span> : null}
              </th>
              <td>
                <FactText value={line.supplier} />
              </td>
              <td className="text-right tabular-nums">
                {line.annual.filled ? (
                  <>
                    {formatEurosCompact(line.annual.value)} {line.includesVat ? "TTC" : "HT"}
                  </>
                ) : (
                  <FactText value={line.annual} />
                )}
              </td>
              <td>{vatLabels[line.vat]}</td>
              <td className="text-right tabular-nums">
                {line.paidAnnualCents === undefined ? "—" : formatEurosCompact(line.paidAnnualCents)}
              </td>
              <td className="text-right tabular-nums">
                {line.paidAnnualCents === undefined ? "—" : formatEuros(line.paidAnnualCents / 12)}
              </td>
              <td>{!line.annual.filled ? "à compléter" : line.confirmed ? "confirmé" : <em>estimé, à confirmer</em>}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {basis === "lines" ? "Total" : "Total annoncé (le détail des postes est à compléter)"}
            </th>
            <td className="text-right font-semibold tabular-nums">{formatEurosCompact(figures.annualCostsCents)}</td>
            <td className="text-right font-semibold tabular-nums">{formatEuros(figures.monthlyCostsCents)}</td>
            <td>
              {basis === "stated" ? (
                <em>à confirmer</em>
              ) : unconfirmed === 0 ? (
                "tous confirmés"
              ) : (
                `${unconfirmed} sur ${lines.length} à confirmer`
              )}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
