/**
 * Runs once when the server starts, before it answers:
 * - reads and validates the content, so that the first visitor does not wait for it (about 2 s
 *   for a log of 1 000 interventions) and a broken deployment fails at start-up;
 * - re-reads it on SIGHUP, without a build (lib/publication/content-publication.ts);
 * - makes the HTTP server answer TRACE and TRACK with a 405 instead of Next's 500;
 * - request form (issue 10): records each client's address for the rate limit, checks the form's
 *   settings, and sends the requests a previous run left unsent.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseTraceMethods } = await import("./lib/web/refuse-trace-methods");
  refuseTraceMethods();
  const { startContentPublication } = await import("./lib/publication/content-publication");
  startContentPublication();
  const { installClientAddressHeader } = await import("./lib/contact/client-address");
  installClientAddressHeader();
  const { getRequestService } = await import("./lib/contact/request-service");
  getRequestService();
}
