import type { Metadata } from "next";
import type { PageFrontmatter } from "./content/schemas/page";
import { feedPaths, pageHref, type PageId } from "./routes";

/** A page's own <title>, description and canonical URL, from its frontmatter. */
export function buildPageMetadata(id: PageId, frontmatter: PageFrontmatter, siteName: string): Metadata {
  return buildMetadata(pageHref(id), frontmatter.title, frontmatter.description, siteName);
}

export function buildMetadata(path: string, title: string, description: string, siteName: string): Metadata {
  return {
    // Absolute, not the layout's template: a template does not apply to the page at "/".
    title: { absolute: `${title} · ${siteName}` },
    description,
    alternates: {
      // Relative: resolved against metadataBase (lib/site.ts), never against the request's Host.
      canonical: path,
      // Set on every page: a page's `alternates` replaces the layout's instead of merging with it.
      types: {
        "application/rss+xml": [{ url: feedPaths.rss, title: "Interventions (RSS)" }],
        "application/atom+xml": [{ url: feedPaths.atom, title: "Interventions (Atom)" }],
        "application/feed+json": [{ url: feedPaths.json, title: "Interventions (JSON Feed)" }],
      },
    },
  };
}
