import { computeBusinessFigures, type BusinessFigures } from "../business-figures";
import { findCguInForce } from "../cgu-versions";
import { buildFacts, type FactName, type FactValue } from "../facts";
import type { PageId } from "../routes";
import type { CguVersionDocument, SiteContent } from "./load-content";
import { getSiteContent } from "./site-content";

/** Everything MDX components need to render, for one request. */
export interface RenderContext {
  content: SiteContent;
  now: Date;
  cguInForce: CguVersionDocument;
  facts: Record<FactName, FactValue>;
  figures: BusinessFigures;
  pageTitles: Record<PageId, string>;
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
    pageTitles: Object.fromEntries(Object.entries(content.pages).map(([id, page]) => [id, page.frontmatter.title])) as Record<PageId, string>,
  };
}
