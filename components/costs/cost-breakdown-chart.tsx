import type { BusinessFigures } from "@/lib/costs/business-figures";
import { buildCostBreakdownChart } from "@/lib/costs/charts/cost-breakdown-chart";
import { ChartSvg } from "./chart-svg";

/** The yearly costs as bars, largest first; the cost table above holds the same numbers. */
export function CostBreakdownChart({ figures }: { figures: BusinessFigures }) {
  const { basis, lines } = figures.costSummary;
  // Bars need every amount: while some are missing, the table says so and no chart is drawn.
  if (basis !== "lines") return null;
  const paidLines = lines.map((line) => ({ label: line.label, paidAnnualCents: line.paidAnnualCents ?? 0, confirmed: line.confirmed }));
  const chart = buildCostBreakdownChart(paidLines, figures.annualCostsCents);
  const { frame } = chart;
  return (
    <figure className="not-prose my-8">
      <ChartSvg
        id="graphique-couts"
        frame={frame}
        title="Répartition des coûts annuels"
        summary={chart.summary}
        className="text-stone-800 dark:text-stone-200"
      >
        {chart.bars.map((bar) => (
          <g key={bar.label}>
            <text x={chart.barX} y={bar.labelY} className="fill-current text-[14px]">
              {bar.label}
            </text>
            <rect
              x={chart.barX}
              y={bar.barY}
              width={Math.max(bar.width, 1)}
              height={chart.barHeight}
              rx={3}
              className="fill-teal-700 dark:fill-teal-500"
            />
            <text
              x={chart.barX + bar.width + 8}
              y={bar.barY + chart.barHeight / 2}
              dy="0.32em"
              className="fill-current text-[14px] font-semibold"
            >
              {bar.valueLabel}
              {bar.confirmed ? "" : " *"}
            </text>
          </g>
        ))}
      </ChartSvg>
      <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        Répartition des coûts annuels. {chart.summary} {chart.bars.some((bar) => !bar.confirmed) ? "* montant estimé, à confirmer." : ""}
      </figcaption>
    </figure>
  );
}
