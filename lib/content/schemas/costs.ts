import type { PendingValue } from "../content-issue";
import { euros, prose, text, url } from "../fields";
import { fillable } from "../placeholder";
import { z } from "../zod-fr";

/**
 * How VAT applies to what the operator pays. Under the franchise en base (art. 293 B du CGI) he
 * recovers none of it, so it is part of the cost:
 * - autoliquidation: a supplier established elsewhere in the EU invoices without VAT; he must
 *   self-assess and pay French VAT (20 %) on it (CGI art. 283-2);
 * - tva-francaise: a French supplier's invoice carries French VAT (20 %);
 * - aucune: no VAT at all (bank fees, insurance premiums…).
 */
export const vatTreatments = ["autoliquidation", "tva-francaise", "aucune"] as const;
export type VatTreatment = (typeof vatTreatments)[number];

const costLineSchema = z
  .strictObject({
    label: prose,
    supplier: fillable(prose),
    /** Amount per year, in euros, as invoiced. */
    annual: fillable(euros),
    /** Whether `annual` already includes the VAT (TTC) or not (HT). */
    includesVat: z.boolean(),
    vat: z.enum(vatTreatments),
    /** false until the operator has checked the amount against an invoice. */
    confirmed: z.boolean(),
    /** Shown to visitors under the line. */
    note: prose.optional(),
    /** For the operator only: never leaves this file (dropped right here, at parsing). */
    privateNote: text.optional(),
    source: url.optional(),
  })
  .transform((line) => {
    const { privateNote, ...shown } = line;
    void privateNote;
    return shown;
  });

/** content/data/couts.yaml: what the service costs to run and what it is sold for. */
export const costsSchema = z
  .strictObject({
    /** Price asked of clients, in euros per To and per month. */
    pricePerTbMonth: euros.refine((cents) => cents > 0, { message: "le prix doit être positif" }),
    /**
     * The yearly total the operator stated (« environ 1930€ par an »). The projection uses it
     * until every line has its amount, then the sum of the lines replaces it.
     */
    statedAnnualTotal: euros,
    lines: z.array(costLineSchema),
  })
  .transform(({ pricePerTbMonth, statedAnnualTotal, lines }) => ({
    pricePerTbMonthCents: pricePerTbMonth,
    statedAnnualTotalCents: statedAnnualTotal,
    lines,
  }));

export type Costs = z.infer<typeof costsSchema>;
export type CostLine = Costs["lines"][number];

/** Amounts still to check against an invoice: listed by `npm run check` until confirmed. */
export function listUnconfirmedCosts(costs: Costs): PendingValue[] {
  const lines: PendingValue[] = costs.lines.flatMap((line, index) =>
    line.confirmed || !line.annual.filled
      ? []
      : [
          {
            path: ["lines", index, "annual"],
            message: `montant de « ${line.label} » à confirmer sur une facture, puis passer confirmed à true`,
          },
        ],
  );
  const complete = costs.lines.length > 0 && costs.lines.every((line) => line.annual.filled);
  const total: PendingValue[] = complete
    ? []
    : [
        {
          path: ["statedAnnualTotal"],
          message:
            "total annoncé utilisé tant que chaque poste n'a pas son montant : à confirmer, TVA comprise (voir les postes ci-dessous)",
        },
      ];
  return [...total, ...lines];
}
