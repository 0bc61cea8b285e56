import { describe, expect, test } from "vitest";
import { computeBusinessFigures } from "@/lib/costs/business-figures";
import { buildCostBreakdownChart } from "@/lib/costs/charts/cost-breakdown-chart";
import { buildNetResultChart, listNetResultRows } from "@/lib/costs/charts/net-result-chart";
import { loadContent } from "@/lib/content/load-content";
import { projectMonth } from "@/lib/costs/projection";
import { copyDemoContent, copyRealContent } from "../support/content-fixtures";

function figuresOf(dir: string) {
  const { content } = loadContent(dir);
  if (!content) throw new Error("contenu invalide");
  const { infrastructure, costs, rates } = content.data;
  return computeBusinessFigures(infrastructure, costs, rates);
}

const figures = figuresOf(copyRealContent());

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
    expect(chart.breakEven?.label).toBe("Seuil\u00a0: 5,2\u202fTo");
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
  // The demo content: every cost line has its amount, so the breakdown can be drawn.
  const demo = figuresOf(copyDemoContent());
  test("draws one bar per cost line, largest first, as long as its amount", () => {
    const lines = demo.costSummary.lines.map((line) => ({
      label: line.label,
      paidAnnualCents: line.paidAnnualCents!,
      confirmed: line.confirmed,
    }));
    const chart = buildCostBreakdownChart(lines, demo.annualCostsCents);
    expect(chart.bars.map((bar) => bar.label)).toEqual([
      "Location du serveur dédié",
      "Stockage des sauvegardes hors site",
      "Assurance responsabilité civile professionnelle",
      "Compte bancaire professionnel",
      "Noms de domaine",
    ]);
    const [first, second] = chart.bars;
    // 1 150 € HT + 20 % of self-assessed VAT = 1 380 €; 240 € HT + 20 % = 288 €.
    expect(first!.annualCents).toBe(138_000);
    expect(second!.annualCents).toBe(28_800);
    expect(second!.width / first!.width).toBeCloseTo(288 / 1380, 2);
    expect(chart.bars.reduce((total, bar) => total + bar.share, 0)).toBeCloseTo(1, 9);
  });
});
