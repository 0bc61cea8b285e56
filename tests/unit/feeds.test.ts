import fs from "node:fs";
import { parseFeed } from "@rowanmanning/feed-parser";
import ICAL from "ical.js";
import { afterAll, describe, expect, test } from "vitest";
import { loadContent, type SiteContent } from "@/lib/content/load-content";
import { buildRenderContext } from "@/lib/rendering/render-context";
import { buildInterventionCalendar } from "@/lib/interventions/calendar";
import { buildInterventionFeed, feedItemLimit } from "@/lib/interventions/feed";
import { buildStatusDocument } from "@/lib/interventions/status";
import { interventionHref } from "@/lib/web/routes";
import { absoluteUrl, site } from "@/lib/web/site";
import { copyDemoContent, fixtureSlugs, writeRelativeInterventions } from "../support/content-fixtures";

const now = new Date("2026-11-26T12:00:00+01:00");
const dir = copyDemoContent();
writeRelativeInterventions(dir, now);
const loaded = loadContent(dir);
if (!loaded.content) throw new Error(JSON.stringify(loaded.issues));
const content: SiteContent = loaded.content;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function findBySlug(slug: string) {
  const entry = content.interventions.find((candidate) => candidate.slug === slug);
  if (!entry) throw new Error(slug);
  return entry;
}

/** Runs `build` as if the server's TZ were `zone`: Node reads TZ again when it changes. */
function inZone<T>(zone: string, build: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = zone;
  try {
    return build();
  } finally {
    process.env.TZ = previous;
  }
}

describe("the iCalendar feed, read back with ical.js", () => {
  const calendar = new ICAL.Component(ICAL.parse(buildInterventionCalendar(content, now)));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  const byUid = new Map(events.map((event) => [event.uid, event]));

  test("holds every intervention once, with a UID made of its slug and the site's host", () => {
    expect(events).toHaveLength(content.interventions.length);
    for (const entry of content.interventions) expect(byUid.has(`${entry.slug}@${site.origin.hostname}`)).toBe(true);
  });

  test("keeps the same UIDs from one generation to the next", () => {
    const later = new ICAL.Component(ICAL.parse(buildInterventionCalendar(content, new Date(now.getTime() + 86_400_000))));
    expect(later.getAllSubcomponents("vevent").map((component) => component.getFirstPropertyValue("uid"))).toEqual(
      events.map((event) => event.uid),
    );
  });

  test("gives each event a DTSTAMP and exact start and end instants", () => {
    const entry = findBySlug(fixtureSlugs.dstMaintenance);
    const event = byUid.get(`${entry.slug}@${site.origin.hostname}`)!;
    expect(event.component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    expect(event.startDate.toJSDate()).toEqual(new Date("2026-03-29T00:30:00Z"));
    expect(event.endDate.toJSDate()).toEqual(new Date("2026-03-29T01:30:00Z"));
    // One real hour across the spring DST change, though the wall clock jumps two.
    expect(event.duration.toSeconds()).toBe(3600);
  });

  test("raises SEQUENCE when an entry is rescheduled, and marks a cancelled one", () => {
    const rescheduled = byUid.get(`${fixtureSlugs.rescheduledMaintenance}@${site.origin.hostname}`)!;
    const cancelled = byUid.get(`${fixtureSlugs.cancelledMaintenance}@${site.origin.hostname}`)!;
    const plain = byUid.get(`${fixtureSlugs.imminentMaintenance}@${site.origin.hostname}`)!;
    expect(rescheduled.sequence).toBe(1);
    expect(plain.sequence).toBe(0);
    expect(cancelled.sequence).toBe(1);
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(plain.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  test("shows an open incident as lasting at least until the next hour", () => {
    const incident = byUid.get(`${fixtureSlugs.ongoingIncident}@${site.origin.hostname}`)!;
    expect(incident.endDate.toJSDate().getTime()).toBeGreaterThanOrEqual(now.getTime());
  });

  test("is byte for byte the same whatever the server's time zone", () => {
    const zones = ["UTC", "America/New_York", "Pacific/Kiritimati"].map((zone) =>
      inZone(zone, () => buildInterventionCalendar(content, now)),
    );
    expect(new Set(zones).size).toBe(1);
  });
});

describe("RSS, Atom and JSON Feed, read back with independent parsers", () => {
  const feed = buildInterventionFeed(content, now);

  test("RSS 2.0 lists the entries with absolute links, newest change first", () => {
    const parsed = parseFeed(feed.rss2());
    expect(parsed.meta.type).toBe("rss");
    expect(parsed.language).toBe("fr");
    expect(parsed.items.length).toBe(Math.min(feedItemLimit, content.interventions.length));
    for (const item of parsed.items) expect(item.url).toMatch(new RegExp(`^${site.origin.origin}/interventions/`));
    const dates = parsed.items.map((item) => item.updated ?? item.published);
    expect(dates.every((date) => date instanceof Date && !Number.isNaN(date.getTime()))).toBe(true);
    const titles = parsed.items.map((item) => item.title);
    // Upcoming maintenance is in the feed as soon as it is announced.
    expect(titles).toContain("Maintenance planifiée — Remplacement d’une barrette de mémoire");
    expect(titles).toContain("Maintenance planifiée — Migration du stockage des sauvegardes (annulée)");
    expect(titles).toContain("Incident — Le réseau du serveur ne répond plus (en cours)");
  });

  test("Atom carries the same entries, with their times in Paris in the text", () => {
    const parsed = parseFeed(feed.atom1());
    expect(parsed.meta.type).toBe("atom");
    const item = parsed.items.find((candidate) => candidate.url === absoluteUrl(interventionHref(fixtureSlugs.dstMaintenance)));
    expect(item?.description).toContain("29 mars 2026 à 01\u202fh\u202f30 (heure de Paris, UTC+1)");
    expect(item?.description).toContain("29 mars 2026 à 03\u202fh\u202f30 (heure de Paris, UTC+2)");
  });

  test("JSON Feed follows version 1 of the spec", () => {
    const parsed = JSON.parse(feed.json1()) as {
      version: string;
      title: string;
      home_page_url: string;
      feed_url: string;
      items: { id: string; url: string; title: string; date_modified: string }[];
    };
    expect(parsed.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(parsed.home_page_url).toBe(absoluteUrl("/interventions"));
    expect(parsed.items.map((item) => item.id)).toContain(absoluteUrl(interventionHref(fixtureSlugs.ongoingIncident)));
    for (const item of parsed.items) expect(Number.isNaN(Date.parse(item.date_modified))).toBe(false);
  });

  test("are the same whatever the server's time zone", () => {
    const outputs = ["UTC", "America/New_York", "Pacific/Kiritimati"].map((zone) =>
      inZone(zone, () => {
        const built = buildInterventionFeed(content, now);
        return built.rss2() + built.atom1() + built.json1();
      }),
    );
    expect(new Set(outputs).size).toBe(1);
  });
});

describe("status.json", () => {
  const status = buildStatusDocument(buildRenderContext(now, content));

  test("reports the ongoing incident as an outage, and the next planned intervention that is not cancelled", () => {
    expect(status.status).toBe("outage");
    expect(status.ongoing.map((entry) => entry.id)).toEqual([fixtureSlugs.ongoingIncident]);
    expect(status.nextPlanned?.id).toBe(fixtureSlugs.imminentMaintenance);
  });

  test("gives availability for the last 30, 90 and 365 days and the current month, with the open incident counted until now", () => {
    expect(status.availability.periods.map((period) => period.id)).toEqual(["30-jours", "90-jours", "365-jours", "2026-11"]);
    const month = status.availability.periods.at(-1)!;
    expect(month.downtimeMinutes).toBe(90);
    expect(month.targets).toEqual([0.999]);
  });
});
