/** Every address a visitor or a reader can fetch: the sitemap's pages, the feeds and a 404. */
export async function listSiteUrls(origin: string): Promise<{ pages: string[]; documents: string[] }> {
  const sitemap = await (await fetch(`${origin}/sitemap.xml`)).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "/").pathname);
  return {
    pages: [...pages, "/une-page-qui-n-existe-pas"],
    documents: [
      "/interventions/rss.xml",
      "/interventions/atom.xml",
      "/interventions/feed.json",
      "/interventions/calendrier.ics",
      "/status.json",
      "/sitemap.xml",
      "/robots.txt",
    ],
  };
}
