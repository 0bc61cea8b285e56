import { NextResponse, type NextRequest } from "next/server";
import { getSiteContent } from "./lib/content/site-content";
import { groupByParisYear } from "./lib/intervention-state";

/**
 * Unknown interventions and years are sent to the site-wide 404 here, before rendering.
 * Calling notFound() from these request-time pages answers 404 but with an empty, client-rendered
 * body (vercel/next.js#62228, #97000): no content without JavaScript. The router's own 404 for a
 * path that matches no route is fully server-rendered.
 */
const unmatchedPath = "/_introuvable";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const entry = /^\/interventions\/([^/]+)\/?$/.exec(pathname);
  const year = /^\/interventions\/annee\/([^/]+)\/?$/.exec(pathname);
  const content = getSiteContent();
  if (entry && entry[1] !== "annee" && !/\.(xml|json|ics)$/.test(entry[1]!)) {
    if (!content.interventions.some((intervention) => intervention.slug === entry[1])) return rewriteToNotFound(request);
  }
  if (year && !groupByParisYear(content.interventions).some((group) => String(group.year) === year[1])) {
    return rewriteToNotFound(request);
  }
  return NextResponse.next();
}

function rewriteToNotFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(unmatchedPath, request.url));
}

export const config = {
  matcher: ["/interventions/:path+"],
};
