import { cache } from "react";
import { getContentDir } from "./content-dir";
import { throwIfErrors } from "./content-issue";
import { computeContentRevision } from "./content-revision";
import { loadContent, type SiteContent } from "./load-content";

/** The content a server answers with, and the fingerprint of the directory it was read from. */
export interface PublishedContent {
  content: SiteContent;
  revision: string;
}

/**
 * Next bundles the proxy, instrumentation and routes separately, each with its own copy of this
 * module; a process-wide slot lets them share one reading of the content. One slot, replaced in a
 * single assignment: every bundle sees a reload at the same instant, and never a mix of two.
 */
const slot = Symbol.for("hebergement-transparent.site-content");
const shared = globalThis as typeof globalThis & { [slot]?: PublishedContent };

/**
 * The validated content. In production it is read at start-up and replaced only by a reload
 * (SIGHUP, `npm run publier`: lib/publication/reload-content.ts). In development it is re-read
 * for every request, so that a saved file shows on the next reload of the page.
 *
 * Within one request the answer is pinned: React's cache() keeps the first snapshot the request
 * took, so that its metadata, layout and page agree even if a reload lands while it renders.
 * Outside a render (proxy, route handlers, scripts) cache() is a plain call; those callers take
 * the content once per request.
 */
export const getSiteContent = cache((): SiteContent => readPublishedContent().content);

/**
 * The revision being served, for the response header that `npm run publier` waits for; undefined
 * before the first reading. It never reads the files itself, so that it costs nothing per request.
 */
export function getContentRevision(): string | undefined {
  return shared[slot]?.revision;
}

/** Swaps to content that has passed the checks; requests that have already started keep theirs. */
export function publishSiteContent(published: PublishedContent): void {
  shared[slot] = published;
}

function readPublishedContent(): PublishedContent {
  const published = shared[slot];
  if (published && process.env.NODE_ENV === "production") return published;
  const dir = getContentDir();
  const { content, issues } = loadContent(dir);
  throwIfErrors(issues);
  if (!content) throw new Error("contenu introuvable");
  const fresh = { content, revision: computeContentRevision(dir) };
  shared[slot] = fresh;
  return fresh;
}
