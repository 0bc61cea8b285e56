import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";
import { checkSite } from "./lib/publication/check-site";
import { throwIfErrors } from "./lib/content/content-issue";
import { securityHeaders, staticFilePolicy } from "./lib/web/security-headers";

/**
 * Pages are rendered at request time (interventions change state with the clock), so the build
 * would not read the content by itself. Validating it here makes an operator's mistake fail
 * `next build`, with the file, line and field, before anything is deployed.
 */
function validateContentForBuild(): void {
  // `next build` loads this file again in its worker processes, which inherit the environment:
  // validate once per build.
  if (process.env.CONTENT_VALIDATED_FOR_BUILD === "1") return;
  // The same checks as `npm run check`, from the same code.
  const { issues } = checkSite();
  const warnings = issues.filter((issue) => issue.severity === "warning");
  if (warnings.length > 0) {
    console.warn(`Contenu : ${warnings.length} point(s) à compléter ou à confirmer (npm run check pour le détail).`);
  }
  throwIfErrors(issues);
  process.env.CONTENT_VALIDATED_FOR_BUILD = "1";
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) validateContentForBuild();
  return {
    // A self-contained server in .next/standalone: what deploy/ installs on the operator's machine.
    output: "standalone",
    poweredByHeader: false,
    reactStrictMode: true,
    // proxy.ts sets the headers of everything else; it skips the build's static files.
    async headers() {
      return [
        {
          source: "/_next/static/:path*",
          headers: Object.entries({ ...securityHeaders, "content-security-policy": staticFilePolicy }).map(([key, value]) => ({
            key,
            value,
          })),
        },
      ];
    },
    // The content is read from disk at run time; make sure a traced deployment carries it.
    // So are the two font files of the sharing images.
    outputFileTracingIncludes: {
      "/**": ["./content/**/*", "./node_modules/@fontsource/inter/files/inter-latin-{400,700}-normal.woff"],
    },
  };
}
