/** Feeds may be cached for a minute by clients and by the proxy, no longer. */
export function respondWith(body: string, contentType: string): Response {
  return new Response(body, {
    headers: { "content-type": contentType, "cache-control": "public, max-age=60" },
  });
}
