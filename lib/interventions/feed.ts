import { Feed } from "feed";
import type { SiteContent } from "../content/load-content";
import { kindLabels } from "./labels";
import { findLastChange } from "./timeline";
import { feedPaths, interventionHref, pageHref } from "../web/routes";
import { absoluteUrl, site } from "../web/site";
import { describeInterventionAsText, describeInterventionTitle } from "./plain-text";

/** Newest items kept in RSS, Atom and JSON Feed; the calendar and the site keep everything. */
export const feedItemLimit = 50;

/**
 * One Feed object for the three formats, built with the `feed` package (escaping, dates in
 * RFC 822 / RFC 3339 are its job, not ours). Items are ordered by their last change, so that an
 * announcement, a reschedule or an update shows up as new in readers.
 */
export function buildInterventionFeed(content: SiteContent, now: Date): Feed {
  const { siteName } = content.data.identity;
  const services = content.data.infrastructure.services;
  const items = content.interventions
    .map((entry) => ({ entry, changed: findLastChange(entry.frontmatter, now) }))
    .sort((a, b) => b.changed.getTime() - a.changed.getTime())
    .slice(0, feedItemLimit);

  const feed = new Feed({
    title: `${siteName} — interventions sur l’infrastructure`,
    description: content.pages.interventions.frontmatter.description,
    id: absoluteUrl(pageHref("interventions")),
    link: absoluteUrl(pageHref("interventions")),
    language: site.language,
    updated: items[0]?.changed ?? now,
    generator: false,
    copyright: siteName,
    feedLinks: { rss: absoluteUrl(feedPaths.rss), atom: absoluteUrl(feedPaths.atom), json: absoluteUrl(feedPaths.json) },
    author: { name: siteName, link: absoluteUrl(pageHref("presentation")) },
  });

  for (const { entry, changed } of items) {
    const url = absoluteUrl(interventionHref(entry.slug));
    feed.addItem({
      title: describeInterventionTitle(entry, now),
      id: url,
      link: url,
      date: changed,
      published: entry.frontmatter.announced ?? entry.frontmatter.start,
      description: describeInterventionAsText(entry, services, now),
      category: [{ name: kindLabels[entry.frontmatter.kind] }],
    });
  }
  return feed;
}
