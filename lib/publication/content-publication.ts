import { getContentDir } from "../content/content-dir";
import { ContentError } from "../content/content-issue";
import { describeReload, reloadSiteContent } from "./reload-content";
import { registerServer } from "./server-registration";

const listening = Symbol.for("hebergement-transparent.reload-listener");

/**
 * The server's side of a publication without a build, started once by instrumentation.ts:
 * - reads and checks the content before the first request, and refuses to start on an error, as
 *   the build would;
 * - re-reads it on SIGHUP (`systemctl reload`, `npm run publier`), and swaps to it only if every
 *   check passes, logging the outcome in French;
 * - leaves its address where `npm run publier` finds it.
 */
export function startContentPublication(): void {
  const dir = getContentDir();
  const initial = reloadSiteContent(dir);
  if (!initial.ok) throw new ContentError(initial.issues);
  registerServer(dir);
  // Once per process, even if the development server registers again after a code change.
  const shared = globalThis as typeof globalThis & { [listening]?: boolean };
  if (shared[listening]) return;
  shared[listening] = true;
  // Without a listener, SIGHUP would end the process.
  process.on("SIGHUP", () => {
    const result = reloadSiteContent(dir);
    const lines = describeReload(result);
    if (result.ok) console.log(lines.join("\n"));
    else console.error(lines.join("\n"));
  });
}
