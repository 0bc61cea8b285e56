import { ContentPage } from "@/components/site/content-page";
import { InterventionList } from "@/components/interventions/intervention-list";
import { StructuredData } from "@/components/site/structured-data";
import { getRenderContext } from "@/lib/rendering/render-context";
import { buildPageMetadata } from "@/lib/web/metadata";
import { groupInterventions } from "@/lib/interventions/state";
import { buildInterventionEvent, buildOrganization } from "@/lib/web/structured-data";

export const generateMetadata = () => buildPageMetadata("interventions");

export default async function InterventionsPage() {
  const context = await getRenderContext();
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
