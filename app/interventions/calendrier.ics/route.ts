import { getSiteContent } from "@/lib/content/site-content";
import { buildInterventionCalendar } from "@/lib/feeds/intervention-calendar";
import { getFeedTime, respondWith } from "@/lib/feeds/respond";

export async function GET() {
  const now = await getFeedTime();
  return respondWith(buildInterventionCalendar(getSiteContent(), now), "text/calendar; charset=utf-8");
}
