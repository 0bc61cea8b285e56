/**
 * npm run bench:interventions — the interventions log at scale.
 *
 * Generates 1 000 interventions on top of the real content, then measures:
 * - `next build` time, with the real content and with the 1 000 entries (the build validates
 *   every file; pages are rendered at request time, so they are not prerendered);
 * - the HTML size of /interventions, of every yearly archive and of an entry, and of each feed;
 * - the cost of request-time rendering: latency and throughput of a page computed per request.
 * Fails if any HTML page is 100 KB or more.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { copyDemoContent } from "../support/content-fixtures";
import { generateInterventions } from "./generate-interventions";

const root = process.cwd();
const contentDir = path.join(root, ".bench", "content-1000");
const port = 3200;
const base = `http://127.0.0.1:${port}`;
const htmlLimitBytes = 100 * 1024;

function timeBuild(env: Record<string, string>): number {
  const started = performance.now();
  execFileSync("npm", ["run", "build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "ignore" });
  return (performance.now() - started) / 1000;
}

async function waitUntilUp(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${base}/icon.svg`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("le serveur n'a pas démarré");
}

async function measureSize(pathname: string) {
  const started = performance.now();
  const response = await fetch(base + pathname);
  const body = Buffer.from(await response.arrayBuffer());
  return { pathname, status: response.status, bytes: body.length, gzipBytes: gzipSync(body).length, ms: performance.now() - started, body };
}

async function measureLatency(pathname: string, requests: number, concurrency: number) {
  const durations: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const begin = performance.now();
        const response = await fetch(base + pathname);
        await response.arrayBuffer();
        durations.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const at = (quantile: number) => durations[Math.min(durations.length - 1, Math.floor(quantile * durations.length))]!;
  return { pathname, requests, concurrency, perSecond: requests / seconds, p50: at(0.5), p99: at(0.99) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<void> {
  console.log("Génération de 1 000 interventions…");
  copyDemoContent(contentDir);
  generateInterventions(contentDir, 1000, new Date("2007-01-01T00:00:00Z"), new Date("2026-11-01T00:00:00Z"));
  const files = fs.readdirSync(path.join(contentDir, "interventions")).length;

  console.log("next build (contenu réel)…");
  const buildReal = timeBuild({});
  console.log(`next build (${files} interventions)…`);
  const buildLarge = timeBuild({ CONTENT_DIR: contentDir });

  // The standalone server, as deployed; it reads the content at start-up.
  const server = spawn(process.execPath, [path.join(root, ".next", "standalone", "server.js")], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(port) },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitUntilUp();
    const firstRequest = await measureSize("/interventions");
    const list = await measureSize("/interventions");
    const years = [...list.body.toString().matchAll(/href="(\/interventions\/annee\/\d{4})"/g)].map((match) => match[1]!);
    const yearPages = await Promise.all([...new Set(years)].map(measureSize));
    const entry = [...list.body.toString().matchAll(/href="(\/interventions\/\d{4}-[^"]+)"/g)][0]?.[1];
    const pages = [list, ...yearPages, ...(entry ? [await measureSize(entry)] : []), await measureSize("/")];
    const feeds = await Promise.all(
      [
        "/interventions/rss.xml",
        "/interventions/atom.xml",
        "/interventions/feed.json",
        "/interventions/calendrier.ics",
        "/status.json",
      ].map(measureSize),
    );

    for (const path of ["/", "/interventions"]) await measureLatency(path, 20, 2);
    const latencies = [
      await measureLatency("/icon.svg", 400, 8),
      await measureLatency("/", 200, 8),
      await measureLatency("/interventions", 200, 8),
      await measureLatency(yearPages.sort((a, b) => b.bytes - a.bytes)[0]!.pathname, 200, 8),
      await measureLatency("/status.json", 200, 8),
    ];
    const rssKb = Number(
      execFileSync("ps", ["-o", "rss=", "-p", String(server.pid)])
        .toString()
        .trim() || 0,
    );

    const largestYear = yearPages.reduce((largest, page) => (page.bytes > largest.bytes ? page : largest));
    const report = [
      `## Journal de ${files} interventions (${new Date().toISOString().slice(0, 10)}, ${process.version}, charge ${(await import("node:os")).loadavg()[0]!.toFixed(2)})`,
      "",
      "| Mesure | Valeur |",
      "|---|---|",
      `| next build, contenu réel | ${buildReal.toFixed(1)} s |`,
      `| next build, ${files} interventions | ${buildLarge.toFixed(1)} s |`,
      `| premier /interventions après démarrage (contenu lu au démarrage) | ${ms(firstRequest.ms)} |`,
      `| années d'archives | ${yearPages.length} pages |`,
      ...pages.map((page) => `| HTML ${page.pathname} | ${kb(page.bytes)} (${kb(page.gzipBytes)} gzip) |`),
      `| plus grande page d'archives | ${largestYear.pathname}, ${kb(largestYear.bytes)} |`,
      ...feeds.map((feed) => `| ${feed.pathname} | ${kb(feed.bytes)} (${kb(feed.gzipBytes)} gzip) |`),
      "",
      "Coût du rendu à la requête (serveur autonome seul, 8 requêtes simultanées, depuis Node sur la boucle locale) :",
      "",
      "| Chemin | req/s | p50 | p99 |",
      "|---|---|---|---|",
      ...latencies.map((latency) => `| ${latency.pathname} | ${latency.perSecond.toFixed(0)} | ${ms(latency.p50)} | ${ms(latency.p99)} |`),
      "",
      `Mémoire du serveur après les mesures : ${(rssKb / 1024).toFixed(0)} Mo RSS.`,
    ].join("\n");
    console.log(`\n${report}\n`);
    fs.mkdirSync(path.join(root, ".bench"), { recursive: true });
    fs.writeFileSync(path.join(root, ".bench", "interventions.md"), `${report}\n`);

    const tooLarge = pages.filter((page) => page.bytes >= htmlLimitBytes || page.status !== 200);
    if (tooLarge.length > 0) {
      console.error(
        `Pages trop lourdes ou en erreur : ${tooLarge.map((page) => `${page.pathname} ${page.status} ${kb(page.bytes)}`).join(", ")}`,
      );
      process.exitCode = 1;
    }
  } finally {
    // The build does not depend on CONTENT_DIR (content is read at run time), so .next stays usable.
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
