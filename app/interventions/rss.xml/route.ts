import { getSiteContent } from "@/lib/content/site-content";
import { buildInterventionFeed } from "@/lib/feeds/intervention-feed";
import { getFeedTime, respondWith } from "@/lib/feeds/respond";

export async function GET() {
  const now = await getFeedTime();
  return respondWith(buildInterventionFeed(getSiteContent(), now).rss2(), "application/rss+xml; charset=utf-8");
}
