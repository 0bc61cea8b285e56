import { calendarDate, percent, prose, text } from "../fields";
import { fillable } from "../placeholder";
import { typesetFrench } from "../../format/french-typography";
import type { PendingValue } from "../content-issue";
import { z } from "../zod-fr";

/**
 * content/cgu/<date>.mdx: one version of the terms. Commitments that change over time are data
 * here, so that other pages (availability figures) use the ones in force at each date.
 */
export const cguVersionFrontmatterSchema = z
  .strictObject({
    /** First day (Europe/Paris) on which this version applies. */
    effective: calendarDate,
    /** false while the date is a proposal: the operator confirms it (usually the day the site goes live). */
    effectiveConfirmed: z.boolean(),
    /** What changed compared with the previous version, in one or two sentences. */
    summary: text.max(400).transform(typesetFrench),
    /** Monthly availability, written as a percentage (99.9). */
    availabilityTarget: percent,
    /** « goal » while it is only an aim; « guarantee » once it is contractual. */
    availabilityCommitment: z.enum(["goal", "guarantee"]),
    /** Minimum notice, in hours, before a planned maintenance. */
    maintenanceNoticeHours: fillable(z.int("nombre entier d'heures attendu").nonnegative()),
    /** How long daily backups are kept, in days. */
    backupRetentionDays: fillable(z.int("nombre entier de jours attendu").positive()),
    /** How long a client may still fetch his data once the contract has ended, in days. */
    exportWindowDays: fillable(z.int("nombre entier de jours attendu").positive()),
    /** When the operator answers a client's request, in words (« sous un jour ouvré »). */
    supportResponseTime: fillable(prose),
    /** How and when clients are billed and pay, in words. */
    billingTerms: fillable(prose),
    /** Notice the operator gives before he ends a contract himself, in days. */
    providerTerminationNoticeDays: fillable(z.int("nombre entier de jours attendu").positive()),
    /** Notice before a new version of these terms or a new price applies, in days. */
    changeNoticeDays: fillable(z.int("nombre entier de jours attendu").positive()),
    /** Notice before a new sub-processor is used, during which a client may object, in days. */
    subprocessorNoticeDays: fillable(z.int("nombre entier de jours attendu").positive()),
    /** The cap on the operator's liability towards professional clients, in words. */
    liabilityCap: fillable(prose),
  })
  .transform(({ availabilityTarget, ...version }) => ({ ...version, availabilityTargetRatio: availabilityTarget }));

export type CguVersionFrontmatter = z.infer<typeof cguVersionFrontmatterSchema>;

export function listUnconfirmedCguDate(version: CguVersionFrontmatter): PendingValue[] {
  return version.effectiveConfirmed
    ? []
    : [
        {
          path: ["effective"],
          message: "date d'entrée en vigueur à confirmer (en général, le jour de la mise en ligne), puis passer effectiveConfirmed à true",
        },
      ];
}
