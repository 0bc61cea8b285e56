/**
 * Runs once when the server starts: read and validate the content now, so that the first
 * visitor does not wait for it (about 2 s for a log of 1 000 interventions) and a broken
 * deployment fails at start-up rather than on a page.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSiteContent } = await import("./lib/content/site-content");
  getSiteContent();
}
