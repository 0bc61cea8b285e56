import { describe, expect, test } from "vitest";
import { formatEuros } from "@/lib/format/numbers";
import { computeContributionRate, findBreakEvenTb, projectMonth, type RateTerms } from "@/lib/costs/projection";

// The seed's figures: 20 To at 40 €/To/mois, 1 930 € of yearly costs.
const seed = { pricePerTbMonthCents: 4000, annualCostsCents: 193_000 };

const commercialServices: RateTerms[] = [
  { name: "Cotisations sociales (BIC prestations de services)", rate: 0.212 },
  { name: "CFP commerçant", rate: 0.001 },
  { name: "Taxe pour frais de CCI", rate: 0.00044, minAnnualTurnoverCents: 500_000 },
];

describe("projectMonth", () => {
  test("at 21,344 % (commercial services, 2026) the seed's full server nets 468 € a month", () => {
    const month = projectMonth(20, { ...seed, rateComponents: commercialServices });
    expect(month.revenueCents).toBe(80_000);
    expect(month.contributionRate).toBe(0.21344);
    expect(month.contributionsCents).toBeCloseTo(17_075.2, 6);
    expect(month.netCents).toBeCloseTo(46_841.47, 1);
    expect(formatEuros(month.netCents, "euros")).toBe("468\u00a0€");
  });

  test("at 21,5 % (the artisan training levy) it nets the seed's 467 €, so the seed used that rate", () => {
    const month = projectMonth(20, { ...seed, rateComponents: [{ name: "BIC + CFP artisan", rate: 0.215 }] });
    expect(month.netCents).toBeCloseTo(46_716.67, 1);
    expect(formatEuros(month.netCents, "euros")).toBe("467\u00a0€");
  });

  test("contributions are a share of turnover, not of profit", () => {
    const month = projectMonth(10, { ...seed, rateComponents: [{ name: "flat", rate: 0.2 }] });
    expect(month.contributionsCents).toBe(0.2 * month.revenueCents);
    expect(month.contributionsCents).not.toBeCloseTo(0.2 * (month.revenueCents - month.costsCents), 0);
  });

  test("with nothing rented there is no turnover, no contribution, and the whole cost is a loss", () => {
    const month = projectMonth(0, { ...seed, rateComponents: commercialServices });
    expect(month.revenueCents).toBe(0);
    expect(month.contributionsCents).toBe(0);
    expect(month.netCents).toBeCloseTo(-193_000 / 12, 6);
    expect(formatEuros(month.netCents)).toBe("-160,83\u00a0€");
  });

  test("the CCI tax is only due above 5 000 € of yearly turnover", () => {
    const quarter = projectMonth(5, { ...seed, rateComponents: commercialServices });
    expect(quarter.revenueCents * 12).toBe(240_000);
    expect(quarter.contributionRate).toBe(0.213);
    expect(quarter.dueComponents.map((component) => component.name)).not.toContain("Taxe pour frais de CCI");
  });

  test("a negative capacity is refused instead of giving a number", () => {
    expect(() => projectMonth(-1, { ...seed, rateComponents: commercialServices })).toThrow(RangeError);
    expect(() => projectMonth(Number.NaN, { ...seed, rateComponents: commercialServices })).toThrow(RangeError);
  });
});

describe("findBreakEvenTb", () => {
  test("renting the break-even capacity covers the costs exactly", () => {
    const assumptions = { ...seed, rateComponents: commercialServices };
    const breakEven = findBreakEvenTb(assumptions);
    expect(breakEven).toBeDefined();
    expect(projectMonth(breakEven!, assumptions).netCents).toBeCloseTo(0, 6);
    expect(projectMonth(breakEven! - 0.01, assumptions).netCents).toBeLessThan(0);
  });

  test("below 5 000 € of turnover the break-even uses the rate without the CCI tax", () => {
    // 160,83 € / (1 − 0,213) / 40 € ≈ 5,109 To, i.e. 2 452 € a year: under the threshold.
    expect(findBreakEvenTb({ ...seed, rateComponents: commercialServices })).toBeCloseTo(5.1091, 3);
  });

  test("when the break-even lands above a threshold, that band's higher rate is used", () => {
    const rateComponents = [
      { name: "base", rate: 0.2 },
      { name: "surcharge", rate: 0.1, minAnnualTurnoverCents: 100_000 },
    ];
    const breakEven = findBreakEvenTb({ ...seed, rateComponents });
    // Without the surcharge it would need 201 € a month (2 412 € a year), above the 1 000 € threshold.
    expect(breakEven).toBeCloseTo(193_000 / 12 / 0.7 / 4000, 9);
  });

  test("costs that no capacity can cover give no break-even", () => {
    expect(findBreakEvenTb({ ...seed, rateComponents: [{ name: "all", rate: 1 }] })).toBeUndefined();
  });

  test("with no costs, renting nothing already breaks even", () => {
    expect(findBreakEvenTb({ pricePerTbMonthCents: 4000, annualCostsCents: 0, rateComponents: commercialServices })).toBe(0);
  });
});

describe("computeContributionRate", () => {
  test("adds the named components without floating-point noise", () => {
    expect(computeContributionRate(commercialServices, 960_000).rate).toBe(0.21344);
  });
});
