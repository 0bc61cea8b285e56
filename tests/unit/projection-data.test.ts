import { describe, expect, test } from "vitest";
import { computeBusinessFigures, roundBreakEvenUp } from "@/lib/costs/business-figures";
import { loadContent } from "@/lib/content/load-content";
import { projectMonth } from "@/lib/costs/projection";
import { computeUsableCapacityTb } from "@/lib/infrastructure/storage-capacity";

describe("the figures on /couts come from the data files", () => {
  const { content } = loadContent();
  if (!content) throw new Error("le contenu livré doit être valide");
  const { infrastructure, costs, rates } = content.data;
  const figures = computeBusinessFigures(infrastructure, costs, rates);

  test("the projection rents the capacity computed from the disks and the RAID level", () => {
    const disks = infrastructure.server.disks;
    const capacity = computeUsableCapacityTb({
      diskCount: disks.count,
      diskSizeTb: disks.sizeTb,
      raidLevel: infrastructure.server.raidLevel,
    });
    expect(figures.usableCapacityTb).toBe(capacity);
    expect(figures.fullOccupancy.rentedTb).toBe(capacity);
    expect(figures.occupancyRows.map((row) => row.projection.rentedTb)).toEqual([0.25, 0.5, 0.75, 1].map((share) => share * capacity));
  });

  test("the yearly total is the sum of the cost lines", () => {
    expect(figures.annualCostsCents).toBe(costs.lines.reduce((total, line) => total + line.annualCents, 0));
  });

  test("the displayed break-even, rounded up, really covers the costs", () => {
    expect(figures.breakEvenTb).toBeDefined();
    expect(projectMonth(roundBreakEvenUp(figures.breakEvenTb!), figures.assumptions).netCents).toBeGreaterThanOrEqual(0);
  });
});
