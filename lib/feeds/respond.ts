import { connection } from "next/server";

/**
 * The instant a feed is generated at: awaiting connection() keeps it out of the build-time
 * prerender, since states and availability change with the clock.
 */
export async function getFeedTime(): Promise<Date> {
  await connection();
  return new Date();
}

/** Feeds may be cached for a minute by clients and by the proxy, no longer. */
export function respondWith(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "cache-control": "public, max-age=60" },
  });
}
