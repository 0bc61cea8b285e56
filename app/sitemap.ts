import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/web/sitemap-entries";
import { getRequestTime } from "@/lib/web/request-time";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries(await getRequestTime());
}
