import { execSync } from "node:child_process";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Debian's Chromium: Playwright cannot download its own browser on this network.
function findChromium(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execSync("command -v chromium || command -v chromium-browser", { shell: "/bin/sh" }).toString().trim();
  } catch {
    throw new Error("Chromium introuvable : installez le paquet Debian « chromium » ou définissez CHROME_PATH.");
  }
}

/** Serves the demo content: the real pages with the demo log and fictitious filled-in data. */
const port = 3100;
/** Serves the real content/, as the operator will publish it: empty log, placeholders. */
export const realContentPort = 3105;
export const demoContentDir = path.resolve(".e2e/demo-content");
/** Serves content/ plus interventions dated relative to now, in a zone far from Paris. */
export const clockPort = 3101;
// Absolute: the standalone server changes its working directory to .next/standalone.
export const fixtureContentDir = path.resolve(".e2e/content");
/** Where the shared server stores the requests its tests send (issue 10). */
export const requestDataDir = path.resolve(".e2e/demandes");

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "site",
      testIgnore: ["clock/**", "real/**"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium() } },
    },
    {
      name: "real",
      testDir: "tests/e2e/real",
      use: {
        ...devices["Desktop Chrome"],
        baseURL: `http://127.0.0.1:${realContentPort}`,
        launchOptions: { executablePath: findChromium() },
      },
    },
    {
      name: "clock",
      testDir: "tests/e2e/clock",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${clockPort}`, launchOptions: { executablePath: findChromium() } },
    },
  ],
  // Both run the production build: `npm run build` comes first in `npm test`.
  webServer: [
    {
      // The standalone server is what deploy/ installs; `npm run build` prepares it.
      command: `npx tsx tests/e2e/write-demo-content.ts ${demoContentDir} && node .next/standalone/server.js`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        HOSTNAME: "127.0.0.1",
        PORT: String(port),
        CONTENT_DIR: demoContentDir,
        // Request form: browser tests fill it in milliseconds and share one address; the speed and
        // rate checks are tested on their own server (tests/e2e/request-bad-input.spec.ts).
        DATA_DIR: requestDataDir,
        CONTACT_MIN_FILL_SECONDS: "0",
        CONTACT_RATE_LIMIT: "100000",
      },
    },
    {
      command: `node .next/standalone/server.js`,
      url: `http://127.0.0.1:${realContentPort}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(realContentPort), DATA_DIR: `${requestDataDir}-reel` },
    },
    {
      command: `npx tsx tests/e2e/clock/write-fixture-content.ts ${fixtureContentDir} && node .next/standalone/server.js`,
      url: `http://127.0.0.1:${clockPort}/`,
      // Never reused: a server left running would hold fixtures dated from an earlier run.
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        HOSTNAME: "127.0.0.1",
        PORT: String(clockPort),
        CONTENT_DIR: fixtureContentDir,
        TZ: "Pacific/Kiritimati",
      },
    },
  ],
});
