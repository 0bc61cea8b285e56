import type { CguVersionFrontmatter } from "./content/schemas/cgu-version";
import { formatCount } from "./french-count";
import { formatDecimal, formatPercent } from "./format-number";

/**
 * Commitments written in a CGU version's frontmatter, as <Commitment name="…" /> shows them in
 * that version's text. Each version shows its own values, not the current ones.
 */
const commitmentFormatters = {
  availabilityTarget: (version: CguVersionFrontmatter) => formatPercent(version.availabilityTargetRatio, 2),
  /** Allowed downtime for a 30-day month, the usual basis of a monthly figure. */
  monthlyDowntimeBudget: (version: CguVersionFrontmatter) =>
    `${formatDecimal((1 - version.availabilityTargetRatio) * 30 * 24 * 60, 1)}\u00a0min`,
  availabilityCommitment: (version: CguVersionFrontmatter) =>
    version.availabilityCommitment === "goal" ? "un objectif, et non une garantie contractuelle" : "une garantie contractuelle",
  maintenanceNotice: (version: CguVersionFrontmatter) => formatCount(version.maintenanceNoticeHours, "heure", "heures", "f"),
  backupRetention: (version: CguVersionFrontmatter) => formatCount(version.backupRetentionDays, "jour", "jours"),
} satisfies Record<string, (version: CguVersionFrontmatter) => string>;

export type CommitmentName = keyof typeof commitmentFormatters;

export const commitmentNames = Object.keys(commitmentFormatters) as CommitmentName[];

export function formatCommitment(name: CommitmentName, version: CguVersionFrontmatter): string {
  return commitmentFormatters[name](version);
}
