import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/web/site";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // Read at request time like every page, so the sitemap's address follows SITE_URL as the
  // server sees it, not as the build saw it.
  await connection();
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
