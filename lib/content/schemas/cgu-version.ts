import { calendarDate, percent, text } from "../fields";
import { typesetFrench } from "../../format/french-typography";
import { z } from "../zod-fr";

/**
 * content/cgu/<date>.mdx: one version of the terms. Commitments that change over time are data
 * here, so that other pages (availability figures) use the ones in force at each date.
 */
export const cguVersionFrontmatterSchema = z
  .strictObject({
    /** First day (Europe/Paris) on which this version applies. */
    effective: calendarDate,
    /** What changed compared with the previous version, in one or two sentences. */
    summary: text.max(400).transform(typesetFrench),
    /** Monthly availability, written as a percentage (99.9). */
    availabilityTarget: percent,
    /** « goal » while it is only an aim; « guarantee » once it is contractual. */
    availabilityCommitment: z.enum(["goal", "guarantee"]),
    /** Minimum notice, in hours, before a planned maintenance. */
    maintenanceNoticeHours: z.int("nombre entier d'heures attendu").nonnegative(),
    /** How long daily backups are kept, in days. */
    backupRetentionDays: z.int("nombre entier de jours attendu").positive(),
  })
  .transform(({ availabilityTarget, ...version }) => ({ ...version, availabilityTargetRatio: availabilityTarget }));

export type CguVersionFrontmatter = z.infer<typeof cguVersionFrontmatterSchema>;
