import { getSiteContent } from "@/lib/content/site-content";
import { buildInterventionFeed } from "@/lib/interventions/feed";
import { getRequestTime } from "@/lib/web/request-time";
import { respondWith } from "@/lib/web/respond";

export async function GET() {
  const now = await getRequestTime();
  return respondWith(buildInterventionFeed(getSiteContent(), now).json1(), "application/feed+json; charset=utf-8");
}
