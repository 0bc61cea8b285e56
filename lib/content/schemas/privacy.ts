import { fillable } from "../placeholder";
import { z } from "../zod-fr";

/**
 * content/data/confidentialite.yaml: what the privacy page and the legal notice say about the
 * personal data the site itself handles. What the server records is the software's own doing
 * (deploy/nginx); how long it is kept is the operator's decision.
 */
export const privacySchema = z.strictObject({
  /** Days the web server keeps its access log. */
  serverLogRetentionDays: fillable(z.int("nombre entier de jours attendu").positive()),
});

export type Privacy = z.infer<typeof privacySchema>;
