import fs from "node:fs";
import path from "node:path";
import { feedPaths } from "../web/routes";
import {
  listPageLinks,
  listStylesheetLinks,
  mirrorStylesheet,
  mirrorStylesheetFile,
  toMirrorFile,
  toSitePath,
  transformPage,
  transformStylesheet,
} from "./mirror-html";

/**
 * `npm run miroir`: a static copy of the site as a running server answers it, for a second host
 * that stays readable when the server is down. Pages come from the sitemap, so that the copy
 * follows whatever pages exist; the feeds, robots.txt and the sitemap are added by name; the
 * stylesheets, icon and sharing pictures are found in the pages.
 */

export interface MirrorReport {
  /** The directory that now holds the copy (a link to it when `dir` is replaced atomically). */
  dir: string;
  copiedAt: Date;
  pages: number;
  files: number;
  bytes: number;
  /** Links of the pages that the server did not answer with 200; they are left as they were. */
  missing: string[];
  durationMs: number;
}

interface Fetched {
  sitePath: string;
  isPage: boolean;
  contentType: string;
  body: Buffer;
}

const concurrency = 4;
/** A safety net against a loop of generated links: the site has a few hundred pages at most. */
const maxDocuments = 5000;

export async function exportMirror(dir: string, origin: string, now: () => Date = () => new Date()): Promise<MirrorReport> {
  const started = performance.now();
  const copiedAt = now();
  const sourceOrigin = new URL(origin).origin;

  const sitemap = await fetchRequired(sourceOrigin, "/sitemap.xml");
  const locations = [...sitemap.body.toString("utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!.replace(/&amp;/g, "&")),
  );
  if (locations.length === 0) throw new Error("le plan du site (/sitemap.xml) ne liste aucune page");
  const siteOrigins = [...new Set([locations[0]!.origin, sourceOrigin])];

  // Everything named here must be copied; links found in pages are copied when they exist.
  const required = new Set(["/robots.txt", "/sitemap.xml", ...Object.values(feedPaths), ...locations.map((url) => url.pathname)]);
  const fetched = new Map<string, Fetched>();
  const missing = new Set<string>();
  const queued = new Set<string>(required);
  let queue = [...required];

  while (queue.length > 0) {
    const batch = queue;
    queue = [];
    for (let index = 0; index < batch.length; index += concurrency) {
      await Promise.all(
        batch.slice(index, index + concurrency).map(async (sitePath) => {
          const result = await fetchPath(sourceOrigin, sitePath);
          if (!result) {
            if (required.has(sitePath)) throw new Error(`${sitePath} : le serveur ne répond pas 200, la copie est abandonnée`);
            missing.add(sitePath);
            return;
          }
          fetched.set(sitePath, result);
          const text = () => result.body.toString("utf8");
          const links = result.isPage ? listPageLinks(text()) : result.contentType.includes("css") ? listStylesheetLinks(text()) : [];
          for (const link of links) {
            const target = toSitePath(new URL(link, new URL(sitePath, sourceOrigin)).href, siteOrigins);
            // Scripts are not copied: the mirror has none.
            if (!target || queued.has(target.pathname) || target.pathname.endsWith(".js")) continue;
            if (queued.size >= maxDocuments) throw new Error(`plus de ${maxDocuments} adresses à copier : le site boucle-t-il ?`);
            queued.add(target.pathname);
            queue.push(target.pathname);
          }
        }),
      );
    }
  }

  const files = new Map([...fetched.values()].map((entry) => [entry.sitePath, toMirrorFile(entry.sitePath, entry.isPage)]));
  const resolve = (sitePath: string) => files.get(sitePath);
  const staging = createStagingDir(dir);
  let bytes = 0;
  try {
    for (const entry of fetched.values()) {
      const file = files.get(entry.sitePath)!;
      let body: string | Buffer = entry.body;
      if (entry.isPage) {
        body = transformPage(entry.body.toString("utf8"), { file, copiedAt, resolve, siteOrigins });
        if (/<script\b/i.test(body)) throw new Error(`${entry.sitePath} : un <script> est resté dans la page copiée`);
      } else if (entry.contentType.includes("css")) {
        body = transformStylesheet(entry.body.toString("utf8"), { file, resolve, siteOrigins });
      }
      bytes += writeFile(path.join(staging, file), body);
    }
    bytes += writeFile(path.join(staging, mirrorStylesheetFile), mirrorStylesheet);
    const finalDir = swapIntoPlace(staging, dir);
    return {
      dir: finalDir,
      copiedAt,
      pages: [...fetched.values()].filter((entry) => entry.isPage).length,
      files: fetched.size + 1,
      bytes,
      missing: [...missing].sort(),
      durationMs: performance.now() - started,
    };
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

async function fetchPath(origin: string, sitePath: string): Promise<Fetched | undefined> {
  const response = await fetch(new URL(sitePath, origin), { redirect: "manual", headers: { "user-agent": "miroir-statique" } });
  if (response.status !== 200) {
    await response.body?.cancel();
    return undefined;
  }
  const contentType = response.headers.get("content-type") ?? "";
  return { sitePath, isPage: contentType.startsWith("text/html"), contentType, body: Buffer.from(await response.arrayBuffer()) };
}

async function fetchRequired(origin: string, sitePath: string): Promise<Fetched> {
  let result: Fetched | undefined;
  try {
    result = await fetchPath(origin, sitePath);
  } catch (error) {
    throw new Error(`${origin} ne répond pas : le serveur est-il démarré ?`, { cause: error });
  }
  if (!result) throw new Error(`${origin}${sitePath} : le serveur ne répond pas 200`);
  return result;
}

function writeFile(file: string, body: string | Buffer): number {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
  return typeof body === "string" ? Buffer.byteLength(body) : body.length;
}

/** A sibling of the target, on the same file system, so that the final rename is atomic. */
function createStagingDir(dir: string): string {
  const parent = path.dirname(path.resolve(dir));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(dir)}-`));
  // mkdtemp makes it private; the static server runs as another user.
  fs.chmodSync(staging, 0o755);
  return staging;
}

/**
 * Puts the finished copy in place so that a static server never sees half of it:
 * - `dir` absent or a symbolic link: `dir` becomes (again) a link to the new copy, swapped with
 *   one rename(2), which is atomic; the copy it replaces is removed afterwards;
 * - `dir` an ordinary directory (made by hand): it is renamed aside and the copy renamed in its
 *   place, two renames a few microseconds apart, during which `dir` is absent, never partial.
 */
function swapIntoPlace(staging: string, dir: string): string {
  const target = path.resolve(dir);
  const stat = fs.lstatSync(target, { throwIfNoEntry: false });
  if (stat === undefined || stat.isSymbolicLink()) {
    const previous = stat ? path.resolve(path.dirname(target), fs.readlinkSync(target)) : undefined;
    const link = `${staging}.lien`;
    fs.symlinkSync(path.basename(staging), link);
    fs.renameSync(link, target);
    removeOlderCopies(target, [staging, previous]);
    return staging;
  }
  const aside = `${staging}.ancien`;
  fs.renameSync(target, aside);
  fs.renameSync(staging, target);
  fs.rmSync(aside, { recursive: true, force: true });
  return target;
}

/**
 * The copy just replaced is kept until the next export: a request that found its path before the
 * swap can still read it. Anything older goes.
 */
function removeOlderCopies(target: string, keep: (string | undefined)[]): void {
  const parent = path.dirname(target);
  const prefix = `.${path.basename(target)}-`;
  for (const name of fs.readdirSync(parent)) {
    const candidate = path.join(parent, name);
    if (name.startsWith(prefix) && !keep.includes(candidate)) fs.rmSync(candidate, { recursive: true, force: true });
  }
}
