/**
 * The RAID levels a server may use and the layouts that cannot exist. Kept apart from the zod
 * schema so that capacity calculations (which also run in the browser) do not pull in zod.
 */
export const raidLevels = ["RAID0", "RAID1", "RAID5", "RAID6", "RAID10"] as const;

const minimumDisks: Record<RaidLevel, number> = { RAID0: 1, RAID1: 2, RAID5: 3, RAID6: 4, RAID10: 4 };

/** Why a layout cannot exist, in French, or undefined when it can. */
export function explainInvalidLayout({ diskCount, raidLevel }: { diskCount: number; raidLevel: RaidLevel }): string | undefined {
  if (diskCount < minimumDisks[raidLevel]) return `${raidLevel} demande au moins ${minimumDisks[raidLevel]} disques`;
  if (raidLevel === "RAID10" && diskCount % 2 !== 0) return "RAID10 demande un nombre pair de disques (des paires en miroir)";
  return undefined;
}

export type RaidLevel = (typeof raidLevels)[number];
