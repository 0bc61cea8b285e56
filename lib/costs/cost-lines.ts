import type { CostLine, Costs, VatTreatment } from "../content/schemas/costs";

/** French VAT, which the operator pays on what he buys and cannot recover (franchise en base). */
export const frenchVatRate = 0.2;

/** What a line really costs per year, VAT he pays included; undefined while its amount is missing. */
export function computePaidAnnualCents(line: Pick<CostLine, "annual" | "includesVat" | "vat">): number | undefined {
  if (!line.annual.filled) return undefined;
  const invoiced = line.annual.value;
  return line.includesVat || line.vat === "aucune" ? invoiced : Math.round(invoiced * (1 + frenchVatRate));
}

export interface CostSummary {
  /** "lines": the sum of every line; "stated": the operator's own total, used while lines are incomplete. */
  basis: "lines" | "stated";
  annualCostsCents: number;
  lines: (CostLine & { paidAnnualCents: number | undefined })[];
}

/** The yearly total the projection uses: what the operator actually pays. */
export function summariseCosts(costs: Costs): CostSummary {
  const lines = costs.lines.map((line) => ({ ...line, paidAnnualCents: computePaidAnnualCents(line) }));
  const complete = lines.length > 0 && lines.every((line) => line.paidAnnualCents !== undefined);
  return complete
    ? { basis: "lines", annualCostsCents: lines.reduce((total, line) => total + (line.paidAnnualCents ?? 0), 0), lines }
    : { basis: "stated", annualCostsCents: costs.statedAnnualTotalCents, lines };
}

export const vatLabels: Record<VatTreatment, string> = {
  autoliquidation: "TVA française de 20 % autoliquidée (fournisseur établi dans un autre pays de l’UE)",
  "tva-francaise": "TVA française de 20 %",
  aucune: "pas de TVA",
};
