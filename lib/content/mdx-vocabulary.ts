import { offerSections } from "./schemas/offer";
import { commitmentNames, factNames, pageIds } from "./vocabulary";

/**
 * Every component an MDX file may use, with the props it accepts. The content check reads this
 * table, and components/mdx/mdx-components.tsx must implement exactly these names.
 */
export type ContentCollection = "pages" | "interventions" | "cgu";

interface PropRule {
  required: boolean;
  /** Allowed literal values; undefined means any text. */
  values?: readonly string[];
}

interface ComponentRule {
  props: Record<string, PropRule>;
  /** Where the component makes sense; everywhere when absent. */
  collections?: readonly ContentCollection[];
  /** For interactive components, the only page files (slugs) that provide them. */
  pages?: readonly string[];
  /** Whether it takes children (link text). */
  children: boolean;
}

export const mdxVocabulary = {
  PageLink: { props: { to: { required: true, values: pageIds } }, children: true },
  Fact: { props: { name: { required: true, values: factNames } }, children: false },
  Commitment: { props: { name: { required: true, values: commitmentNames } }, collections: ["cgu"], children: false },
  KeyFigures: { props: {}, collections: ["pages"], children: false },
  InfrastructureSpecs: { props: {}, collections: ["pages"], children: false },
  CostTable: { props: {}, collections: ["pages"], children: false },
  ProjectionDetails: { props: {}, collections: ["pages"], children: false },
  OccupancyTable: { props: {}, collections: ["pages"], children: false },
  LegalNotice: { props: {}, collections: ["pages"], children: false },
  NetResultChart: { props: {}, collections: ["pages"], children: false },
  CostBreakdownChart: { props: {}, collections: ["pages"], children: false },
  CostCalculator: { props: {}, collections: ["pages"], pages: ["couts"], children: false },
  InfrastructureDiagram: { props: {}, collections: ["pages"], children: false },
  OfferAnswers: {
    props: { section: { required: true, values: offerSections } },
    collections: ["pages"],
    children: false,
  },
  RequestCallToAction: { props: {}, collections: ["pages"], children: false },
} as const satisfies Record<string, ComponentRule>;

export type MdxComponentName = keyof typeof mdxVocabulary;

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxVocabulary, name);
}

export function getComponentRule(name: MdxComponentName): ComponentRule {
  return mdxVocabulary[name];
}
