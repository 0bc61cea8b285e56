import { findCguInForce } from "@/lib/cgu/versions";
import { loadContent } from "@/lib/content/load-content";
import { copyDemoContent } from "../support/content-fixtures";
import { computeBusinessFigures } from "@/lib/costs/business-figures";
import { describeFillable } from "@/lib/content/placeholder";
import { buildFacts, type FactName } from "@/lib/rendering/facts";
import { pageHref, pageIds, type PageId } from "@/lib/web/routes";

/**
 * What a visitor must find on each page, derived from the operator's data files: the browser
 * tests check that the page shows the data, whatever values the operator has written.
 */
// The site project serves the demo content (playwright.config.ts); the same is composed here.
const { content, issues } = loadContent(copyDemoContent());
if (!content) throw new Error(`contenu invalide : ${issues.map((issue) => issue.message).join("; ")}`);
export const siteContent = content;

const cgu = findCguInForce(content.cguVersions, new Date());
const { infrastructure, costs, rates } = content.data;
export const facts = buildFacts({ ...content.data, cgu: cgu.frontmatter }, computeBusinessFigures(infrastructure, costs, rates));

export function factText(name: FactName): string {
  return describeFillable(facts[name]);
}

const keyFacts: Record<PageId, (FactName | string)[]> = {
  offre: ["pricePerTbMonth", "containerTechnology", "containerOs", "Ai-je un accès root ou SSH", "Quel préavis pour partir"],
  contact: ["étudie toutes les demandes", "Votre projet"],
  // Written by the privacy page's own work (issue 10 only links to it).
  presentation: [
    "Mon infrastructure se veut redondante, pas moi",
    "micro-entreprise",
    "partenariat",
    "pricePerTbMonth",
    "containerTechnology",
  ],
  infrastructure: [
    "providerName",
    "datacenterCode",
    "raidLevel",
    "usableCapacity",
    "diskSize",
    "ram",
    "networkSpeed",
    "powerSupplies",
    "hypervisor",
    "backupProvider",
    "restoreTime",
  ],
  couts: [
    "annualCosts",
    "monthlyCostsRounded",
    "fullOccupancyNet",
    "contributionRate",
    "breakEvenCapacity",
    "availabilityTarget",
    "pricePerTbMonth",
  ],
  cgu: ["vatMention", "availabilityTarget", "En vigueur depuis le", "objectif, et non une garantie", "médiateur"],
  interventions: ["heure de Paris", "Passées"],
  "mentions-legales": ["providerName", "Directeur de la publication", "SIRET", "legalName", "serverLogRetention", "rcs"],
  confidentialite: ["Responsable du traitement", "legalName", "serverLogRetention", "contactRequestRetention", "backupProvider", "CNIL"],
};

export const pagesToCheck = pageIds.map((id) => ({
  id,
  path: pageHref(id),
  title: content.pages[id].frontmatter.title,
  description: content.pages[id].frontmatter.description,
  keyTexts: keyFacts[id].map((item) => (item in facts ? factText(item as FactName) : item)),
}));
