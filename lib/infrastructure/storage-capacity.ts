import { explainInvalidLayout, type RaidLevel } from "../content/raid-layouts";

export interface DiskArray {
  diskCount: number;
  diskSizeTb: number;
  raidLevel: RaidLevel;
}

export interface FaultTolerance {
  /** Disk failures survived whichever disks fail. */
  guaranteedDiskFailures: number;
  /** Disk failures survived when they fall in the right places (RAID10: one per mirror). */
  bestCaseDiskFailures: number;
}

/** Capacity left for data once the RAID level has taken its share, in the disks' own unit (To). */
export function computeUsableCapacityTb(array: DiskArray): number {
  assertValidLayout(array);
  const { diskCount, diskSizeTb, raidLevel } = array;
  switch (raidLevel) {
    case "RAID0":
      return diskCount * diskSizeTb;
    case "RAID1":
      return diskSizeTb;
    case "RAID5":
      return (diskCount - 1) * diskSizeTb;
    case "RAID6":
      return (diskCount - 2) * diskSizeTb;
    case "RAID10":
      return (diskCount / 2) * diskSizeTb;
  }
}

export function describeFaultTolerance(array: DiskArray): FaultTolerance {
  assertValidLayout(array);
  const { diskCount, raidLevel } = array;
  switch (raidLevel) {
    case "RAID0":
      return { guaranteedDiskFailures: 0, bestCaseDiskFailures: 0 };
    case "RAID1":
      return { guaranteedDiskFailures: diskCount - 1, bestCaseDiskFailures: diskCount - 1 };
    case "RAID5":
      return { guaranteedDiskFailures: 1, bestCaseDiskFailures: 1 };
    case "RAID6":
      return { guaranteedDiskFailures: 2, bestCaseDiskFailures: 2 };
    case "RAID10":
      return { guaranteedDiskFailures: 1, bestCaseDiskFailures: diskCount / 2 };
  }
}

/** Disks are sold in decimal To (10^12 bytes); operating systems count in Tio (2^40 bytes). */
export function convertTerabytesToTebibytes(tb: number): number {
  return (tb * 1e12) / 2 ** 40;
}

function assertValidLayout(array: DiskArray): void {
  const problem = explainInvalidLayout(array);
  if (problem) throw new RangeError(problem);
}
