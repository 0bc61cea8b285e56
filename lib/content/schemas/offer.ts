import { prose } from "../fields";
import { fillable } from "../placeholder";
import { z } from "../zod-fr";

/** An answer the operator gives in his own words, or `À COMPLÉTER : …` until he does. */
const answer = fillable(prose);

/**
 * content/data/offre.yaml: what a client gets, how he is billed, who answers and how he leaves.
 * The seed text says none of this, so every value starts as a placeholder; the price and the
 * container's system come from couts.yaml and infrastructure.yaml, never from here.
 */
export const offerSchema = z.strictObject({
  container: z.strictObject({
    access: answer,
    systemUpdates: answer,
    cpuAndMemory: answer,
    network: answer,
    traffic: answer,
  }),
  billing: z.strictObject({
    minimum: answer,
    fractions: answer,
    setupFees: answer,
    payment: answer,
  }),
  support: z.strictObject({
    channels: answer,
    hours: answer,
    responseTime: answer,
    emergencies: answer,
    holidays: answer,
  }),
  leaving: z.strictObject({
    notice: answer,
    exportFormat: answer,
    deletion: answer,
  }),
  /**
   * What the request form does with what a visitor types: shown under the form and restated by
   * the privacy page. Facts fixed by the site's code (what is collected, where it goes) are written
   * in lib/contact; these are the operator's choices.
   */
  requestForm: z.strictObject({
    /** How long a prospect's request is kept after the last contact, in years. */
    retentionYears: z.int().min(1, "au moins un an").max(10, "dix ans au plus"),
    /** Who receives the requests besides the operator (his mail provider). */
    mailProvider: answer,
  }),
});

export type Offer = z.infer<typeof offerSchema>;

/** The offer page's four groups of questions, placed by `<OfferAnswers section="…" />`. */
export const offerSections = ["container", "billing", "support", "leaving"] as const;
export type OfferSection = (typeof offerSections)[number];
