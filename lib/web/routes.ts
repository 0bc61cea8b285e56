import { pageIds, type PageId } from "../content/vocabulary";

export { isPageId, pageIds, type PageId } from "../content/vocabulary";

/**
 * The only place where public paths are written, one per page id of lib/content/vocabulary.ts.
 * Everything else (navigation, footer, <PageLink>, sitemap) derives from this table.
 */
export const pages = {
  presentation: { path: "/", navLabel: "Présentation", inHeader: true, inFooter: false },
  offre: { path: "/offre", navLabel: "Offre", inHeader: true, inFooter: false },
  infrastructure: { path: "/infrastructure", navLabel: "Infrastructure", inHeader: true, inFooter: false },
  couts: { path: "/couts", navLabel: "Coûts", inHeader: true, inFooter: false },
  interventions: { path: "/interventions", navLabel: "Interventions", inHeader: true, inFooter: false },
  cgu: { path: "/cgu", navLabel: "CGU", inHeader: true, inFooter: true },
  "mentions-legales": { path: "/mentions-legales", navLabel: "Mentions légales", inHeader: false, inFooter: true },
  // The request form: last in the header, so that every page leads to it.
  contact: { path: "/contact", navLabel: "Demande d’hébergement", inHeader: true, inFooter: false },
  confidentialite: { path: "/confidentialite", navLabel: "Confidentialité", inHeader: false, inFooter: true },
} as const satisfies Record<PageId, PageRoute>;

interface PageRoute {
  path: `/${string}`;
  /** Short label for menus; the page's full title lives in its frontmatter. */
  navLabel: string;
  inHeader: boolean;
  inFooter: boolean;
}

export function pageHref(id: PageId): string {
  return pages[id].path;
}

export function listHeaderPages(): PageId[] {
  return pageIds.filter((id) => pages[id].inHeader);
}

export function listFooterPages(): PageId[] {
  return pageIds.filter((id) => pages[id].inFooter);
}

export function interventionHref(slug: string): string {
  return `${pages.interventions.path}/${slug}`;
}

/** Archive of one year's interventions. "annee" keeps it apart from entry slugs. */
export function interventionYearHref(year: number): string {
  return `${pages.interventions.path}/annee/${year}`;
}

/** Every version of the terms, newest first. */
export function cguHistoryHref(): string {
  return `${pages.cgu.path}/historique`;
}

/** One version of the terms, permanently, by its effective date (YYYY-MM-DD). */
export function cguVersionHref(effective: string): string {
  return `${pages.cgu.path}/${effective}`;
}

/** The picture shown when a page is shared; keys are described in lib/web/share-images.ts. */
export function shareImageHref(key: string): string {
  return `/images/partage/${key}.png`;
}

/** Feeds of the interventions log; their route handlers live at these paths under app/. */
export const feedPaths = {
  rss: "/interventions/rss.xml",
  atom: "/interventions/atom.xml",
  json: "/interventions/feed.json",
  calendar: "/interventions/calendrier.ics",
  status: "/status.json",
} as const;
