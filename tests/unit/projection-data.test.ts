import { describe, expect, test } from "vitest";
import { computeBusinessFigures, roundBreakEvenUp } from "@/lib/costs/business-figures";
import { loadContent } from "@/lib/content/load-content";
import { projectMonth } from "@/lib/costs/projection";
import { copyDemoContent, copyRealContent } from "../support/content-fixtures";

function figuresOf(dir: string) {
  const { content, issues } = loadContent(dir);
  if (!content) throw new Error(issues.map((issue) => issue.message).join("; "));
  const { infrastructure, costs, rates } = content.data;
  return computeBusinessFigures(infrastructure, costs, rates);
}

describe("the figures on /couts, from the real data files", () => {
  const figures = figuresOf(copyRealContent());

  test("4 disks of 10 To in RAID10 give 20 To, rented at 25, 50, 75 and 100 %", () => {
    expect(figures.usableCapacityTb).toBe(20);
    expect(figures.fullOccupancy.rentedTb).toBe(20);
    expect(figures.occupancyRows.map((row) => row.projection.rentedTb)).toEqual([5, 10, 15, 20]);
  });

  test("while cost lines lack their amounts, the operator's stated 1 930 € a year is used", () => {
    expect(figures.costSummary.basis).toBe("stated");
    expect(figures.annualCostsCents).toBe(193_000);
  });

  test("the full server brings 800 € a month and nets 468,41 € at 21,344 %", () => {
    expect(figures.fullOccupancy.revenueCents).toBe(80_000);
    expect(figures.fullOccupancy.contributionRate).toBeCloseTo(0.21344, 10);
    // 80 000 − 21,344 % × 80 000 − 193 000 / 12 = 46 841,47 cents
    expect(figures.fullOccupancy.netCents).toBeCloseTo(46_841.47, 1);
  });

  test("the break-even, rounded up to 5,2 To, really covers the costs", () => {
    expect(roundBreakEvenUp(figures.breakEvenTb!)).toBe(5.2);
    expect(projectMonth(5.2, figures.assumptions).netCents).toBeGreaterThanOrEqual(0);
    expect(projectMonth(5.1, figures.assumptions).netCents).toBeLessThan(0);
  });
});

describe("once every line has its amount, the total is what the operator pays, VAT included", () => {
  const figures = figuresOf(copyDemoContent());

  test("self-assessed VAT is added to amounts invoiced without VAT by EU suppliers", () => {
    // Demo lines: 1 150 € HT and 240 € HT (autoliquidation, +20 %), 160 € and 120 € without VAT,
    // 30 € HT with French VAT (+20 %): 1 380 + 288 + 160 + 120 + 36 = 1 984 €.
    expect(figures.costSummary.basis).toBe("lines");
    expect(figures.costSummary.lines.map((line) => line.paidAnnualCents)).toEqual([138_000, 28_800, 16_000, 12_000, 3_600]);
    expect(figures.annualCostsCents).toBe(198_400);
  });
});
