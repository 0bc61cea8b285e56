import { cache } from "react";
import { findCguInForce } from "../cgu/versions";
import type { CguVersionDocument, SiteContent } from "../content/load-content";
import { getSiteContent } from "../content/site-content";
import { readFilled } from "../content/placeholder";
import type { PageId } from "../content/vocabulary";
import { computeBusinessFigures, type BusinessFigures } from "../costs/business-figures";
import { startOfParisDay } from "../format/paris-calendar";
import { prepareLog, type PreparedLog } from "../interventions/availability";
import { getRequestTime } from "../web/request-time";
import { buildFacts, type FactName, type FactValue } from "./facts";

/** Everything components need to render, for one request. */
export interface RenderContext {
  content: SiteContent;
  now: Date;
  cguInForce: CguVersionDocument;
  facts: Record<FactName, FactValue>;
  figures: BusinessFigures;
  pageTitles: Record<PageId, string>;
  /** The interventions log, prepared once per content for availability figures; undefined until a service start date is given. */
  availability: PreparedLog | undefined;
}

/**
 * The render context of the current request. The layout, the page and its components all ask for
 * it; React's cache() makes them share one, computed once per request.
 */
export const getRenderContext = cache(async (): Promise<RenderContext> => buildRenderContext(await getRequestTime(), getSiteContent()));

export function buildRenderContext(now: Date, content: SiteContent): RenderContext {
  traceRenderContextBuild(now);
  const { infrastructure, costs, rates } = content.data;
  const cguInForce = findCguInForce(content.cguVersions, now);
  const figures = computeBusinessFigures(infrastructure, costs, rates);
  return {
    content,
    now,
    cguInForce,
    facts: buildFacts({ ...content.data, cgu: cguInForce.frontmatter }, figures),
    figures,
    pageTitles: Object.fromEntries(Object.entries(content.pages).map(([id, page]) => [id, page.frontmatter.title])) as Record<
      PageId,
      string
    >,
    availability: prepareAvailability(content),
  };
}

/**
 * With TRACE_RENDER_CONTEXT=1 the server logs one line per context it builds; the browser tests
 * count them to show that a request builds exactly one.
 */
function traceRenderContextBuild(now: Date): void {
  if (process.env.TRACE_RENDER_CONTEXT === "1") console.log(`render-context ${now.toISOString()}`);
}

const preparedLogs = new WeakMap<SiteContent, PreparedLog>();

/**
 * The log only changes with the content: prepare it once per content, not on every request.
 * Without a service start date there is nothing to measure from: availability is « pas encore
 * mesurée », never 100 % of nothing.
 */
function prepareAvailability(content: SiteContent): PreparedLog | undefined {
  const inServiceSince = readFilled(content.data.infrastructure.inServiceSince);
  if (inServiceSince === undefined) return undefined;
  let log = preparedLogs.get(content);
  if (!log) {
    log = prepareLog({
      interventions: content.interventions.map((entry) => entry.frontmatter),
      terms: content.cguVersions.map(({ frontmatter }) => ({
        effective: frontmatter.effective,
        availabilityTargetRatio: frontmatter.availabilityTargetRatio,
        maintenanceNoticeHours: readFilled(frontmatter.maintenanceNoticeHours),
      })),
      inServiceSince: startOfParisDay(inServiceSince),
    });
    preparedLogs.set(content, log);
  }
  return log;
}
