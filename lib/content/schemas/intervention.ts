import { offsetDateTime, text } from "../fields";
import { typesetFrench } from "../../french-typography";
import { z } from "../zod-fr";

export const interventionKinds = ["maintenance", "incident", "operation"] as const;
export const interventionImpacts = ["none", "degraded", "interruption"] as const;

/** content/interventions/<slug>.mdx: one entry of the public log. The slug is the file name. */
export const interventionFrontmatterSchema = z
  .strictObject({
    title: text.max(110, "titre trop long (110 caractères au plus)").transform(typesetFrench),
    /** maintenance = planned work; incident = something broke; operation = e.g. a restore test. */
    kind: z.enum(interventionKinds),
    start: offsetDateTime,
    /** Actual end, or planned end while it has not happened. Absent only for an incident still open. */
    end: offsetDateTime.optional(),
    impact: z.enum(interventionImpacts),
    /** Ids from the `services` list of content/data/infrastructure.yaml. */
    services: z.array(z.string()).min(1, "au moins un service touché"),
    /** One or two sentences for the list and the feeds. */
    summary: text.max(300, "résumé trop long (300 caractères au plus)").transform(typesetFrench),
  })
  .superRefine((entry, ctx) => {
    if (entry.end === undefined && entry.kind !== "incident") {
      ctx.addIssue({ code: "custom", path: ["end"], message: "champ obligatoire pour une maintenance ou une opération (fin prévue)" });
    }
    // Refinements also run when a date failed to parse: compare only real dates.
    if (entry.end instanceof Date && entry.start instanceof Date && entry.end.getTime() <= entry.start.getTime()) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "la fin doit être après le début" });
    }
  });

export type InterventionFrontmatter = z.infer<typeof interventionFrontmatterSchema>;
export type InterventionKind = (typeof interventionKinds)[number];
export type InterventionImpact = (typeof interventionImpacts)[number];
