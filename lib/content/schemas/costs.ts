import { euros, prose, text, url } from "../fields";
import { z } from "../zod-fr";

const costLineSchema = z
  .strictObject({
    label: prose,
    supplier: prose,
    /** Amount paid per year, in euros, as invoiced. */
    annual: euros,
    /** false until the operator has checked the amount against an invoice. */
    confirmed: z.boolean(),
    note: prose.optional(),
    source: url.optional(),
  })
  .transform(({ annual, ...line }) => ({ ...line, annualCents: annual }));

/** content/data/couts.yaml: what the service costs to run and what it is sold for. */
export const costsSchema = z
  .strictObject({
    /** Price asked of clients, in euros per To and per month. */
    pricePerTbMonth: euros.refine((cents) => cents > 0, { message: "le prix doit être positif" }),
    lines: z.array(costLineSchema).min(1, "au moins une ligne de coût"),
  })
  .transform(({ pricePerTbMonth, lines }) => ({ pricePerTbMonthCents: pricePerTbMonth, lines }));

export type Costs = z.infer<typeof costsSchema>;
export type CostLine = Costs["lines"][number];
