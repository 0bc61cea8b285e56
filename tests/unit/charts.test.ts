import { describe, expect, test } from "vitest";
import { computeBusinessFigures } from "@/lib/costs/business-figures";
import { buildCostBreakdownChart } from "@/lib/costs/charts/cost-breakdown-chart";
import { buildNetResultChart, listNetResultRows } from "@/lib/costs/charts/net-result-chart";
import { loadContent } from "@/lib/content/load-content";
import { projectMonth } from "@/lib/costs/projection";

const { content } = loadContent();
if (!content) throw new Error("contenu invalide");
const { infrastructure, costs, rates } = content.data;
const figures = computeBusinessFigures(infrastructure, costs, rates);

describe("the net result chart", () => {
  const chart = buildNetResultChart(figures);

  test("plots, at every point, the net result the projection helper gives", () => {
    expect(chart.points.length).toBeGreaterThan(20);
    for (const point of chart.points) {
      expect(point.netCents).toBe(projectMonth(point.rentedTb, figures.assumptions).netCents);
    }
  });

  test("runs from nothing rented to the whole usable capacity", () => {
    expect(chart.points[0]?.rentedTb).toBe(0);
    expect(chart.points.at(-1)?.rentedTb).toBe(figures.usableCapacityTb);
  });

  test("is higher on the page where the result is higher, and crosses zero at the marked break-even", () => {
    const sorted = [...chart.points].sort((a, b) => a.netCents - b.netCents);
    expect(sorted[0]!.y).toBeGreaterThan(sorted.at(-1)!.y);
    const crossing = chart.points.find((point) => point.rentedTb === figures.breakEvenTb);
    expect(crossing?.y).toBeCloseTo(chart.zeroY, 1);
    expect(chart.breakEven?.x).toBe(crossing?.x);
    expect(chart.breakEven?.label).toBe("Seuil : 5,2\u202fTo");
  });

  test("says in words what it shows", () => {
    expect(chart.summary).toContain("positif à partir de 5,2\u202fTo");
  });

  test("repeats its values in a table, one row per whole To", () => {
    const rows = listNetResultRows(figures);
    expect(rows).toHaveLength(Math.floor(figures.usableCapacityTb) + 1);
    expect(rows.at(-1)?.netCents).toBe(figures.fullOccupancy.netCents);
  });
});

describe("the cost breakdown chart", () => {
  test("draws one bar per cost line, largest first, as long as its amount", () => {
    const chart = buildCostBreakdownChart(costs.lines, figures.annualCostsCents);
    expect(chart.bars.map((bar) => bar.label)).toEqual(
      [...costs.lines].sort((a, b) => b.annualCents - a.annualCents).map((line) => line.label),
    );
    const [first, second] = chart.bars;
    expect(second!.width / first!.width).toBeCloseTo(second!.annualCents / first!.annualCents, 2);
    expect(chart.bars.reduce((total, bar) => total + bar.share, 0)).toBeCloseTo(1, 9);
  });
});
