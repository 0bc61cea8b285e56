import { getSiteContent } from "@/lib/content/site-content";
import { renderShareImage } from "@/lib/web/render-share-image";
import { describeShareImage } from "@/lib/web/share-images";
import { site } from "@/lib/web/site";

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const key = /^(.+)\.png$/.exec(image)?.[1];
  const content = getSiteContent();
  const description = key === undefined ? undefined : describeShareImage(key, content);
  if (!description) return new Response("Image introuvable.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return renderShareImage({ siteName: content.data.identity.siteName, host: site.origin.host, ...description });
}
