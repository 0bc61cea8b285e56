import { getSiteContent } from "@/lib/content/site-content";
import { buildInterventionCalendar } from "@/lib/interventions/calendar";
import { getRequestTime } from "@/lib/web/request-time";
import { respondWith } from "@/lib/web/respond";

export async function GET() {
  const now = await getRequestTime();
  return respondWith(buildInterventionCalendar(getSiteContent(), now), "text/calendar; charset=utf-8");
}
