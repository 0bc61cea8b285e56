import { buildRenderContext } from "@/lib/content/render-context";
import { getFeedTime, respondWith } from "@/lib/feeds/respond";
import { buildStatusDocument } from "@/lib/feeds/status";

export async function GET() {
  const now = await getFeedTime();
  return respondWith(JSON.stringify(buildStatusDocument(buildRenderContext(now)), null, 2), "application/json; charset=utf-8");
}
