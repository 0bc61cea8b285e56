import { ContentPage } from "@/components/content-page";
import { InterventionList } from "@/components/intervention-list";
import { buildRenderContext } from "@/lib/content/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";
import { getRequestTime } from "@/lib/request-time";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("interventions", content.pages.interventions.frontmatter, content.data.identity.siteName);
}

export default async function InterventionsPage() {
  const context = buildRenderContext(await getRequestTime());
  return (
    <ContentPage id="interventions">
      <InterventionList context={context} />
    </ContentPage>
  );
}
