import type { Metadata } from "next";
import { getSiteContent } from "../content/site-content";
import { shareImageSize } from "./share-image-size";
import { feedPaths, pageHref, shareImageHref, type PageId } from "./routes";

/** A page's own <title>, description, canonical URL and sharing tags, from its frontmatter. */
export function buildPageMetadata(id: PageId): Metadata {
  const content = getSiteContent();
  const { title, description } = content.pages[id].frontmatter;
  return buildMetadata({ path: pageHref(id), title, description, siteName: content.data.identity.siteName, shareImageKey: id });
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
  /** Key of the picture in lib/web/share-images.ts. */
  shareImageKey: string;
  type?: "website" | "article";
}): Metadata {
  const image = { url: shareImageHref(shareImageKey), ...shareImageSize, alt: title, type: "image/png" };
  return {
    // Absolute, not the layout's template: a template does not apply to the page at "/".
    title: { absolute: `${title} · ${siteName}` },
    description,
    alternates: {
      // Relative: resolved against metadataBase (lib/web/site.ts), never against the request's Host.
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
