/**
 * npm run bench:production — the production set-up of deploy/nginx/, measured.
 *
 * 1. Installs nginx, wrk and openssl with apt-get when they are missing; builds (`npm run build`)
 *    unless `--no-build` is given.
 * 2. `nginx -t` on the whole shipped site, TLS included (self-signed certificate).
 * 3. Starts the standalone server and a private nginx (everything under .bench/production/)
 *    running the whole site on loopback stand-ins for 80 and 443, the shipped set-up on plain
 *    HTTP (deploy/nginx's includes: micro-cache, gzip, static assets from disk) and the same
 *    HTML as a static file.
 * 4. Checks the shipped set-up's behaviour: redirect, TLS, unknown names refused, cache,
 *    compression, the application's headers passed through once.
 * 5. wrk on `/` against Next.js alone, the shipped set-up and the static file. Fails when the
 *    shipped set-up serves less than 80 % of the static file's requests per second.
 * 6. Lighthouse, mobile and desktop, on every HTML page through the shipped set-up (skipped with
 *    `--no-lighthouse`), with every missed target and the audits behind it.
 * 7. Writes the report to .bench/production.md and stdout.
 *
 * Ports, all on 127.0.0.1: 3301 (Next.js), 8301 (shipped set-up), 8302 (static), 8380 and 8343
 * (the site's 80 and 443). Every process it starts is stopped, on failure too.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pages } from "../../lib/web/routes";
import { checkShippedSetup, checkSiteServers, rawGet, type Check } from "./production/http";
import { runLighthouse, type FormFactor, type LighthouseRun } from "./production/lighthouse";
import { nginxArguments, proxyAccessLog, testSiteConfig, writeBenchConfig, type NginxLayout } from "./production/nginx";
import { renderReport, throughputRatios, type ThroughputSection } from "./production/report";
import {
  assertPortFree,
  commandExists,
  ensureDebianPackages,
  log,
  startProcess,
  stopAllProcesses,
  stopChildrenOnExit,
  waitForHttp,
} from "./production/system";
import { measureWithWrk, wrkCommandLine } from "./production/wrk";

const root = process.cwd();
const benchDir = path.join(root, ".bench", "production");
const reportFile = path.join(root, ".bench", "production.md");
const appDir = path.join(root, ".next", "standalone");

const ports = { app: 3301, proxy: 8301, static: 8302, testHttp: 8380, testHttps: 8343 };
const nextOrigin = `http://127.0.0.1:${ports.app}`;
const proxyOrigin = `http://127.0.0.1:${ports.proxy}`;
const staticOrigin = `http://127.0.0.1:${ports.static}`;

/** Canonical URLs must be on the origin Lighthouse loads, or its SEO audit reports another domain. */
const siteUrl = proxyOrigin;

/** The HTML pages: the site's pages from lib/web/routes.ts, one intervention and one yearly archive. */
const htmlPages = [...Object.values(pages).map((page) => page.path), "/interventions/2026-06-16-proxmox-ve-9", "/interventions/annee/2026"];
const feeds = [
  "/interventions/rss.xml",
  "/interventions/atom.xml",
  "/interventions/feed.json",
  "/interventions/calendrier.ics",
  "/status.json",
];

const minimumRatio = 0.8;
const wrkTiming = { warmupSeconds: 3, seconds: 10 };

const options = {
  build: !process.argv.includes("--no-build"),
  lighthouse: !process.argv.includes("--no-lighthouse"),
};

const layout: NginxLayout = {
  prefix: path.join(benchDir, "nginx"),
  appPort: ports.app,
  proxyPort: ports.proxy,
  staticPort: ports.static,
  testHttpPort: ports.testHttp,
  testHttpsPort: ports.testHttps,
  staticRoot: path.join(benchDir, "static"),
};

function installTools(): void {
  ensureDebianPackages([
    { command: "nginx", debianPackage: "nginx" },
    { command: "wrk", debianPackage: "wrk" },
    { command: "openssl", debianPackage: "openssl" },
  ]);
  const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (options.lighthouse && !fs.existsSync(chromium) && !commandExists("chromium")) {
    ensureDebianPackages([{ command: "chromium", debianPackage: "chromium" }]);
  }
}

function build(): void {
  if (!options.build) {
    log("--no-build : build existant utilisé");
  } else {
    log(`npm run build (SITE_URL=${siteUrl})…`);
    execFileSync("npm", ["run", "build"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
    });
  }
  if (!fs.existsSync(path.join(appDir, "server.js")) || !fs.existsSync(path.join(appDir, ".next", "static"))) {
    throw new Error(".next/standalone incomplet : lancez le banc sans --no-build");
  }
}

async function startNext(): Promise<void> {
  log(`serveur autonome sur ${nextOrigin}`);
  const server = startProcess("next", process.execPath, [path.join(appDir, "server.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOSTNAME: "127.0.0.1",
      PORT: String(ports.app),
      SITE_URL: siteUrl,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    logFile: path.join(benchDir, "server.log"),
  });
  await waitForHttp(`${nextOrigin}/`, server);
}

/** The static baseline serves exactly the bytes Next.js renders for `/`. */
async function saveStaticCopy(): Promise<void> {
  const page = await rawGet(`${nextOrigin}/`);
  if (page.status !== 200) throw new Error(`/ : ${page.status}`);
  fs.mkdirSync(layout.staticRoot, { recursive: true });
  fs.writeFileSync(path.join(layout.staticRoot, "index.html"), page.body);
}

async function startNginx(): Promise<void> {
  writeBenchConfig(layout);
  log(`nginx : configuration livrée sur ${proxyOrigin}, fichier statique sur ${staticOrigin}`);
  const nginx = startProcess("nginx", "nginx", nginxArguments(layout), { logFile: path.join(benchDir, "nginx.log") });
  await waitForHttp(`${proxyOrigin}/`, nginx);
  await waitForHttp(`${staticOrigin}/`, nginx);
}

async function assertPagesServed(): Promise<void> {
  for (const pathname of htmlPages) {
    const response = await rawGet(proxyOrigin + pathname);
    if (response.status !== 200) throw new Error(`${pathname} : ${response.status} via nginx (page à mesurer introuvable ?)`);
  }
}

/** Lines the shipped set-up logged since `offset`, counted by cache status. */
function countCacheStatuses(offset: number): Record<string, number> {
  const text = fs.readFileSync(proxyAccessLog(layout), "utf8").slice(offset);
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/cache=(\S+)$/gm)) counts[match[1]!] = (counts[match[1]!] ?? 0) + 1;
  return counts;
}

async function measureThroughput(): Promise<ThroughputSection> {
  const compressedSize = async (url: string) => (await rawGet(url, { "accept-encoding": "gzip" })).body.length;
  log("wrk : Next.js seul…");
  const next = await measureWithWrk("Next.js seul", `${nextOrigin}/`, wrkTiming);
  log("wrk : configuration livrée…");
  let logOffset = 0;
  const proxied = await measureWithWrk("configuration livrée", `${proxyOrigin}/`, {
    ...wrkTiming,
    beforeMeasure: () => (logOffset = fs.statSync(proxyAccessLog(layout)).size),
  });
  const cacheStatuses = countCacheStatuses(logOffset);
  log("wrk : fichier statique…");
  const staticResult = await measureWithWrk("fichier statique", `${staticOrigin}/`, wrkTiming);
  return {
    command: wrkCommandLine("http://127.0.0.1:<port>/", wrkTiming.seconds),
    next,
    proxied,
    static: staticResult,
    bytes: {
      next: await compressedSize(`${nextOrigin}/`),
      proxied: await compressedSize(`${proxyOrigin}/`),
      static: await compressedSize(`${staticOrigin}/`),
    },
    cacheStatuses,
    minimumRatio,
  };
}

async function runAllLighthouse(): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const formFactor of ["mobile", "desktop"] as FormFactor[]) {
    for (const pathname of htmlPages) {
      const run = await runLighthouse(proxyOrigin, pathname, formFactor, path.join(benchDir, "lighthouse"));
      const scores = run.error ? `erreur : ${run.error}` : Object.values(run.scores).join(" / ");
      log(`Lighthouse ${formFactor} ${pathname} : ${scores} (indice CPU ${run.benchmarkIndex ?? "—"})`);
      runs.push(run);
    }
  }
  return runs;
}

/** First line a tool prints about its version (nginx -v writes to stderr, Chromium to stdout). */
function version(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  return (
    `${result.stdout ?? ""}${result.stderr ?? ""}`
      .split("\n")
      .find((line) => /\d+\.\d+/.test(line) && !line.includes("unexpected operator"))
      ?.trim() ?? command
  );
}

/**
 * The reasons the bench fails: the throughput floor, a broken check, a measurement that did not
 * happen. Timeouts of Next.js alone are reported but not fatal: 50 connections on a server that
 * renders ~80 pages a second wait past wrk's 2 s timeout, which is what the micro-cache is for.
 */
function failures(throughput: ThroughputSection, checks: Check[], lighthouse: LighthouseRun[] | null): string[] {
  const list: string[] = [];
  const { proxiedOverStatic } = throughputRatios(throughput);
  if (proxiedOverStatic < minimumRatio)
    list.push(`configuration livrée à ${Math.round(proxiedOverStatic * 100)} % du fichier statique (minimum ${minimumRatio * 100} %)`);
  for (const result of [throughput.next, throughput.proxied, throughput.static]) {
    const socketErrors = result === throughput.next ? 0 : result.socketErrors;
    if (result.non2xx3xx > 0 || socketErrors > 0)
      list.push(`wrk ${result.label} : ${result.non2xx3xx} réponses hors 2xx/3xx, ${result.socketErrors} erreurs de socket`);
  }
  for (const check of checks.filter((check) => !check.ok)) list.push(`vérification en échec : ${check.name}`);
  for (const run of lighthouse?.filter((run) => run.error) ?? []) list.push(`Lighthouse ${run.formFactor} ${run.pathname} : ${run.error}`);
  return list;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  stopChildrenOnExit();
  fs.mkdirSync(benchDir, { recursive: true });
  // Logs and cached pages of an earlier run would blur this one's.
  for (const stale of ["nginx/logs", "nginx/cache", "lighthouse", "server.log", "nginx.log"])
    fs.rmSync(path.join(benchDir, stale), { recursive: true, force: true });
  installTools();
  for (const port of [ports.app, ports.proxy, ports.static, ports.testHttp, ports.testHttps]) await assertPortFree(port);
  build();
  const nginxTest = testSiteConfig(layout);
  try {
    await startNext();
    await saveStaticCopy();
    await startNginx();
    await assertPagesServed();
    const checks = [
      ...(await checkSiteServers({ httpPort: ports.testHttp, httpsPort: ports.testHttps })),
      ...(await checkShippedSetup({ nextOrigin, proxyOrigin, feeds })),
    ];
    for (const check of checks) log(`${check.ok ? "ok    " : "ÉCHEC "} ${check.name} — ${check.detail}`);
    const throughput = await measureThroughput();
    const lighthouse = options.lighthouse ? await runAllLighthouse() : null;

    const report = renderReport({
      startedAt,
      nginxVersion: version("nginx", ["-v"]).replace("nginx version: ", ""),
      chromiumVersion: options.lighthouse ? version(process.env.CHROME_PATH ?? "/usr/bin/chromium", ["--version"]) : "",
      nginxTest,
      throughput,
      checks,
      lighthouse,
      pages: htmlPages,
    });
    fs.writeFileSync(reportFile, report);
    console.log(`\n${report}`);
    log(`rapport écrit dans ${path.relative(root, reportFile)}`);

    const failed = failures(throughput, checks, lighthouse);
    if (failed.length > 0) {
      console.error(`Échec du banc :\n${failed.map((line) => `- ${line}`).join("\n")}`);
      process.exitCode = 1;
    }
  } finally {
    await stopAllProcesses();
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAllProcesses();
  process.exitCode = 1;
}
