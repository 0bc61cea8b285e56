import type { ComponentType, ReactNode } from "react";
import { formatCommitment, type CommitmentName } from "@/lib/commitments";
import type { CguVersionFrontmatter } from "@/lib/content/schemas/cgu-version";
import type { RenderContext } from "@/lib/content/render-context";
import type { FactName } from "@/lib/facts";
import type { MdxComponentName } from "@/lib/mdx-vocabulary";
import type { PageId } from "@/lib/routes";
import { CostTable } from "../cost-table";
import { FactText } from "../fact-text";
import { InfrastructureSpecs } from "../infrastructure-specs";
import { KeyFigures } from "../key-figures";
import { LegalNotice } from "../legal-notice";
import { OccupancyTable } from "../occupancy-table";
import { PageLink } from "../page-link";
import { ProjectionDetails } from "../projection-details";

/**
 * The one components map given to every MDX document. Its keys are exactly the names of
 * lib/mdx-vocabulary.ts, which the content check validates MDX against.
 */
export interface MdxSource {
  file: string;
  /** Set when the document is a CGU version: <Commitment> shows this version's values. */
  cguVersion?: CguVersionFrontmatter;
}

export function buildMdxComponents(context: RenderContext, document: MdxSource): Record<MdxComponentName, ComponentType<never>> {
  const { content, facts, figures } = context;
  const { identity, infrastructure, costs } = content.data;
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
      return <>{formatCommitment(name, document.cguVersion)}</>;
    },
    KeyFigures: () => <KeyFigures facts={facts} />,
    InfrastructureSpecs: () => <InfrastructureSpecs infrastructure={infrastructure} figures={figures} />,
    CostTable: () => <CostTable costs={costs} figures={figures} />,
    ProjectionDetails: () => <ProjectionDetails figures={figures} vatMention={String(facts.vatMention)} />,
    OccupancyTable: () => <OccupancyTable figures={figures} />,
    LegalNotice: () => <LegalNotice identity={identity} infrastructure={infrastructure} facts={facts} />,
  } satisfies Record<MdxComponentName, ComponentType<never>>;
  return components;
}
