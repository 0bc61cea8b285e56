import { checkContent, sortIssues } from "../content/check-content";
import type { ContentIssue } from "../content/content-issue";
import type { SiteContent } from "../content/load-content";
import { isPlaceholderOrigin, site } from "../web/site";

/**
 * Everything checked before the site is built or published: the content files, and the
 * server's settings that pages depend on. `npm run check` prints it; `next build` fails on its
 * errors.
 */
export function checkSite(dir?: string, now?: Date): { content?: SiteContent; issues: ContentIssue[] } {
  const { content, issues } = checkContent(dir, now);
  return { content, issues: sortIssues([...issues, ...checkSiteSettings()]) };
}

function checkSiteSettings(): ContentIssue[] {
  if (!isPlaceholderOrigin()) return [];
  return [
    {
      file: "SITE_URL",
      field: "SITE_URL",
      message: `adresse publique du site non définie ; les liens et le plan du site utilisent ${site.origin.origin}`,
      severity: "warning",
    },
  ];
}
