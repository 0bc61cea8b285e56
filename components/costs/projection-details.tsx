import { FactText } from "../facts/fact-text";
import type { FactValue } from "@/lib/rendering/facts";
import { roundBreakEvenUp, type BusinessFigures } from "@/lib/costs/business-figures";
import { formatEuros, formatEurosCompact, formatPercent, formatTerabytes } from "@/lib/format/numbers";
import { ContributionComponents } from "./contribution-components";

/**
 * The projection at full occupancy, each figure next to the assumption that produces it, then
 * the break-even capacity.
 */
export function ProjectionDetails({ figures, vatMention }: { figures: BusinessFigures; vatMention: FactValue }) {
  const { fullOccupancy, assumptions, usableCapacityTb, breakEvenTb, preset } = figures;
  const dueNames = new Set(fullOccupancy.dueComponents.map((component) => component.name));
  return (
    <>
      <dl className="projection">
        <dt>Capacité louée</dt>
        <dd>
          {formatTerabytes(fullOccupancy.rentedTb)}, soit toute la capacité utile (un maximum théorique&nbsp;: il faut garder de la marge
          libre sur les disques).
        </dd>
        <dt>Chiffre d’affaires</dt>
        <dd>
          <span className="figure">{formatEuros(fullOccupancy.revenueCents)}</span> par mois = {formatTerabytes(fullOccupancy.rentedTb)} ×{" "}
          {formatEurosCompact(assumptions.pricePerTbMonthCents)} par To et par mois (<FactText value={vatMention} />
          ).
        </dd>
        <dt>Cotisations et contributions</dt>
        <dd>
          <span className="figure">{formatEuros(fullOccupancy.contributionsCents)}</span> par mois ={" "}
          {formatPercent(fullOccupancy.contributionRate)} du chiffre d’affaires (pas du bénéfice), taux «&nbsp;{preset.label}&nbsp;»&nbsp;:
          <ContributionComponents components={preset.components} dueNames={dueNames} />
        </dd>
        <dt>Coûts de fonctionnement</dt>
        <dd>
          <span className="figure">{formatEuros(fullOccupancy.costsCents)}</span> par mois ={" "}
          {formatEurosCompact(assumptions.annualCostsCents)} par an ÷ 12.
        </dd>
        <dt>Résultat net mensuel</dt>
        <dd>
          <span className="figure">{formatEuros(fullOccupancy.netCents)}</span>, soit environ {formatEuros(fullOccupancy.netCents, "euros")}{" "}
          par mois, avant impôt sur le revenu et cotisation foncière des entreprises (CFE).
        </dd>
        <dt>Seuil de rentabilité</dt>
        <dd>
          {breakEvenTb === undefined ? (
            "aucune capacité louée ne couvre les coûts avec ces taux."
          ) : (
            <>
              <span className="figure">{formatTerabytes(roundBreakEvenUp(breakEvenTb))}</span> loués, soit{" "}
              {formatPercent(breakEvenTb / usableCapacityTb, 0)} de la capacité utile&nbsp;: en dessous, l’activité perd de l’argent.
            </>
          )}
        </dd>
      </dl>
    </>
  );
}
