import type { Metadata } from "next";
import type { PageFrontmatter } from "./content/schemas/page";
import { shareImageSize } from "./og/share-image-size";
import { feedPaths, pageHref, shareImageHref, type PageId } from "./routes";

/** A page's own <title>, description, canonical URL and sharing tags, from its frontmatter. */
export function buildPageMetadata(id: PageId, frontmatter: PageFrontmatter, siteName: string): Metadata {
  return buildMetadata({ path: pageHref(id), title: frontmatter.title, description: frontmatter.description, siteName, shareImageKey: id });
}

export function buildMetadata({
  path,
  title,
  description,
  siteName,
  shareImageKey,
  type = "website",
}: {
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** Key of the picture in lib/share-images.ts. */
  shareImageKey: string;
  type?: "website" | "article";
}): Metadata {
  const image = { url: shareImageHref(shareImageKey), ...shareImageSize, alt: title, type: "image/png" };
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
    openGraph: { type, url: path, title, description, siteName, locale: "fr_FR", images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
