import { throwIfErrors } from "./content-issue";
import { loadContent, type SiteContent } from "./load-content";

let loaded: SiteContent | undefined;

/**
 * The validated content, read once per server process: the operator's files only change with a
 * deployment, which restarts the process. In development they are re-read on every request so
 * that a saved file shows on the next reload.
 */
export function getSiteContent(): SiteContent {
  if (loaded && process.env.NODE_ENV === "production") return loaded;
  const { content, issues } = loadContent();
  throwIfErrors(issues);
  if (!content) throw new Error("contenu introuvable");
  loaded = content;
  return content;
}
