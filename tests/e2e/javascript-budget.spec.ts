import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

/**
 * What JavaScript each route ships, read from the build's own report
 * (.next/diagnostics/route-bundle-stats.json) and gzipped as nginx would send it.
 */
interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const stats = JSON.parse(fs.readFileSync(path.join(process.cwd(), ".next/diagnostics/route-bundle-stats.json"), "utf8")) as RouteStats[];
const byRoute = new Map(stats.map((entry) => [entry.route, entry]));
const gzipBytes = (chunks: readonly string[]) => chunks.reduce((total, chunk) => total + gzipSync(fs.readFileSync(path.join(process.cwd(), chunk)), { level: 9 }).length, 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function chunksOf(route: string): string[] {
  const entry = byRoute.get(route);
  if (!entry) throw new Error(`route ${route} absente de route-bundle-stats.json`);
  return entry.firstLoadChunkPaths;
}

test("the calculator is the only page-specific JavaScript: every other page ships the same chunks", () => {
  const reference = [...chunksOf("/infrastructure")].sort();
  for (const { route } of stats.filter((entry) => entry.route !== "/couts")) {
    expect([...chunksOf(route)].sort(), route).toEqual(reference);
  }
});

test("the calculator adds less than 20 KB of gzipped JavaScript to /couts", () => {
  const base = new Set(chunksOf("/infrastructure"));
  const extra = chunksOf("/couts").filter((chunk) => !base.has(chunk));
  const extraGzip = gzipBytes(extra);
  test.info().annotations.push({ type: "mesure", description: `calculateur : +${kb(extraGzip)} gzip (${extra.length} fichier), page sans composant client : ${kb(gzipBytes([...base]))} gzip` });
  expect(extra.length).toBeGreaterThan(0);
  expect(extraGzip).toBeLessThan(20 * 1024);
});
