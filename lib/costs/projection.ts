/**
 * The cost and profit projection shown on /couts, and by the calculator in the browser.
 * Pure and dependency-free so that server and client compute the very same numbers.
 *
 * Units: money in cents (inputs are integers; results keep their fractions, rounding is for
 * display only), rates as fractions of turnover (0.21344 for 21,344 %), storage in To.
 */
import type { RateComponent } from "../content/schemas/contribution-rates";

/** What the projection reads of a contribution rate (content/data/cotisations.yaml). */
export type RateTerms = Pick<RateComponent, "name" | "rate"> & Partial<Pick<RateComponent, "minAnnualTurnoverCents">>;

export interface ProjectionAssumptions {
  pricePerTbMonthCents: number;
  annualCostsCents: number;
  rateComponents: readonly RateTerms[];
}

export interface MonthlyProjection {
  rentedTb: number;
  revenueCents: number;
  /** Sum of the components due at this turnover. */
  contributionRate: number;
  dueComponents: RateTerms[];
  contributionsCents: number;
  costsCents: number;
  netCents: number;
}

/** Micro-entrepreneur contributions are a share of turnover, never of profit. */
export function computeContributionRate(
  components: readonly RateTerms[],
  annualTurnoverCents: number,
): { rate: number; dueComponents: RateTerms[] } {
  const dueComponents = components.filter((component) => isDue(component, annualTurnoverCents));
  return { rate: sumRates(dueComponents), dueComponents };
}

export function projectMonth(rentedTb: number, assumptions: ProjectionAssumptions): MonthlyProjection {
  if (!(rentedTb >= 0)) throw new RangeError(`projectMonth: capacité louée invalide (${rentedTb})`);
  const revenueCents = rentedTb * assumptions.pricePerTbMonthCents;
  const { rate, dueComponents } = computeContributionRate(assumptions.rateComponents, revenueCents * 12);
  const contributionsCents = revenueCents * rate;
  const costsCents = assumptions.annualCostsCents / 12;
  return {
    rentedTb,
    revenueCents,
    contributionRate: rate,
    dueComponents,
    contributionsCents,
    costsCents,
    netCents: revenueCents - contributionsCents - costsCents,
  };
}

/**
 * The smallest rented capacity whose net result is zero or more, or undefined if no capacity
 * can cover the costs (a rate of 100 % or more).
 */
export function findBreakEvenTb(assumptions: ProjectionAssumptions): number | undefined {
  const monthlyCostsCents = assumptions.annualCostsCents / 12;
  if (monthlyCostsCents <= 0) return 0;
  // Between two turnover thresholds the rate is constant, so the net result is linear: solve
  // each band in ascending order and keep the first solution that falls inside its band.
  const thresholds = [
    ...new Set(
      assumptions.rateComponents
        .map((component) => component.minAnnualTurnoverCents)
        .filter((threshold): threshold is number => threshold !== undefined),
    ),
  ].sort((a, b) => a - b);
  const bandFloors = [-Infinity, ...thresholds];
  for (const [index, floor] of bandFloors.entries()) {
    const ceiling = thresholds[index] ?? Infinity;
    // In the band (floor, ceiling], a component with a threshold is due when threshold ≤ floor.
    const rate = sumRates(
      assumptions.rateComponents.filter(
        (component) => component.minAnnualTurnoverCents === undefined || component.minAnnualTurnoverCents <= floor,
      ),
    );
    if (rate >= 1) return undefined;
    const revenueCents = monthlyCostsCents / (1 - rate);
    if (revenueCents * 12 <= ceiling) return revenueCents / assumptions.pricePerTbMonthCents;
  }
  return undefined;
}

function isDue(component: RateTerms, annualTurnoverCents: number): boolean {
  return component.minAnnualTurnoverCents === undefined || annualTurnoverCents > component.minAnnualTurnoverCents;
}

function sumRates(components: readonly RateTerms[]): number {
  // Summing in millionths avoids 0.212 + 0.001 + 0.00044 = 0.21344000000000002.
  return components.reduce((total, component) => total + Math.round(component.rate * 1e6), 0) / 1e6;
}

/** Break-even rounded up to the tenth of a To, so that renting it really covers the costs. */
export function roundBreakEvenUp(tb: number): number {
  return Math.ceil(tb * 10 - 1e-9) / 10;
}
