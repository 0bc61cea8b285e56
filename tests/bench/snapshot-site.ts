/**
 * tsx tests/bench/snapshot-site.ts <origin> <directory>
 *
 * Saves every page of the sitemap, the feeds, the calendar, status.json, robots.txt, the sitemap
 * and a 404 as served by the server at <origin>, with what changes from one response or build to
 * the next removed (CSP nonces, hashed chunk names, build id, module numbers). Instants are cut to
 * the minute and long decimals to two places, because status.json is computed at the second of
 * the request. Two snapshots of two servers taken in the same minute compare with `diff -r`: that
 * is how a refactoring is shown to change no page.
 */
import fs from "node:fs";
import path from "node:path";

const [originArgument, directoryArgument] = process.argv.slice(2);
if (!originArgument || !directoryArgument) {
  console.error("usage : tsx tests/bench/snapshot-site.ts <origine> <dossier>");
  process.exit(2);
}
const origin: string = originArgument;
const directory: string = directoryArgument;

const fixedPaths = [
  "/sitemap.xml",
  "/robots.txt",
  "/status.json",
  "/interventions/rss.xml",
  "/interventions/atom.xml",
  "/interventions/feed.json",
  "/interventions/calendrier.ics",
  "/page-qui-n-existe-pas",
];

/** Removes what legitimately differs between two builds or two responses of the same content. */
export function normaliseBody(body: string): string {
  return (
    body
      // The RSC payload repeats the page for client-side navigation; its rows are numbered in the
      // order async components resolve, which says nothing about the page. The HTML itself stays.
      .replace(/<script nonce="[^"]*">self\.__next_f\.push\(.*?\)<\/script>/gs, "")
      // React's separators between adjacent text nodes are not part of the text either.
      .replace(/<!-- -->/g, "")
      .replace(/nonce="[^"]*"/g, 'nonce=""')
      .replace(/\\"nonce\\":\\"[^\\"]+\\"/g, '\\"nonce\\":\\"…\\"')
      .replace(/static\/chunks\/[^"'\s\\)]+/g, "static/chunks/…")
      // Turbopack numbers modules by path: a moved file gets another number, the page stays the same.
      .replace(/I\[\d+,/g, "I[…,")
      .replace(/"runtimeModuleIds":\[[\d,]+\]/g, '"runtimeModuleIds":[…]')
      .replace(/\/_next\/static\/(chunks|media)\/[^"'\s\\)]+/g, "/_next/static/$1/…")
      .replace(/\\"b\\":\\"[^\\"]+\\"/g, '\\"b\\":\\"…\\"')
      .replace(/"buildId":"[^"]+"/g, '"buildId":"…"')
      .replace(/(T\d{2}:\d{2}):\d{2}\.\d{3}Z/g, "$1Z")
      .replace(/(\d+\.\d{2})\d+/g, "$1")
  );
}

async function fetchText(pathname: string): Promise<{ status: number; body: string }> {
  const response = await fetch(new URL(pathname, origin));
  return { status: response.status, body: await response.text() };
}

async function main(): Promise<void> {
  const sitemap = (await fetchText("/sitemap.xml")).body;
  const pagePaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "/").pathname);
  const all = [...new Set([...pagePaths, ...fixedPaths])].sort();
  fs.mkdirSync(directory, { recursive: true });
  for (const pathname of all) {
    const { status, body } = await fetchText(pathname);
    const file = path.join(directory, (pathname === "/" ? "/index" : pathname).replace(/\//g, "_").replace(/^_/, "") + ".txt");
    fs.writeFileSync(file, `${status}\n${normaliseBody(body)}`);
  }
  console.log(`${all.length} adresses enregistrées dans ${directory}`);
}

await main();
