import type { BusinessFigures } from "@/lib/costs/business-figures";
import { buildNetResultChart, listNetResultRows } from "@/lib/costs/charts/net-result-chart";
import { formatEuros, formatTerabytes } from "@/lib/format/numbers";
import { ChartSvg } from "./chart-svg";

/**
 * Net monthly result against rented capacity, drawn on the server as SVG: no JavaScript draws it.
 * Its title and description give it an accessible name; its values are repeated in a table.
 */
export function NetResultChart({ figures }: { figures: BusinessFigures }) {
  const chart = buildNetResultChart(figures);
  const { frame } = chart;
  const bottom = frame.height - frame.margin.bottom;
  const right = frame.width - frame.margin.right;
  return (
    <div className="not-prose my-8">
      <figure>
        <ChartSvg
          id="graphique-resultat"
          frame={frame}
          title="Résultat net mensuel selon la capacité louée"
          summary={chart.summary}
          className="text-stone-700 dark:text-stone-300"
        >
          {chart.yTicks.map((tick) => (
            <g key={tick.label}>
              <line x1={frame.margin.left} x2={right} y1={tick.y} y2={tick.y} className="stroke-stone-200 dark:stroke-stone-700" />
              <text x={frame.margin.left - 8} y={tick.y} dy="0.32em" textAnchor="end" className="fill-current text-[12px]">
                {tick.label}
              </text>
            </g>
          ))}
          <line x1={frame.margin.left} x2={right} y1={chart.zeroY} y2={chart.zeroY} className="stroke-stone-500" strokeWidth={1.5} />
          {chart.xTicks.map((tick) => (
            <text key={tick.label} x={tick.x} y={bottom + 18} textAnchor="middle" className="fill-current text-[12px]">
              {tick.label}
            </text>
          ))}
          <text x={(frame.margin.left + right) / 2} y={frame.height - 6} textAnchor="middle" className="fill-current text-[12px]">
            Capacité louée
          </text>
          {chart.breakEven ? (
            <g>
              <line
                x1={chart.breakEven.x}
                x2={chart.breakEven.x}
                y1={frame.margin.top}
                y2={bottom}
                className="stroke-amber-600"
                strokeDasharray="5 4"
                strokeWidth={1.5}
              />
              <text x={chart.breakEven.x + 6} y={frame.margin.top + 12} className="fill-current text-[12px] font-semibold">
                {chart.breakEven.label}
              </text>
            </g>
          ) : null}
          <path d={chart.path} fill="none" className="stroke-teal-700 dark:stroke-teal-400" strokeWidth={3} strokeLinejoin="round" />
        </ChartSvg>
        <figcaption className="mt-2 text-sm text-stone-700 dark:text-stone-300">
          Résultat net mensuel selon la capacité louée, au prix actuel&nbsp;: en dessous de zéro, l’activité perd de l’argent.{" "}
          {chart.summary}
        </figcaption>
      </figure>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium text-teal-800 dark:text-teal-300">Valeurs du graphique</summary>
        <table className="mt-2 w-full max-w-sm">
          <caption className="sr-only">Résultat net mensuel pour chaque To loué</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Capacité louée
              </th>
              <th scope="col" className="text-right">
                Résultat net mensuel
              </th>
            </tr>
          </thead>
          <tbody>
            {listNetResultRows(figures).map((row) => (
              <tr key={row.rentedTb}>
                <th scope="row" className="text-left font-normal">
                  {formatTerabytes(row.rentedTb)}
                </th>
                <td className="text-right tabular-nums">{formatEuros(row.netCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
