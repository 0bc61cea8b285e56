import { typesetFrench } from "../../format/french-typography";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { roundBreakEvenUp, type BusinessFigures } from "../business-figures";
import { formatEuros, formatEurosCompact, formatTerabytes } from "../../format/numbers";
import { projectMonth } from "../projection";
import { innerSize, roundCoordinate, type ChartFrame } from "./chart-frame";

export interface ChartPoint {
  rentedTb: number;
  netCents: number;
  x: number;
  y: number;
}

export interface NetResultChart {
  frame: ChartFrame;
  points: ChartPoint[];
  /** SVG path of the net result line. */
  path: string;
  zeroY: number;
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  breakEven: { x: number; rentedTb: number; label: string } | undefined;
  /** One sentence that says what the chart shows, for its accessible description. */
  summary: string;
}

// Narrow on purpose: on a phone the SVG shrinks to ~340 px wide, and its text with it.
export const netResultFrame: ChartFrame = { width: 440, height: 280, margin: { top: 16, right: 16, bottom: 44, left: 64 } };

/**
 * The net monthly result as a function of rented capacity, from nothing to the usable capacity,
 * at the current price: computed point by point with the projection helper itself.
 */
export function buildNetResultChart(figures: BusinessFigures, frame: ChartFrame = netResultFrame, stepTb = 0.25): NetResultChart {
  const capacity = figures.usableCapacityTb;
  const samples = Array.from({ length: Math.floor(capacity / stepTb) + 1 }, (_, index) => index * stepTb);
  if (samples.at(-1) !== capacity) samples.push(capacity);
  if (figures.breakEvenTb !== undefined && figures.breakEvenTb <= capacity) samples.push(figures.breakEvenTb);
  samples.sort((a, b) => a - b);

  const values = samples.map((rentedTb) => ({ rentedTb, netCents: projectMonth(rentedTb, figures.assumptions).netCents }));
  const inner = innerSize(frame);
  const x = scaleLinear()
    .domain([0, capacity])
    .range([frame.margin.left, frame.margin.left + inner.width]);
  const netValues = values.map((value) => value.netCents);
  const y = scaleLinear()
    .domain([Math.min(0, ...netValues), Math.max(0, ...netValues)])
    .nice()
    .range([frame.margin.top + inner.height, frame.margin.top]);

  const points = values.map((value) => ({ ...value, x: roundCoordinate(x(value.rentedTb)), y: roundCoordinate(y(value.netCents)) }));
  const path =
    line<ChartPoint>()
      .x((point) => point.x)
      .y((point) => point.y)(points) ?? "";

  const breakEven =
    figures.breakEvenTb === undefined || figures.breakEvenTb > capacity
      ? undefined
      : {
          x: roundCoordinate(x(figures.breakEvenTb)),
          rentedTb: figures.breakEvenTb,
          label: typesetFrench(`Seuil : ${formatTerabytes(roundBreakEvenUp(figures.breakEvenTb))}`),
        };

  const first = values[0]!;
  const last = values.at(-1)!;
  return {
    frame,
    points,
    path,
    zeroY: roundCoordinate(y(0)),
    xTicks: x.ticks(5).map((tick) => ({ x: roundCoordinate(x(tick)), label: formatTerabytes(tick) })),
    yTicks: y.ticks(6).map((tick) => ({ y: roundCoordinate(y(tick)), label: formatEurosCompact(tick) })),
    breakEven,
    summary:
      `Résultat net mensuel de ${formatEuros(first.netCents, "euros")} sans aucun To loué à ${formatEuros(last.netCents, "euros")} pour ${formatTerabytes(capacity)} loués, ` +
      (breakEven ? `positif à partir de ${formatTerabytes(roundBreakEvenUp(breakEven.rentedTb))}.` : "jamais positif avec ces hypothèses."),
  };
}

/** The chart's values at each whole To, for the table that repeats it in text. */
export function listNetResultRows(figures: BusinessFigures): { rentedTb: number; netCents: number }[] {
  return Array.from({ length: Math.floor(figures.usableCapacityTb) + 1 }, (_, rentedTb) => ({
    rentedTb,
    netCents: projectMonth(rentedTb, figures.assumptions).netCents,
  }));
}
