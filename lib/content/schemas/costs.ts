import { euros, prose, url } from "../fields";
import type { PendingValue } from "../content-issue";
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

/** Amounts still to check against an invoice: listed by `npm run check` until confirmed. */
export function listUnconfirmedCosts(costs: Costs): PendingValue[] {
  return costs.lines.flatMap((line, index) =>
    line.confirmed
      ? []
      : [
          {
            path: ["lines", index, "annual"],
            message: `montant de « ${line.label} » à confirmer sur une facture, puis passer confirmed à true`,
          },
        ],
  );
}
