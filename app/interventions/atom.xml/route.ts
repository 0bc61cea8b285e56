import { getSiteContent } from "@/lib/content/site-content";
import { buildInterventionFeed } from "@/lib/interventions/feed";
import { getRequestTime } from "@/lib/web/request-time";
import { respondWith } from "@/lib/web/respond";

export async function GET() {
  const now = await getRequestTime();
  return respondWith(buildInterventionFeed(getSiteContent(), now).atom1(), "application/atom+xml; charset=utf-8");
}
