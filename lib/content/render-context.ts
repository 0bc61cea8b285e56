import { prepareLog, type PreparedLog } from "../availability";
import { computeBusinessFigures, type BusinessFigures } from "../business-figures";
import { findCguInForce } from "../cgu-versions";
import { buildFacts, type FactName, type FactValue } from "../facts";
import { startOfParisDay } from "../paris-calendar";
import type { PageId } from "../routes";
import type { CguVersionDocument, SiteContent } from "./load-content";
import { getSiteContent } from "./site-content";

/** Everything components need to render, for one request. */
export interface RenderContext {
  content: SiteContent;
  now: Date;
  cguInForce: CguVersionDocument;
  facts: Record<FactName, FactValue>;
  figures: BusinessFigures;
  pageTitles: Record<PageId, string>;
  /** The interventions log, prepared once per content for availability figures. */
  availability: PreparedLog;
}

export function buildRenderContext(now: Date, content: SiteContent = getSiteContent()): RenderContext {
  const { identity, infrastructure, costs, rates } = content.data;
  const cguInForce = findCguInForce(content.cguVersions, now);
  return {
    content,
    now,
    cguInForce,
    facts: buildFacts({ identity, infrastructure, costs, rates, cgu: cguInForce.frontmatter }),
    figures: computeBusinessFigures(infrastructure, costs, rates),
    pageTitles: Object.fromEntries(Object.entries(content.pages).map(([id, page]) => [id, page.frontmatter.title])) as Record<
      PageId,
      string
    >,
    availability: prepareAvailability(content),
  };
}

const preparedLogs = new WeakMap<SiteContent, PreparedLog>();

/** Content only changes with a deployment: prepare its log once, not on every request. */
function prepareAvailability(content: SiteContent): PreparedLog {
  let log = preparedLogs.get(content);
  if (!log) {
    log = prepareLog({
      interventions: content.interventions.map((entry) => entry.frontmatter),
      terms: content.cguVersions.map((version) => version.frontmatter),
      inServiceSince: startOfParisDay(content.data.infrastructure.inServiceSince),
    });
    preparedLogs.set(content, log);
  }
  return log;
}
