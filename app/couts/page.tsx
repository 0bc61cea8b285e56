import { CostCalculatorSection } from "@/components/costs/cost-calculator-section";
import { ContentPage } from "@/components/site/content-page";
import { StructuredData } from "@/components/site/structured-data";
import { getRenderContext } from "@/lib/rendering/render-context";
import { buildPageMetadata } from "@/lib/web/metadata";
import { buildHostingService, buildOrganization } from "@/lib/web/structured-data";

export const generateMetadata = () => buildPageMetadata("couts");

export default async function CostsPage() {
  const { content, figures } = await getRenderContext();
  return (
    <ContentPage id="couts" slots={{ costCalculator: <CostCalculatorSection data={content.data} figures={figures} /> }}>
      <StructuredData nodes={[buildOrganization(content.data), buildHostingService(content.data, figures)]} />
    </ContentPage>
  );
}
