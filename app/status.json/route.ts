import { buildStatusDocument } from "@/lib/interventions/status";
import { getRenderContext } from "@/lib/rendering/render-context";
import { respondWith } from "@/lib/web/respond";

export async function GET() {
  return respondWith(JSON.stringify(buildStatusDocument(await getRenderContext()), null, 2), "application/json; charset=utf-8");
}
