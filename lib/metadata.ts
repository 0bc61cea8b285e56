import type { Metadata } from "next";
import type { PageFrontmatter } from "./content/schemas/page";
import { pageHref, type PageId } from "./routes";

/** A page's own <title>, description and canonical URL, from its frontmatter. */
export function buildPageMetadata(id: PageId, frontmatter: PageFrontmatter, siteName: string): Metadata {
  return buildMetadata(pageHref(id), frontmatter.title, frontmatter.description, siteName);
}

export function buildMetadata(path: string, title: string, description: string, siteName: string): Metadata {
  return {
    // Absolute, not the layout's template: a template does not apply to the page at "/".
    title: { absolute: `${title} · ${siteName}` },
    description,
    // Relative: resolved against metadataBase (lib/site.ts), never against the request's Host.
    alternates: { canonical: path },
  };
}
