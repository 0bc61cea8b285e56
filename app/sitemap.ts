import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/sitemap-entries";
import { getRequestTime } from "@/lib/request-time";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries(await getRequestTime());
}
