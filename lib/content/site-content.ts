import { throwIfErrors } from "./content-issue";
import { loadContent, type SiteContent } from "./load-content";

/**
 * Next bundles the proxy, instrumentation and routes separately, each with its own copy of this
 * module; a process-wide slot lets them share one reading of the content.
 */
const slot = Symbol.for("hebergement-transparent.site-content");
const shared = globalThis as typeof globalThis & { [slot]?: SiteContent };

/**
 * The validated content, read once per server process: the operator's files only change with a
 * deployment, which restarts the process. In development they are re-read on every request so
 * that a saved file shows on the next reload.
 */
export function getSiteContent(): SiteContent {
  const cached = shared[slot];
  if (cached && process.env.NODE_ENV === "production") return cached;
  const { content, issues } = loadContent();
  throwIfErrors(issues);
  if (!content) throw new Error("contenu introuvable");
  shared[slot] = content;
  return content;
}
