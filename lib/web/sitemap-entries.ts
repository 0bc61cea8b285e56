import type { MetadataRoute } from "next";
import { listUpcomingCgu } from "../cgu/versions";
import { getSiteContent } from "../content/site-content";
import { startOfParisDay } from "../format/paris-calendar";
import { groupByParisYear } from "../interventions/state";
import { findLastChange } from "../interventions/timeline";
import { cguHistoryHref, cguVersionHref, interventionHref, interventionYearHref, pageHref, pageIds } from "./routes";
import { absoluteUrl } from "./site";

/**
 * Every page and intervention, with lastmod from the content: a page's `updated` date, the
 * newest CGU version in force, an intervention's last announced change.
 */
export function listSitemapEntries(now: Date): MetadataRoute.Sitemap {
  const content = getSiteContent();
  const lastChanges = new Map(content.interventions.map((entry) => [entry.slug, findLastChange(entry.frontmatter, now)]));
  const latest = (dates: Date[]) => new Date(Math.max(...dates.map((date) => date.getTime())));

  const upcomingCgu = new Set(listUpcomingCgu(content.cguVersions, now));
  const cguInForce = content.cguVersions
    .filter((version) => !upcomingCgu.has(version))
    .map((version) => startOfParisDay(version.frontmatter.effective));

  const pages = pageIds.map((id) => {
    const updated = startOfParisDay(content.pages[id].frontmatter.updated);
    const extra = id === "cgu" ? cguInForce : id === "interventions" ? [...lastChanges.values()] : [];
    return { url: absoluteUrl(pageHref(id)), lastModified: latest([updated, ...extra]) };
  });
  const interventions = content.interventions.map((entry) => ({
    url: absoluteUrl(interventionHref(entry.slug)),
    lastModified: lastChanges.get(entry.slug)!,
  }));
  const years = groupByParisYear(content.interventions).map(({ year, entries }) => ({
    url: absoluteUrl(interventionYearHref(year)),
    lastModified: latest(entries.map((entry) => lastChanges.get(entry.slug)!)),
  }));
  const cguVersions = content.cguVersions.map((version) => ({
    url: absoluteUrl(cguVersionHref(version.frontmatter.effective)),
    // An upcoming version is already published: it cannot have changed after now.
    lastModified: new Date(Math.min(startOfParisDay(version.frontmatter.effective).getTime(), now.getTime())),
  }));
  const cguHistory = { url: absoluteUrl(cguHistoryHref()), lastModified: latest(cguVersions.map((version) => version.lastModified)) };
  return [...pages, cguHistory, ...cguVersions, ...interventions, ...years];
}
