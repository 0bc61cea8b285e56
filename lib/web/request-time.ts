import { connection } from "next/server";
import { cache } from "react";

/**
 * The instant the current request is rendered at. Awaiting connection() keeps the page out of
 * the build-time prerender: interventions and CGU versions change state with time, so a page
 * must be computed when it is asked for, not when it was built. Cached so that the layout and
 * the page of one request agree on "now".
 */
export const getRequestTime = cache(async (): Promise<Date> => {
  await connection();
  return new Date();
});
