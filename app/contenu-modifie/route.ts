import fs from "node:fs";
import { getContentDir } from "@/lib/content/content-dir";

/**
 * Development only: a stream of events, one each time a file under content/ changes, so that the
 * page the operator previews reloads when he saves (see components/content-reload.tsx).
 * In production this path does not exist.
 */
export function GET(request: Request): Response {
  if (process.env.NODE_ENV !== "development") return new Response("Introuvable.\n", { status: 404 });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let timer: NodeJS.Timeout | undefined;
      // An editor's save often touches a file several times: tell the page once.
      const watcher = fs.watch(getContentDir(), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.enqueue(encoder.encode("data: modifié\n\n")), 150);
      });
      const keepAlive = setInterval(() => controller.enqueue(encoder.encode(": \n\n")), 15_000);
      cleanup = () => {
        clearTimeout(timer);
        clearInterval(keepAlive);
        watcher.close();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        controller.close();
      });
    },
    cancel: () => cleanup(),
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream", "cache-control": "no-store" } });
}
