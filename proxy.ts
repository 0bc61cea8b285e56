import { NextResponse, type NextRequest } from "next/server";
import { screenRequestPost } from "./lib/contact/screen-post";
import { contentRevisionHeader } from "./lib/content/content-revision";
import { getContentRevision, getSiteContent } from "./lib/content/site-content";
import { groupByParisYear } from "./lib/interventions/state";
import { pageHref } from "./lib/web/routes";
import { buildContentSecurityPolicy, securityHeaders, staticFilePolicy } from "./lib/web/security-headers";

/**
 * Runs before every request except the build's static files:
 * - answers odd methods and malformed paths itself, with a 4xx and no detail;
 * - sends unknown interventions, years and CGU versions to the site's 404;
 * - gives each response a Content-Security-Policy with a fresh nonce.
 */
export function proxy(request: NextRequest) {
  const refusal = refuseBadRequest(request);
  if (refusal) return withSecurityHeaders(refusal, staticFilePolicy);

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = buildContentSecurityPolicy(nonce);
  // Next reads the nonce from the request's CSP header and puts it on its own inline scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);

  const response = isUnknownEntryPath(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL(unmatchedPath, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  withSecurityHeaders(response, policy);
  // Request form: under `no-referrer` browsers post with `Origin: null`, which the Origin check
  // (lib/contact/screen-post.ts) and Next's own check of server actions refuse.
  if (isRequestFormPath(request.nextUrl.pathname)) response.headers.set("referrer-policy", "same-origin");
  return response;
}

/** The one path that accepts POST: the request form (issue 10). */
function isRequestFormPath(pathname: string): boolean {
  return pathname === pageHref("contact");
}

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  response.headers.set("content-security-policy", policy);
  const revision = getContentRevision();
  // Which content answered: `npm run publier` waits for the revision it has just checked.
  if (revision) response.headers.set(contentRevisionHeader, revision);
  for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
  return response;
}

const allowedMethods = "GET, HEAD, OPTIONS";
const requestFormMethods = "GET, HEAD, POST, OPTIONS";

/** A plain French answer: no stack trace, path or module name can leak from here. */
function refuse(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  // Same words as lib/web/refuse-trace-methods.ts, which refuses TRACE before Next runs.
  return new NextResponse(`${message}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}

function refuseBadRequest(request: NextRequest): NextResponse | undefined {
  const formPath = isRequestFormPath(request.nextUrl.pathname);
  if (request.method === "OPTIONS") {
    return new NextResponse(null, { status: 204, headers: { allow: formPath ? requestFormMethods : allowedMethods } });
  }
  if (request.method === "POST" && formPath) return screenRequestPost(request);
  if (request.method !== "GET" && request.method !== "HEAD") {
    return refuse(405, "Méthode non autorisée : ce site se consulte ; seul son formulaire de demande reçoit des envois.", {
      allow: allowedMethods,
    });
  }
  const rawPath = new URL(request.url).pathname;
  if (rawPath.length > 1024) return refuse(414, "Adresse trop longue.");
  try {
    decodeURIComponent(rawPath);
  } catch {
    return refuse(400, "Adresse mal formée.");
  }
  return undefined;
}

/**
 * Calling notFound() from these request-time pages answers 404 with an empty, client-rendered
 * body (vercel/next.js#62228, #97000): nothing without JavaScript. The router's own 404 for a path
 * that matches no route is fully server-rendered, so unknown entries are rewritten to one.
 */
const unmatchedPath = "/_introuvable";

function isUnknownEntryPath(pathname: string): boolean {
  const cguVersion = /^\/cgu\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (cguVersion !== undefined && cguVersion !== "historique") {
    return !getSiteContent().cguVersions.some((version) => version.frontmatter.effective === cguVersion);
  }
  const entry = /^\/interventions\/([^/]+)\/?$/.exec(pathname)?.[1];
  const year = /^\/interventions\/annee\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (entry === undefined && year === undefined) return false;
  const { interventions } = getSiteContent();
  if (entry !== undefined && entry !== "annee" && !/\.(xml|json|ics)$/.test(entry)) {
    return !interventions.some((intervention) => intervention.slug === entry);
  }
  if (year !== undefined) return !groupByParisYear(interventions).some((group) => String(group.year) === year);
  return false;
}

export const config = {
  // The build's hashed files need no policy of their own beyond next.config.ts's headers.
  matcher: ["/((?!_next/static/).*)"],
};
