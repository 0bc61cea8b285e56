import { typesetFrench } from "../../format/french-typography";
import { offsetDateTime, prose, text } from "../fields";
import { z } from "../zod-fr";

export const interventionKinds = ["maintenance", "incident", "operation"] as const;
export const interventionImpacts = ["none", "degraded", "interruption"] as const;

const update = z.strictObject({
  at: offsetDateTime,
  text: prose,
});

const reschedule = z.strictObject({
  /** When the new schedule was announced. */
  at: offsetDateTime,
  previousStart: offsetDateTime,
  previousEnd: offsetDateTime,
  reason: prose,
});

/**
 * content/interventions/<slug>.mdx: one entry of the public log. The slug is the file name.
 * @param serviceIds the services of content/data/infrastructure.yaml; an entry may only name these.
 */
export function createInterventionFrontmatterSchema(serviceIds?: readonly string[]) {
  const service = z.string().refine((id) => serviceIds === undefined || serviceIds.includes(id), {
    error: (issue) =>
      `service « ${String(issue.input)} » inconnu ; services de content/data/infrastructure.yaml : ${serviceIds?.join(", ")}`,
  });
  return (
    z
      .strictObject({
        title: text.max(110, "titre trop long (110 caractères au plus)").transform(typesetFrench),
        /** maintenance = planned work; incident = something broke; operation = e.g. a restore test. */
        kind: z.enum(interventionKinds),
        start: offsetDateTime,
        /** Actual end, or planned end while it has not happened. Absent only for an incident still open. */
        end: offsetDateTime.optional(),
        impact: z.enum(interventionImpacts),
        /** Ids from the `services` list of content/data/infrastructure.yaml. */
        services: z.array(service).min(1, "au moins un service touché"),
        /** One or two sentences for the list and the feeds. */
        summary: text.max(300, "résumé trop long (300 caractères au plus)").transform(typesetFrench),
        /** When it was made public. Required for planned work: it decides whether the notice was given. */
        announced: offsetDateTime.optional(),
        /**
         * Overrides the default: incidents count as downtime; planned work announced with the CGU's
         * notice does not (it is reported apart); anything without an interruption never counts.
         */
        countsAsDowntime: z.boolean().optional(),
        /** « completed » confirms the end written above is the real one; « cancelled » withdraws it. */
        status: z.enum(["completed", "cancelled"]).optional(),
        cancellation: z.strictObject({ at: offsetDateTime, reason: prose }).optional(),
        /** Each change of schedule, oldest first; it raises the calendar's SEQUENCE. */
        reschedules: z.array(reschedule).optional(),
        /** Dated updates shown as a timeline, oldest first. */
        updates: z.array(update).optional(),
      })
      // Runs even when a field above failed, so that every mistake of a file is reported at once;
      // hence the checks on types before each comparison.
      .superRefine(
        (entry, ctx) => {
          const { start, end } = entry;
          const isDate = (value: unknown): value is Date => value instanceof Date;
          if (end === undefined && entry.kind !== "incident") {
            ctx.addIssue({
              code: "custom",
              path: ["end"],
              message: "champ obligatoire pour une maintenance ou une opération (fin prévue)",
            });
          }
          if (isDate(end) && isDate(start) && end.getTime() <= start.getTime()) {
            ctx.addIssue({ code: "custom", path: ["end"], message: "la fin doit être après le début" });
          }
          if (entry.kind === "maintenance" && entry.announced === undefined) {
            ctx.addIssue({
              code: "custom",
              path: ["announced"],
              message: "champ obligatoire pour une maintenance : date et heure de l'annonce",
            });
          }
          if (isDate(entry.announced) && isDate(start) && entry.announced.getTime() > start.getTime() && entry.kind !== "incident") {
            ctx.addIssue({ code: "custom", path: ["announced"], message: "l'annonce ne peut pas être postérieure au début" });
          }
          if (entry.status === "cancelled" && entry.cancellation === undefined) {
            ctx.addIssue({
              code: "custom",
              path: ["cancellation"],
              message: "champ obligatoire quand status vaut cancelled (at et reason)",
            });
          }
          if (entry.cancellation !== undefined && entry.status !== "cancelled") {
            ctx.addIssue({ code: "custom", path: ["status"], message: "écrivez status: cancelled pour annuler cette intervention" });
          }
          if (entry.status === "completed" && end === undefined) {
            ctx.addIssue({ code: "custom", path: ["end"], message: "une intervention terminée doit avoir une fin" });
          }
          checkChronology(entry.updates, "updates", ctx);
          checkChronology(entry.reschedules, "reschedules", ctx);
        },
        { when: () => true },
      )
  );
}

export const interventionFrontmatterSchema = createInterventionFrontmatterSchema();

function checkChronology(items: unknown, field: string, ctx: z.RefinementCtx): void {
  if (!Array.isArray(items)) return;
  (items as { at?: unknown }[]).forEach((item, index) => {
    const previous = items[index - 1];
    if (index > 0 && item?.at instanceof Date && previous?.at instanceof Date && item.at.getTime() < previous.at.getTime()) {
      ctx.addIssue({ code: "custom", path: [field, index, "at"], message: "les entrées doivent être dans l'ordre chronologique" });
    }
  });
}

export type InterventionFrontmatter = z.infer<typeof interventionFrontmatterSchema>;
export type InterventionKind = (typeof interventionKinds)[number];
export type InterventionImpact = (typeof interventionImpacts)[number];
