import type { ComponentType, ReactNode } from "react";
import { formatCommitment, type CommitmentName } from "@/lib/cgu/commitments";
import type { CguVersionFrontmatter } from "@/lib/content/schemas/cgu-version";
import type { OfferSection } from "@/lib/content/schemas/offer";
import type { RenderContext } from "@/lib/rendering/render-context";
import type { FactName } from "@/lib/rendering/facts";
import { describeInfrastructure } from "@/lib/infrastructure/redundancy";
import type { MdxComponentName } from "@/lib/content/mdx-vocabulary";
import type { PageId } from "@/lib/web/routes";
import { CostBreakdownChart } from "../costs/cost-breakdown-chart";
import { CostTable } from "../costs/cost-table";
import { FactText } from "../facts/fact-text";
import { InfrastructureDiagram } from "../infrastructure/infrastructure-diagram";
import { InfrastructureSpecs } from "../infrastructure/infrastructure-specs";
import { KeyFigures } from "../facts/key-figures";
import { LegalNotice } from "../facts/legal-notice";
import { NetResultChart } from "../costs/net-result-chart";
import { OccupancyTable } from "../costs/occupancy-table";
import { OfferAnswers } from "../offer/offer-answers";
import { PageLink } from "../site/page-link";
import { RequestCallToAction } from "../contact/request-call-to-action";
import { ProjectionDetails } from "../costs/projection-details";

/**
 * The one components map given to every MDX document. Its keys are exactly the names of
 * lib/content/mdx-vocabulary.ts, which the content check validates MDX against.
 */
export interface MdxSource {
  file: string;
  /** Set when the document is a CGU version: <Commitment> shows this version's values. */
  cguVersion?: CguVersionFrontmatter;
  /** Client components rendered where the MDX places them, provided by the one page that has them. */
  slots?: MdxSlots;
}

export interface MdxSlots {
  costCalculator?: ReactNode;
}

export function buildMdxComponents(context: RenderContext, document: MdxSource): Record<MdxComponentName, ComponentType<never>> {
  const { content, facts, figures } = context;
  const { identity, infrastructure } = content.data;
  const components = {
    PageLink: ({ to, children }: { to: PageId; children?: ReactNode }) => (
      <PageLink to={to} titles={context.pageTitles} sourceFile={document.file}>
        {children}
      </PageLink>
    ),
    Fact: ({ name }: { name: FactName }) => {
      const value = facts[name];
      if (value === undefined) throw new Error(`${document.file} — Fact.name : fait inconnu « ${String(name)} »`);
      return <FactText value={value} />;
    },
    Commitment: ({ name }: { name: CommitmentName }) => {
      if (!document.cguVersion) throw new Error(`${document.file} — <Commitment> : réservé aux versions des CGU`);
      return <FactText value={formatCommitment(name, document.cguVersion)} />;
    },
    KeyFigures: () => <KeyFigures facts={facts} />,
    InfrastructureSpecs: () => <InfrastructureSpecs parts={describeInfrastructure(infrastructure, figures)} />,
    CostTable: () => <CostTable figures={figures} />,
    ProjectionDetails: () => <ProjectionDetails figures={figures} vatMention={facts.vatMention} />,
    OccupancyTable: () => <OccupancyTable figures={figures} />,
    LegalNotice: () => <LegalNotice identity={identity} infrastructure={infrastructure} facts={facts} />,
    NetResultChart: () => <NetResultChart figures={figures} />,
    CostBreakdownChart: () => <CostBreakdownChart figures={figures} />,
    // Interactive parts are handed in by their page (see MdxSource.slots), never imported here:
    // an import in this shared map would ship their JavaScript with every page.
    CostCalculator: () => {
      if (!document.slots?.costCalculator) throw new Error(`${document.file} — <CostCalculator> : seule la page des coûts le fournit`);
      return document.slots.costCalculator;
    },
    InfrastructureDiagram: () => (
      <InfrastructureDiagram
        parts={describeInfrastructure(infrastructure, figures)}
        backupProvider={infrastructure.backup.provider}
        backupFrequency={infrastructure.backup.frequency}
      />
    ),
    OfferAnswers: ({ section }: { section: OfferSection }) => <OfferAnswers section={section} offer={content.data.offer} facts={facts} />,
    RequestCallToAction: () => <RequestCallToAction />,
  } satisfies Record<MdxComponentName, ComponentType<never>>;
  return components;
}
