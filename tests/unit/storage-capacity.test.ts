import { describe, expect, test } from "vitest";
import { explainInvalidLayout } from "@/lib/content/raid-layouts";
import { computeUsableCapacityTb, convertTerabytesToTebibytes, describeFaultTolerance } from "@/lib/infrastructure/storage-capacity";

describe("usable capacity from the RAID layout", () => {
  test("4 × 10 To in RAID10 give 20 To, survive any one disk and up to two in different pairs", () => {
    const array = { diskCount: 4, diskSizeTb: 10, raidLevel: "RAID10" as const };
    expect(computeUsableCapacityTb(array)).toBe(20);
    expect(describeFaultTolerance(array)).toEqual({ guaranteedDiskFailures: 1, bestCaseDiskFailures: 2 });
  });

  test.each([
    ["RAID0", 4, 40, 0],
    ["RAID1", 2, 10, 1],
    ["RAID5", 4, 30, 1],
    ["RAID6", 4, 20, 2],
    ["RAID10", 6, 30, 1],
  ] as const)("%s with %i disks of 10 To gives %i To and always survives %i failure(s)", (raidLevel, diskCount, capacity, failures) => {
    const array = { diskCount, diskSizeTb: 10, raidLevel };
    expect(computeUsableCapacityTb(array)).toBe(capacity);
    expect(describeFaultTolerance(array).guaranteedDiskFailures).toBe(failures);
  });

  test("impossible layouts are refused with a French reason", () => {
    expect(explainInvalidLayout({ diskCount: 5, raidLevel: "RAID10" })).toMatch(/nombre pair/);
    expect(explainInvalidLayout({ diskCount: 2, raidLevel: "RAID5" })).toMatch(/au moins 3 disques/);
    expect(() => computeUsableCapacityTb({ diskCount: 5, diskSizeTb: 10, raidLevel: "RAID10" })).toThrow(RangeError);
  });

  test("20 To as sold are about 18,2 Tio as an operating system counts them", () => {
    expect(convertTerabytesToTebibytes(20)).toBeCloseTo(18.19, 2);
  });
});
