import { typesetFrench } from "../../format/french-typography";
import { scaleLinear } from "d3-scale";
import { formatEurosCompact, formatPercent } from "../../format/numbers";
import { innerSize, roundCoordinate, type ChartFrame } from "./chart-frame";

export interface CostBar {
  label: string;
  valueLabel: string;
  annualCents: number;
  share: number;
  /** Baseline of the label; the bar sits just below it. */
  labelY: number;
  barY: number;
  width: number;
  confirmed: boolean;
}

export interface CostBreakdownChart {
  frame: ChartFrame;
  barHeight: number;
  barX: number;
  bars: CostBar[];
  summary: string;
}

/**
 * One horizontal bar per cost line, largest first, its label above it and its amount and share
 * after it: narrow enough to stay legible on a phone.
 */
/** A cost line with what it really costs per year (VAT paid included). */
export interface PaidCostLine {
  label: string;
  paidAnnualCents: number;
  confirmed: boolean;
}

export function buildCostBreakdownChart(lines: readonly PaidCostLine[], totalCents: number): CostBreakdownChart {
  const barHeight = 18;
  const row = 48;
  const frame: ChartFrame = { width: 440, height: lines.length * row + 4, margin: { top: 4, right: 130, bottom: 0, left: 0 } };
  const inner = innerSize(frame);
  const sorted = [...lines].sort((a, b) => b.paidAnnualCents - a.paidAnnualCents);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...sorted.map((line) => line.paidAnnualCents))])
    .range([0, inner.width]);
  const bars = sorted.map((line, index) => ({
    label: line.label,
    annualCents: line.paidAnnualCents,
    share: totalCents === 0 ? 0 : line.paidAnnualCents / totalCents,
    valueLabel: `${formatEurosCompact(line.paidAnnualCents)} (${formatPercent(totalCents === 0 ? 0 : line.paidAnnualCents / totalCents, 0)})`,
    labelY: frame.margin.top + index * row + 14,
    barY: frame.margin.top + index * row + 22,
    width: roundCoordinate(x(line.paidAnnualCents)),
    confirmed: line.confirmed,
  }));
  const largest = bars[0];
  return {
    frame,
    barHeight,
    barX: frame.margin.left,
    bars,
    summary: largest
      ? typesetFrench(
          `${bars.length} postes pour ${formatEurosCompact(totalCents)} par an ; le plus gros est « ${largest.label} » : ${largest.valueLabel}.`,
        )
      : "Aucun coût.",
  };
}
