import { notFound } from "next/navigation";
import { AvailabilityNote } from "@/components/interventions/availability-note";
import { AvailabilityTable } from "@/components/interventions/availability-table";
import { InterventionRows } from "@/components/interventions/intervention-rows";
import { PageFrame } from "@/components/site/page-frame";
import { StructuredData } from "@/components/site/structured-data";
import { buildMonthlyPeriods } from "@/lib/interventions/availability-periods";
import { getRenderContext } from "@/lib/rendering/render-context";
import { getSiteContent } from "@/lib/content/site-content";
import { groupByParisYear } from "@/lib/interventions/state";
import { buildMetadata } from "@/lib/web/metadata";
import { interventionYearHref, pageHref } from "@/lib/web/routes";
import { buildBreadcrumbs } from "@/lib/web/structured-data";

interface Props {
  params: Promise<{ year: string }>;
}

function findYear(raw: string) {
  if (!/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  const entries = groupByParisYear(getSiteContent().interventions).find((group) => group.year === year)?.entries;
  return entries ? { year, entries } : undefined;
}

export async function generateMetadata({ params }: Props) {
  const found = findYear((await params).year);
  if (!found) notFound();
  return buildMetadata({
    path: interventionYearHref(found.year),
    title: `Interventions de ${found.year}`,
    description: `Toutes les interventions de ${found.year} sur l’infrastructure d’hébergement, et la disponibilité mesurée mois par mois.`,
    siteName: getSiteContent().data.identity.siteName,
    shareImageKey: `annee-${found.year}`,
  });
}

export default async function InterventionYearPage({ params }: Props) {
  const found = findYear((await params).year);
  if (!found) notFound();
  const context = await getRenderContext();
  const months = context.availability ? buildMonthlyPeriods(context.availability, context.now, { year: found.year }) : [];
  return (
    <PageFrame
      current="interventions"
      siteName={context.content.data.identity.siteName}
      title={`Interventions de ${found.year}`}
      parent={{ href: pageHref("interventions"), title: context.pageTitles.interventions }}
    >
      <p>
        {found.entries.length} intervention{found.entries.length > 1 ? "s" : ""} en {found.year}, de la plus récente à la plus ancienne. Les
        dates sont données en heure de Paris.
      </p>
      <InterventionRows entries={found.entries} now={context.now} />
      {months.length > 0 ? (
        <>
          <h2>Disponibilité en {found.year}</h2>
          <AvailabilityNote />
          <AvailabilityTable periods={months} caption={`Par mois, en ${found.year} (heure de Paris)`} />
        </>
      ) : null}
      <StructuredData
        nodes={[
          buildBreadcrumbs([
            { name: context.pageTitles.presentation, path: pageHref("presentation") },
            { name: context.pageTitles.interventions, path: pageHref("interventions") },
            { name: `Interventions de ${found.year}`, path: interventionYearHref(found.year) },
          ]),
        ]}
      />
    </PageFrame>
  );
}
