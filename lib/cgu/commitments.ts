import { commitmentNames, type CommitmentName } from "../content/vocabulary";
import type { CguVersionFrontmatter } from "../content/schemas/cgu-version";
import { formatCount } from "../format/counts";
import { formatDecimal, formatPercent } from "../format/numbers";

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
} satisfies Record<CommitmentName, (version: CguVersionFrontmatter) => string>;

export { commitmentNames, type CommitmentName } from "../content/vocabulary";

export function formatCommitment(name: CommitmentName, version: CguVersionFrontmatter): string {
  return commitmentFormatters[name](version);
}

export interface CommitmentChange {
  name: CommitmentName;
  label: string;
  before: string;
  after: string;
}

const commitmentLabels: Record<CommitmentName, string> = {
  availabilityTarget: "Objectif de disponibilité mensuelle",
  monthlyDowntimeBudget: "Interruption admise par mois de 30 jours",
  availabilityCommitment: "Nature de l’engagement",
  maintenanceNotice: "Délai d’annonce des maintenances",
  backupRetention: "Durée de conservation des sauvegardes",
};

export function listCommitmentChanges(previous: CguVersionFrontmatter, current: CguVersionFrontmatter): CommitmentChange[] {
  return commitmentNames
    .map((name) => ({
      name,
      label: commitmentLabels[name],
      before: formatCommitment(name, previous),
      after: formatCommitment(name, current),
    }))
    .filter((change) => change.before !== change.after);
}
