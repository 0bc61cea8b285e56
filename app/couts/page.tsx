import { ContentPage } from "@/components/content-page";
import { CostCalculatorSection } from "@/components/cost-calculator-section";
import { StructuredData } from "@/components/structured-data";
import { computeBusinessFigures } from "@/lib/business-figures";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";
import { buildHostingService, buildOrganization } from "@/lib/structured-data";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("couts", content.pages.couts.frontmatter, content.data.identity.siteName);
}

export default function CostsPage() {
  const { data } = getSiteContent();
  const figures = computeBusinessFigures(data.infrastructure, data.costs, data.rates);
  return (
    <ContentPage id="couts" slots={{ costCalculator: <CostCalculatorSection data={data} figures={figures} /> }}>
      <StructuredData nodes={[buildOrganization(data), buildHostingService(data, figures)]} />
    </ContentPage>
  );
}
