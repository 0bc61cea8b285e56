import { calendarDate, euros, percent, prose, text, url } from "../fields";
import type { PendingValue } from "../content-issue";
import { z } from "../zod-fr";

const rateComponentSchema = z
  .strictObject({
    name: prose,
    /** Share of turnover, written as a percentage (21.2 for 21,2 %). */
    percent,
    source: prose,
    sourceUrl: url,
    effective: calendarDate,
    /** Only due above this yearly turnover, in euros (the CCI tax: 5 000 €). */
    minAnnualTurnover: euros.optional(),
  })
  .transform(({ percent: rate, minAnnualTurnover, ...component }) => ({
    ...component,
    rate,
    minAnnualTurnoverCents: minAnnualTurnover,
  }));

/** content/data/cotisations.yaml: micro-entrepreneur contribution rates, each with its source. */
export const contributionRatesSchema = z
  .strictObject({
    /** Id of the preset used by the projection on /couts. */
    default: text,
    /** false until the operator has checked his activity category on his URSSAF account. */
    defaultConfirmed: z.boolean(),
    presets: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9-]+$/, "identifiant en minuscules, chiffres et tirets"),
          label: prose,
          components: z.array(rateComponentSchema).min(1),
        }),
      )
      .min(1),
  })
  .refine((rates) => rates.presets.some((preset) => preset.id === rates.default), {
    message: "« default » doit être l'identifiant d'un des presets",
    path: ["default"],
  });

export type ContributionRates = z.infer<typeof contributionRatesSchema>;
export type ContributionPreset = ContributionRates["presets"][number];
export type RateComponent = ContributionPreset["components"][number];

/** The category of activity decides the rate: the operator confirms it on his URSSAF account. */
export function listUnconfirmedRates(rates: ContributionRates): PendingValue[] {
  return rates.defaultConfirmed
    ? []
    : [
        {
          path: ["default"],
          message: `catégorie d'activité « ${rates.default} » à confirmer sur votre compte URSSAF, puis passer defaultConfirmed à true`,
        },
      ];
}
