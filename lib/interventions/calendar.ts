import ical, { ICalEventStatus } from "ical-generator";
import type { SiteContent } from "../content/load-content";
import { kindLabels } from "./labels";
import { getInterventionState } from "./state";
import { computeSequence, findLastChange } from "./timeline";
import { interventionHref, pageHref } from "../web/routes";
import { absoluteUrl, site } from "../web/site";
import { describeInterventionAsText } from "./plain-text";

const hour = 60 * 60 * 1000;

/**
 * The subscribable calendar of every intervention, built with ical-generator.
 *
 * Times are written in UTC (RFC 5545 form 2, `…Z`): exact instants that every client shows in its
 * own zone. ical-generator's TZID output formats JS Dates and DTSTAMP in the server's zone,
 * which would make the file depend on the machine's TZ.
 */
export function buildInterventionCalendar(content: SiteContent, now: Date): string {
  const { siteName } = content.data.identity;
  const services = content.data.infrastructure.services;
  const calendar = ical({
    name: `${siteName} — interventions`,
    description: content.pages.interventions.frontmatter.description,
    prodId: { company: siteName, product: "interventions", language: "FR" },
    url: absoluteUrl(pageHref("interventions")),
    // Ask subscribed clients to refresh every hour.
    ttl: 3600,
    x: [{ key: "X-WR-TIMEZONE", value: site.timeZone }],
  });

  for (const entry of content.interventions) {
    const { frontmatter } = entry;
    const state = getInterventionState(frontmatter, now);
    const changed = findLastChange(frontmatter, now);
    // An incident still open has no end yet: it is shown as lasting until the next hour.
    const end = frontmatter.end ?? new Date(Math.max(frontmatter.start.getTime() + hour, Math.ceil(now.getTime() / hour) * hour));
    calendar.createEvent({
      // Stable across deployments: the slug is the file name, the host is the site's.
      id: `${entry.slug}@${site.origin.hostname}`,
      sequence: computeSequence(frontmatter),
      stamp: changed,
      lastModified: changed,
      created: frontmatter.announced ?? frontmatter.start,
      start: frontmatter.start,
      end,
      summary: `${kindLabels[frontmatter.kind]} — ${frontmatter.title}`,
      description: describeInterventionAsText(entry, services, now),
      url: absoluteUrl(interventionHref(entry.slug)),
      status: state === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      categories: [{ name: kindLabels[frontmatter.kind] }],
    });
  }
  return calendar.toString();
}
