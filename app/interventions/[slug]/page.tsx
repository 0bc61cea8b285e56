import { notFound } from "next/navigation";
import { InterventionSummary } from "@/components/interventions/intervention-summary";
import { InterventionTimeline } from "@/components/interventions/intervention-timeline";
import { MdxContent } from "@/components/mdx/mdx-content";
import { PageFrame } from "@/components/site/page-frame";
import { StructuredData } from "@/components/site/structured-data";
import { getRenderContext } from "@/lib/rendering/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { getInterventionState } from "@/lib/interventions/state";
import { buildMetadata } from "@/lib/web/metadata";
import { interventionHref, pageHref } from "@/lib/web/routes";
import { buildBreadcrumbs, buildInterventionEvent, buildOrganization } from "@/lib/web/structured-data";

interface Props {
  params: Promise<{ slug: string }>;
}

function findIntervention(slug: string) {
  return getSiteContent().interventions.find((entry) => entry.slug === slug);
}

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  const entry = findIntervention(slug);
  if (!entry) notFound();
  return buildMetadata({
    path: interventionHref(slug),
    title: entry.frontmatter.title,
    description: entry.frontmatter.summary,
    siteName: getSiteContent().data.identity.siteName,
    shareImageKey: `intervention-${slug}`,
    type: "article",
  });
}

export default async function InterventionPage({ params }: Props) {
  const { slug } = await params;
  const entry = findIntervention(slug);
  if (!entry) notFound();
  const context = await getRenderContext();
  const state = getInterventionState(entry.frontmatter, context.now);
  return (
    <PageFrame
      current="interventions"
      siteName={context.content.data.identity.siteName}
      title={entry.frontmatter.title}
      parent={{ href: pageHref("interventions"), title: context.pageTitles.interventions }}
    >
      <InterventionSummary
        entry={entry}
        state={state}
        services={context.content.data.infrastructure.services}
        now={context.now}
        linkTitle={false}
      />
      <h2>Chronologie</h2>
      <InterventionTimeline frontmatter={entry.frontmatter} now={context.now} />
      <h2>Détails</h2>
      <MdxContent document={entry} context={context} />
      <p>
        <a href={pageHref("interventions")}>← Toutes les interventions</a>
      </p>
      <StructuredData
        nodes={[
          buildOrganization(context.content.data),
          buildInterventionEvent(entry, context.now),
          buildBreadcrumbs([
            { name: context.pageTitles.presentation, path: pageHref("presentation") },
            { name: context.pageTitles.interventions, path: pageHref("interventions") },
            { name: entry.frontmatter.title, path: interventionHref(entry.slug) },
          ]),
        ]}
      />
    </PageFrame>
  );
}
