import { commitmentNames, type CommitmentName } from "../content/vocabulary";
import { describeFillable, filledWith, mapFillable, type Fillable } from "../content/placeholder";
import type { CguVersionFrontmatter } from "../content/schemas/cgu-version";
import { formatCount } from "../format/counts";
import { formatDecimal, formatPercent } from "../format/numbers";

/**
 * Commitments written in a CGU version's frontmatter, as <Commitment name="…" /> shows them in
 * that version's text. Each version shows its own values, not the current ones.
 */
const commitmentFormatters = {
  availabilityTarget: (version) => formatPercent(version.availabilityTargetRatio, 2),
  /** Allowed downtime for a 30-day month, the usual basis of a monthly figure. */
  monthlyDowntimeBudget: (version) => `${formatDecimal((1 - version.availabilityTargetRatio) * 30 * 24 * 60, 1)}\u00a0min`,
  availabilityCommitment: (version) =>
    version.availabilityCommitment === "goal" ? "un objectif, et non une garantie contractuelle" : "une garantie contractuelle",
  maintenanceNotice: (version) => mapFillable(version.maintenanceNoticeHours, (hours) => formatCount(hours, "heure", "heures", "f")),
  backupRetention: (version) => mapFillable(version.backupRetentionDays, (days) => formatCount(days, "jour", "jours")),
  exportWindow: (version) => mapFillable(version.exportWindowDays, (days) => formatCount(days, "jour", "jours")),
  supportResponseTime: (version) => version.supportResponseTime,
  billingTerms: (version) => version.billingTerms,
  providerTerminationNotice: (version) => mapFillable(version.providerTerminationNoticeDays, (days) => formatCount(days, "jour", "jours")),
  changeNotice: (version) => mapFillable(version.changeNoticeDays, (days) => formatCount(days, "jour", "jours")),
  subprocessorNotice: (version) => mapFillable(version.subprocessorNoticeDays, (days) => formatCount(days, "jour", "jours")),
  liabilityCap: (version) => version.liabilityCap,
} satisfies Record<CommitmentName, (version: CguVersionFrontmatter) => string | Fillable<string>>;

export { commitmentNames, type CommitmentName } from "../content/vocabulary";

/** A commitment as the version states it, or the placeholder the operator has not filled in yet. */
export function formatCommitment(name: CommitmentName, version: CguVersionFrontmatter): Fillable<string> {
  const value = commitmentFormatters[name](version);
  return typeof value === "string" ? filledWith(value) : value;
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
  exportWindow: "Délai pour récupérer ses données après la fin du contrat",
  supportResponseTime: "Délai de réponse aux demandes",
  billingTerms: "Facturation et paiement",
  providerTerminationNotice: "Préavis de l’hébergeur avant de mettre fin au contrat",
  changeNotice: "Préavis avant un changement des conditions ou du prix",
  subprocessorNotice: "Préavis avant un nouveau sous-traitant ultérieur",
  liabilityCap: "Plafond de responsabilité envers les professionnels",
};

export function listCommitmentChanges(previous: CguVersionFrontmatter, current: CguVersionFrontmatter): CommitmentChange[] {
  return commitmentNames
    .map((name) => ({
      name,
      label: commitmentLabels[name],
      before: describeFillable(formatCommitment(name, previous)),
      after: describeFillable(formatCommitment(name, current)),
    }))
    .filter((change) => change.before !== change.after);
}
