import type { ContributionPreset, ContributionRates } from "../content/schemas/contribution-rates";
import type { Costs } from "../content/schemas/costs";
import type { Infrastructure } from "../content/schemas/infrastructure";
import { summariseCosts, type CostSummary } from "./cost-lines";
import { findBreakEvenTb, projectMonth, type MonthlyProjection, type ProjectionAssumptions } from "./projection";

export { roundBreakEvenUp } from "./projection";
import { computeUsableCapacityTb, describeFaultTolerance, type FaultTolerance } from "../infrastructure/storage-capacity";

/** Occupancy levels of the table on /couts. */
export const occupancyLevels = [0.25, 0.5, 0.75, 1] as const;

export interface BusinessFigures {
  usableCapacityTb: number;
  faultTolerance: FaultTolerance;
  /** Each line with what it really costs, and whether the total comes from the lines or the stated total. */
  costSummary: CostSummary;
  annualCostsCents: number;
  monthlyCostsCents: number;
  preset: ContributionPreset;
  assumptions: ProjectionAssumptions;
  /** Every To of the usable capacity rented. */
  fullOccupancy: MonthlyProjection;
  breakEvenTb: number | undefined;
  occupancyRows: { occupancy: number; projection: MonthlyProjection }[];
}

/** The figures every page derives from the data files; computed in one place so they agree. */
export function computeBusinessFigures(infrastructure: Infrastructure, costs: Costs, rates: ContributionRates): BusinessFigures {
  const disks = infrastructure.server.disks;
  const array = { diskCount: disks.count, diskSizeTb: disks.sizeTb, raidLevel: infrastructure.server.raidLevel };
  const usableCapacityTb = computeUsableCapacityTb(array);
  const costSummary = summariseCosts(costs);
  const annualCostsCents = costSummary.annualCostsCents;
  const preset = getDefaultPreset(rates);
  const assumptions: ProjectionAssumptions = {
    pricePerTbMonthCents: costs.pricePerTbMonthCents,
    annualCostsCents,
    rateComponents: preset.components,
  };
  return {
    usableCapacityTb,
    faultTolerance: describeFaultTolerance(array),
    costSummary,
    annualCostsCents,
    monthlyCostsCents: annualCostsCents / 12,
    preset,
    assumptions,
    fullOccupancy: projectMonth(usableCapacityTb, assumptions),
    breakEvenTb: findBreakEvenTb(assumptions),
    occupancyRows: occupancyLevels.map((occupancy) => ({ occupancy, projection: projectMonth(usableCapacityTb * occupancy, assumptions) })),
  };
}

export function getDefaultPreset(rates: ContributionRates): ContributionPreset {
  const preset = rates.presets.find((candidate) => candidate.id === rates.default);
  // The schema guarantees it; this guards against a caller passing unvalidated data.
  if (!preset) throw new Error(`cotisations : jeu de taux « ${rates.default} » introuvable`);
  return preset;
}
