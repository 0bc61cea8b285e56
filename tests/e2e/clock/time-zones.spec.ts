import { expect, test } from "@playwright/test";
import { clockPort, fixtureContentDir } from "../../../playwright.config";
import { fixtureSlugs } from "../../support/content-fixtures";
import { startStandaloneServer, stopServer, type TestServer } from "../../support/standalone-server";

/**
 * The same build and content served from machines in three zones must produce the same dates:
 * the clock project's server runs in Pacific/Kiritimati (UTC+14); two more are started here.
 */
const extraServers = [
  { zone: "UTC", port: 3102 },
  { zone: "America/New_York", port: 3103 },
];
const ports = [clockPort, ...extraServers.map((server) => server.port)];
let started: TestServer[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  started = await Promise.all(
    extraServers.map(({ zone, port }) => startStandaloneServer(port, { TZ: zone, CONTENT_DIR: fixtureContentDir })),
  );
});

test.afterAll(() => started.forEach(stopServer));

async function fetchFromEveryZone(path: string): Promise<string[]> {
  return Promise.all(ports.map(async (port) => (await fetch(`http://127.0.0.1:${port}${path}`)).text()));
}

/** Every <time> of a page, with its datetime and its text: what a TZ bug would change. */
function listTimes(html: string): string[] {
  return [...html.matchAll(/<time dateTime="([^"]+)"[^>]*>([\s\S]*?)<\/time>/g)].map(
    (match) => `${match[1]} ${match[2]?.replace(/<!-- -->/g, "")}`,
  );
}

function extractMain(html: string): string {
  return /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
}

test("the log's dates are identical when served from UTC, New York and Kiritimati", async () => {
  const pages = await fetchFromEveryZone("/interventions");
  const times = pages.map(listTimes);
  expect(times[0]!.length).toBeGreaterThan(10);
  expect(times[1]).toEqual(times[0]);
  expect(times[2]).toEqual(times[0]);
});

test("an entry's page is identical from the three zones, and in Paris time", async () => {
  for (const slug of [fixtureSlugs.dstMaintenance, fixtureSlugs.rescheduledMaintenance, fixtureSlugs.ongoingIncident]) {
    const mains = (await fetchFromEveryZone(`/interventions/${slug}`)).map(extractMain);
    expect(mains[0]).toContain("heure de Paris");
    expect(mains[1]).toBe(mains[0]);
    expect(mains[2]).toBe(mains[0]);
  }
});

test("the calendar is identical from the three zones", async () => {
  const calendars = await fetchFromEveryZone("/interventions/calendrier.ics");
  expect(calendars[0]).toContain("BEGIN:VCALENDAR");
  expect(calendars[1]).toBe(calendars[0]);
  expect(calendars[2]).toBe(calendars[0]);
});
