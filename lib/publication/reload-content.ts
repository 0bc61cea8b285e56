import { getContentDir } from "../content/content-dir";
import { formatIssue, type ContentIssue } from "../content/content-issue";
import { computeContentRevision } from "../content/content-revision";
import type { SiteContent } from "../content/load-content";
import { getContentRevision, publishSiteContent } from "../content/site-content";
import { checkSite } from "./check-site";

export type ReloadResult =
  | { ok: true; revision: string; previous?: string; issues: ContentIssue[]; durationMs: number }
  | { ok: false; revision?: string; previous?: string; issues: ContentIssue[]; durationMs: number };

/** Files changing faster than this many readings (a checkout in progress) are not published. */
const maxAttempts = 3;

/**
 * Reads and checks a content directory with the checks of the build, then validates it in place
 * of the current content in one assignment. On any error nothing changes: the server goes on
 * answering with what it had.
 */
export function reloadSiteContent(dir: string = getContentDir(), now: Date = new Date()): ReloadResult {
  const started = performance.now();
  const previous = getContentRevision();
  const elapsed = () => performance.now() - started;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const read = readStableContent(dir, now);
    if (!read) continue;
    const { content, issues, revision } = read;
    if (!content) return { ok: false, revision, previous, issues, durationMs: elapsed() };
    publishSiteContent({ content, revision });
    return { ok: true, revision, previous, issues, durationMs: elapsed() };
  }
  const unstable: ContentIssue = {
    file: dir,
    field: "dossier",
    message: "les fichiers changent pendant la lecture ; relancez la publication une fois la copie terminée",
    severity: "error",
  };
  return { ok: false, previous, issues: [unstable], durationMs: elapsed() };
}

/**
 * The checked content and the revision of exactly the files it was read from: the directory is
 * fingerprinted before and after reading, and a change in between means a half-copied state.
 */
export function readStableContent(dir: string, now: Date): { content?: SiteContent; issues: ContentIssue[]; revision: string } | undefined {
  const before = computeContentRevision(dir);
  const { content, issues } = checkSite(dir, now);
  const after = computeContentRevision(dir);
  return before === after ? { content, issues, revision: before } : undefined;
}

/** The lines a reload leaves in the server's log (journalctl): French, one problem per line. */
export function describeReload(result: ReloadResult): string[] {
  const duration = `${Math.round(result.durationMs)} ms`;
  const warnings = result.issues.filter((issue) => issue.severity === "warning").length;
  if (result.ok) {
    const change = result.previous === result.revision ? "inchangé" : `révision ${result.previous ?? "aucune"} → ${result.revision}`;
    const pending = warnings > 0 ? ` ; ${warnings} point(s) à compléter ou à confirmer (npm run check)` : "";
    return [`Contenu rechargé en ${duration} (${change})${pending}.`];
  }
  const errors = result.issues.filter((issue) => issue.severity === "error");
  return [
    `Contenu refusé : le site continue de servir la révision ${result.previous ?? "précédente"}. ${errors.length} erreur(s) :`,
    ...errors.map((issue) => `  ${formatIssue(issue)}`),
  ];
}
