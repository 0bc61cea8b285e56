import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { clockPort, fixtureContentDir } from "../../../playwright.config";
import { fixtureSlugs } from "../../support/content-fixtures";

/**
 * The same build and content served from machines in three zones must produce the same dates:
 * the clock project's server runs in Pacific/Kiritimati (UTC+14); two more are started here.
 */
const servers: { zone: string; port: number; process?: ChildProcess }[] = [
  { zone: "Pacific/Kiritimati", port: clockPort },
  { zone: "UTC", port: 3102 },
  { zone: "America/New_York", port: 3103 },
];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  for (const server of servers.slice(1)) {
    // A server left over from an earlier run would serve fixtures dated from that run.
    if (await isUp(server.port)) throw new Error(`le port ${server.port} est déjà occupé : arrêtez ce serveur`);
    server.process = spawn(process.execPath, [".next/standalone/server.js"], {
      env: {
        ...process.env,
        TZ: server.zone,
        CONTENT_DIR: fixtureContentDir,
        NEXT_TELEMETRY_DISABLED: "1",
        HOSTNAME: "127.0.0.1",
        PORT: String(server.port),
      },
      stdio: "ignore",
      detached: true,
    });
  }
  for (const server of servers) await waitUntilUp(server.port);
});

test.afterAll(() => {
  // The whole process group, in case the server forks.
  for (const server of servers) if (server.process?.pid) process.kill(-server.process.pid);
});

async function isUp(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilUp(port: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await isUp(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`le serveur du port ${port} n'a pas démarré`);
}

async function fetchFromEveryZone(path: string): Promise<string[]> {
  return Promise.all(servers.map(async ({ port }) => (await fetch(`http://127.0.0.1:${port}${path}`)).text()));
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
