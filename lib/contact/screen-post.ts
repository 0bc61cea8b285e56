import http from "node:http";
import { NextResponse, type NextRequest } from "next/server";
import { pageHref } from "../web/routes";
import { clientAddressHeader } from "./client-address";
import { readContactSettings, maxRequestBodyBytes } from "./contact-settings";
import { RateLimiter } from "./rate-limit";
import { requestRefusals, formatRefusal, type RefusalStatus } from "./refusals";

/** One limiter per process, shared by every copy of this module (see request-service.ts). */
const slot = Symbol.for("hebergement-transparent.request-rate-limiter");
const shared = globalThis as typeof globalThis & { [slot]?: RateLimiter };

/**
 * Checks a post of the request form before Next reads its body, in the order of what costs
 * least: a foreign or missing Origin (403), a body of unknown or excessive size (411, 413), then
 * the client's rate (429). Returns the refusal, or undefined to let the server action run.
 */
export function screenRequestPost(request: NextRequest, now: number = Date.now()): NextResponse | undefined {
  const fromScript = request.headers.has("next-action");
  if (!isSameOrigin(request.headers)) return refuse(403, fromScript);
  const length = request.headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return refuse(411, fromScript);
  if (Number(length) > maxRequestBodyBytes) return refuse(413, fromScript);
  shared[slot] ??= new RateLimiter(readContactSettings().rateLimit);
  const verdict = shared[slot].take(readClientKey(request.headers), now);
  if (!verdict.allowed) {
    return refuse(429, fromScript, { "retry-after": String(Math.ceil(verdict.retryAfterMs / 1000)) });
  }
  return undefined;
}

/**
 * The browser's Origin must name this very host, as Next's own check of server actions does
 * (x-forwarded-host, else host); a missing or "null" Origin is refused too. Pages set
 * `Referrer-Policy: no-referrer`, under which browsers send `Origin: null` with a post: the form's
 * page is served with `same-origin` instead (proxy.ts).
 */
function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = headers.get("host");
  const forwardedHost = headers.get("x-forwarded-host");
  return originHost === host && (!forwardedHost || forwardedHost === host);
}

/** Trusted only when instrumentation.ts installed the hook that writes it on every request. */
function readClientKey(headers: Headers): string {
  const installed = (http.Server.prototype as { setsClientAddress?: boolean }).setsClientAddress === true;
  return (installed && headers.get(clientAddressHeader)) || "inconnue";
}

function refuse(status: RefusalStatus, fromScript: boolean, headers: Record<string, string> = {}): NextResponse {
  // The form's script shows a plain-text refusal as is (Next's client reads `text/plain` bodies of
  // failed server actions); a browser without JavaScript gets a page.
  if (fromScript) {
    return new NextResponse(formatRefusal(status), {
      status,
      headers: { "content-type": "text/plain", "cache-control": "no-store", ...headers },
    });
  }
  const { title, text } = requestRefusals[status];
  const page = `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
<h1>${title}</h1>
<p>${text}</p>
<p>Revenez à la page précédente avec votre navigateur : votre texte y est sans doute encore. Ou <a href="${pageHref("contact")}">rouvrez le formulaire</a>.</p>
</main>
</body>
</html>
`;
  return new NextResponse(page, {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
