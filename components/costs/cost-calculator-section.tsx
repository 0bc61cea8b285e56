import type { BusinessFigures } from "@/lib/costs/business-figures";
import type { SiteData } from "@/lib/content/load-content";
import { CostCalculator } from "./cost-calculator";

/**
 * The calculator with its data from the server. Only app/couts imports this file, so the
 * calculator's JavaScript is only sent with that page.
 */
export function CostCalculatorSection({ data, figures }: { data: SiteData; figures: BusinessFigures }) {
  return (
    <CostCalculator
      usableCapacityTb={figures.usableCapacityTb}
      pricePerTbMonthCents={data.costs.pricePerTbMonthCents}
      annualCostsCents={figures.annualCostsCents}
      presets={data.rates.presets}
      defaultPresetId={data.rates.default}
    />
  );
}
