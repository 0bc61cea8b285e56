import { ContentPage } from "@/components/content-page";
import { InterventionList } from "@/components/intervention-list";
import { StructuredData } from "@/components/structured-data";
import { buildRenderContext } from "@/lib/content/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { buildPageMetadata } from "@/lib/metadata";
import { groupInterventions } from "@/lib/intervention-state";
import { getRequestTime } from "@/lib/request-time";
import { buildInterventionEvent, buildOrganization } from "@/lib/structured-data";

export function generateMetadata() {
  const content = getSiteContent();
  return buildPageMetadata("interventions", content.pages.interventions.frontmatter, content.data.identity.siteName);
}

export default async function InterventionsPage() {
  const context = buildRenderContext(await getRequestTime());
  const { ongoing, upcoming } = groupInterventions(context.content.interventions, context.now);
  return (
    <ContentPage id="interventions">
      <InterventionList context={context} />
      <StructuredData
        nodes={[
          buildOrganization(context.content.data),
          ...[...ongoing, ...upcoming].map((entry) => buildInterventionEvent(entry, context.now)),
        ]}
      />
    </ContentPage>
  );
}
