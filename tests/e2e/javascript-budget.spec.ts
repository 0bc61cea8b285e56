import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * What JavaScript each route ships, read from the builds' own reports
 * (.next/diagnostics/route-bundle-stats.json), against the framework's floor: the same Next.js
 * building an empty page (tests/fixtures/empty-app).
 */
interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const root = process.cwd();
const emptyApp = path.join(root, "tests", "fixtures", "empty-app");
/** Turbopack's runtime chunk lists the app's chunks: a larger app has a slightly larger one. */
const runtimeBookkeepingBytes = 2 * 1024;

function readStats(dir: string): RouteStats[] {
  return JSON.parse(fs.readFileSync(path.join(dir, ".next", "diagnostics", "route-bundle-stats.json"), "utf8")) as RouteStats[];
}

const gzipBytes = (dir: string, chunks: readonly string[]) =>
  chunks.reduce((total, chunk) => total + gzipSync(fs.readFileSync(path.join(dir, chunk)), { level: 9 }).length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe.configure({ mode: "serial" });

let floor: RouteStats;
const site = readStats(root);
const byRoute = new Map(site.map((entry) => [entry.route, entry]));

test.beforeAll(() => {
  test.setTimeout(180_000);
  execFileSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build", emptyApp], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
  });
  floor = readStats(emptyApp).find((entry) => entry.route === "/")!;
});

test("every content page ships the framework's floor and nothing of its own", () => {
  // The calculator (/couts) and the request form (/contact) have budgets of their own, below.
  for (const entry of site.filter((candidate) => candidate.route !== "/couts" && candidate.route !== "/contact")) {
    const beyond = entry.firstLoadUncompressedJsBytes - floor.firstLoadUncompressedJsBytes;
    expect(beyond, `${entry.route}: ${beyond} octets au-delà du plancher`).toBeLessThanOrEqual(runtimeBookkeepingBytes);
    // Since the request form, Turbopack cuts the framework's largest chunk in two (the form's route
    // shares one part): one file more, the same bytes, checked just above.
    expect(entry.firstLoadChunkPaths.length, entry.route).toBeLessThanOrEqual(floor.firstLoadChunkPaths.length + 1);
  }
  test.info().annotations.push({
    type: "mesure",
    description: `plancher (page vide) : ${floor.firstLoadUncompressedJsBytes} octets, ${kb(gzipBytes(emptyApp, floor.firstLoadChunkPaths))} gzip ; page de contenu : ${byRoute.get("/infrastructure")!.firstLoadUncompressedJsBytes} octets`,
  });
});

test("the calculator is the only page-specific JavaScript, under 20 KB gzip", () => {
  const base = new Set(byRoute.get("/infrastructure")!.firstLoadChunkPaths);
  const extra = byRoute.get("/couts")!.firstLoadChunkPaths.filter((chunk) => !base.has(chunk));
  const extraGzip = gzipBytes(root, extra);
  test.info().annotations.push({ type: "mesure", description: `calculateur : +${kb(extraGzip)} gzip (${extra.length} fichier)` });
  expect(extra.length).toBe(1);
  expect(extraGzip).toBeLessThan(20 * 1024);
});

test("the request form is the only other page-specific JavaScript, under 20 KB gzip", () => {
  const base = new Set(byRoute.get("/infrastructure")!.firstLoadChunkPaths);
  const extra = byRoute.get("/contact")!.firstLoadChunkPaths.filter((chunk) => !base.has(chunk));
  const extraGzip = gzipBytes(root, extra);
  test
    .info()
    .annotations.push({ type: "mesure", description: `formulaire de demande : +${kb(extraGzip)} gzip (${extra.length} fichier(s))` });
  expect(extra.length).toBeGreaterThan(0);
  expect(extraGzip).toBeLessThan(20 * 1024);
});
