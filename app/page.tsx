import { ContentPage } from "@/components/site/content-page";
import { StructuredData } from "@/components/site/structured-data";
import { getRenderContext } from "@/lib/rendering/render-context";
import { buildPageMetadata } from "@/lib/web/metadata";
import { buildHostingService, buildOrganization } from "@/lib/web/structured-data";

export const generateMetadata = () => buildPageMetadata("presentation");

export default async function PresentationPage() {
  const { content, figures } = await getRenderContext();
  return (
    <ContentPage id="presentation">
      <StructuredData nodes={[buildOrganization(content.data), buildHostingService(content.data, figures)]} />
    </ContentPage>
  );
}
