import type { SiteContent } from "../content/load-content";
import { groupByParisYear } from "../interventions/state";
import { isPageId, type PageId } from "./routes";

/**
 * What each shared picture says, by key: a page id, `intervention-<slug>` or `annee-<year>`.
 * The same keys build the og:image URLs in lib/web/metadata.ts.
 */
export function describeShareImage(key: string, content: SiteContent): { title: string; subtitle: string } | undefined {
  if (isPageId(key)) {
    const { title, description } = content.pages[key as PageId].frontmatter;
    return { title, subtitle: shorten(description) };
  }
  const slug = /^intervention-(.+)$/.exec(key)?.[1];
  const intervention = content.interventions.find((entry) => entry.slug === slug);
  if (intervention) return { title: intervention.frontmatter.title, subtitle: shorten(intervention.frontmatter.summary) };
  const year = /^annee-(\d{4})$/.exec(key)?.[1];
  if (year && groupByParisYear(content.interventions).some((group) => String(group.year) === year)) {
    return {
      title: `Interventions de ${year}`,
      subtitle: "Le journal public des interventions sur l’infrastructure, et la disponibilité mois par mois.",
    };
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length <= 150 ? text : `${text.slice(0, 147).replace(/\s+\S*$/, "")}…`;
}
