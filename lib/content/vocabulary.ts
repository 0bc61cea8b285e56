/**
 * The names content files may use: page ids (`<PageLink to>`), facts (`<Fact name>`) and CGU
 * commitments (`<Commitment name>`). They live here, at the ground floor, so that the content
 * check knows them without loading the code that computes them; lib/web/routes.ts,
 * lib/rendering/facts.ts and lib/cgu/commitments.ts implement exactly these names (`satisfies`).
 */

/** Each id has its prose in content/pages/<id>.mdx and its path in lib/web/routes.ts. */
export const pageIds = [
  "presentation",
  "offre",
  "infrastructure",
  "couts",
  "interventions",
  "cgu",
  "mentions-legales",
  "contact",
  "confidentialite",
] as const;
export type PageId = (typeof pageIds)[number];

export function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

export const factNames = [
  "siteName",
  "legalName",
  "siret",
  "rcs",
  "email",
  "phone",
  "publicationDirector",
  "mediatorName",
  "mediatorWebsite",
  "vatMention",
  "providerName",
  "datacenterCity",
  "datacenterCountry",
  "datacenterCode",
  "diskCount",
  "diskKind",
  "diskSize",
  "raidLevel",
  "usableCapacity",
  "usableCapacityTib",
  "guaranteedDiskFailures",
  "guaranteedDiskFailuresAfterDe",
  "bestCaseDiskFailures",
  "ram",
  "powerSupplies",
  "networkInterfaces",
  "networkSpeed",
  "hypervisor",
  "hostOs",
  "containerTechnology",
  "containerOs",
  "backupTool",
  "backupFrequency",
  "backupScope",
  "backupProvider",
  "backupRegion",
  "restoreTime",
  "pricePerTbMonth",
  "annualCosts",
  "monthlyCosts",
  "monthlyCostsRounded",
  "contributionRate",
  "fullOccupancyRevenue",
  "fullOccupancyNet",
  "breakEvenCapacity",
  "availabilityTarget",
  "availabilityCommitment",
  "serverLogRetention",
  "contactRequestRetention",
  "mailProvider",
  "streetAddress",
  "siren",
] as const;
export type FactName = (typeof factNames)[number];

export const commitmentNames = [
  "availabilityTarget",
  "monthlyDowntimeBudget",
  "availabilityCommitment",
  "maintenanceNotice",
  "backupRetention",
  "exportWindow",
  "supportResponseTime",
  "billingTerms",
  "providerTerminationNotice",
  "changeNotice",
  "subprocessorNotice",
  "liabilityCap",
] as const;
export type CommitmentName = (typeof commitmentNames)[number];
