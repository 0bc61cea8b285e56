import { execSync } from "node:child_process";
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

const port = 3100;

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
      name: "chromium",
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath: findChromium() } },
    },
  ],
  webServer: {
    // Runs the production build: `npm run build` comes first in `npm test`.
    command: `npx next start -H 127.0.0.1 -p ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
