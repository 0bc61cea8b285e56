import { roundBreakEvenUp, type BusinessFigures } from "../costs/business-figures";
import { formatCommitment } from "../cgu/commitments";
import type { SiteData } from "../content/load-content";
import type { CguVersionFrontmatter } from "../content/schemas/cgu-version";
import { filledWith, mapFillable, type Fillable } from "../content/placeholder";
import { formatCount, formatCountAfterDe } from "../format/counts";
import {
  formatEuros,
  formatEurosCompact,
  formatGigabitsPerSecond,
  formatGigabytes,
  formatPercent,
  formatTebibytes,
  formatTerabytes,
} from "../format/numbers";
import { factNames, type FactName } from "../content/vocabulary";

export type { FactName } from "../content/vocabulary";
import { convertTerabytesToTebibytes } from "../infrastructure/storage-capacity";

/** The data files, and the CGU version in force when the page is rendered. */
export type FactSources = SiteData & { cgu: CguVersionFrontmatter };

/** A fact is text, or a placeholder the operator has not filled in yet. */
export type FactValue = Fillable<string>;

/** Plain text means a value the data always has; operator fields stay Fillable. */
type FactBuilder = (sources: FactSources, figures: BusinessFigures) => string | FactValue;

/**
 * Every figure that prose may quote with <Fact name="…" />. Prose never types a number:
 * it names the fact, and the value comes from the data files.
 */
const factBuilders = {
  siteName: ({ identity }) => identity.siteName,
  legalName: ({ identity }) => mapFillable(identity.ownerName, (name) => `${name} EI`),
  siret: ({ identity }) => mapFillable(identity.siret, formatSiret),
  rcs: ({ identity }) => {
    if (!identity.rcsCity.filled) return identity.rcsCity;
    if (!identity.siret.filled) return identity.siret;
    return `RCS ${identity.rcsCity.value} ${formatSiren(identity.siret.value)}`;
  },
  email: ({ identity }) => identity.email,
  phone: ({ identity }) => identity.phone,
  publicationDirector: ({ identity }) => identity.publicationDirector,
  mediatorName: ({ identity }) => identity.mediator.name,
  mediatorWebsite: ({ identity }) => identity.mediator.website,
  vatMention: ({ identity }) => (identity.vatExempt ? "TVA non applicable, art. 293 B du CGI" : "TVA en sus au taux en vigueur"),

  providerName: ({ infrastructure }) => infrastructure.provider.name,
  datacenterCity: ({ infrastructure }) => infrastructure.datacenter.city,
  datacenterCountry: ({ infrastructure }) => infrastructure.datacenter.country,
  datacenterCode: ({ infrastructure }) => infrastructure.datacenter.code,
  diskCount: ({ infrastructure }) => String(infrastructure.server.disks.count),
  diskKind: ({ infrastructure }) => infrastructure.server.disks.kind,
  diskSize: ({ infrastructure }) => formatTerabytes(infrastructure.server.disks.sizeTb),
  raidLevel: ({ infrastructure }) => infrastructure.server.raidLevel,
  usableCapacity: (_, figures) => formatTerabytes(figures.usableCapacityTb),
  usableCapacityTib: (_, figures) => formatTebibytes(convertTerabytesToTebibytes(figures.usableCapacityTb)),
  guaranteedDiskFailures: (_, figures) => formatCount(figures.faultTolerance.guaranteedDiskFailures, "disque", "disques"),
  guaranteedDiskFailuresAfterDe: (_, figures) => formatCountAfterDe(figures.faultTolerance.guaranteedDiskFailures, "disque", "disques"),
  bestCaseDiskFailures: (_, figures) => formatCount(figures.faultTolerance.bestCaseDiskFailures, "disque", "disques"),
  ram: ({ infrastructure }) => {
    const ram = infrastructure.server.ram;
    return `${formatGigabytes(ram.sizeGb)} ${ram.type}${ram.ecc ? " ECC" : ""}`;
  },
  powerSupplies: ({ infrastructure }) =>
    infrastructure.server.powerSupplies === 1
      ? "un seul bloc d’alimentation"
      : formatCount(infrastructure.server.powerSupplies, "bloc d’alimentation", "blocs d’alimentation"),
  networkInterfaces: ({ infrastructure }) =>
    infrastructure.server.networkInterfaces === 1
      ? "une seule interface réseau"
      : formatCount(infrastructure.server.networkInterfaces, "interface réseau", "interfaces réseau", "f"),
  networkSpeed: ({ infrastructure }) => formatGigabitsPerSecond(infrastructure.server.networkSpeedGbps),
  hypervisor: ({ infrastructure }) => infrastructure.software.hypervisor,
  hostOs: ({ infrastructure }) => infrastructure.software.hostOs,
  containerTechnology: ({ infrastructure }) => infrastructure.software.containerTechnology,
  containerOs: ({ infrastructure }) => infrastructure.software.containerOs,
  backupTool: ({ infrastructure }) => infrastructure.backup.tool,
  backupFrequency: ({ infrastructure }) => infrastructure.backup.frequency,
  backupScope: ({ infrastructure }) => infrastructure.backup.scope,
  backupProvider: ({ infrastructure }) => infrastructure.backup.provider,
  backupRegion: ({ infrastructure }) => infrastructure.backup.region,
  restoreTime: ({ infrastructure }) => infrastructure.backup.restoreTime,

  pricePerTbMonth: ({ costs }) => formatEurosCompact(costs.pricePerTbMonthCents),
  annualCosts: (_, figures) => formatEurosCompact(figures.annualCostsCents),
  monthlyCosts: (_, figures) => formatEuros(figures.monthlyCostsCents),
  /** For prose that says « environ »: to the euro, since cents would contradict it. */
  monthlyCostsRounded: (_, figures) => formatEurosCompact(Math.round(figures.monthlyCostsCents / 100) * 100),
  contributionRate: (_, figures) => formatPercent(figures.fullOccupancy.contributionRate),
  fullOccupancyRevenue: (_, figures) => formatEurosCompact(figures.fullOccupancy.revenueCents),
  fullOccupancyNet: (_, figures) => formatEuros(figures.fullOccupancy.netCents, "euros"),
  breakEvenCapacity: (_, figures) =>
    figures.breakEvenTb === undefined ? "aucune capacité" : formatTerabytes(roundBreakEvenUp(figures.breakEvenTb)),

  serverLogRetention: ({ privacy }) => mapFillable(privacy.serverLogRetentionDays, (days) => formatCount(days, "jour", "jours")),
  contactRequestRetention: ({ offer }) => `${formatCount(offer.requestForm.retentionYears, "an", "ans")} à compter du dernier échange`,
  mailProvider: ({ offer }) => offer.requestForm.mailProvider,
  streetAddress: ({ identity }) => {
    const { street, postalCode, city, country } = identity.address;
    if (!street.filled || !postalCode.filled || !city.filled)
      return { filled: false, hint: "adresse professionnelle\u00a0: numéro, rue, code postal et ville" };
    return `${street.value}, ${postalCode.value} ${city.value}, ${country}`;
  },
  siren: ({ identity }) => mapFillable(identity.siret, formatSiren),
  availabilityTarget: ({ cgu }) => formatCommitment("availabilityTarget", cgu),
  availabilityCommitment: ({ cgu }) => formatCommitment("availabilityCommitment", cgu),
} satisfies Record<FactName, FactBuilder>;

export function buildFacts(sources: FactSources, figures: BusinessFigures): Record<FactName, FactValue> {
  const entries = factNames.map((name) => {
    const value = factBuilders[name](sources, figures);
    return [name, typeof value === "string" ? filledWith(value) : value] as const;
  });
  return Object.fromEntries(entries) as Record<FactName, FactValue>;
}

/** « 123 456 789 »: the SIREN, the first nine digits of the SIRET. */
function formatSiren(siret: string): string {
  return `${siret.slice(0, 3)}\u00a0${siret.slice(3, 6)}\u00a0${siret.slice(6, 9)}`;
}

/** « 123 456 789 00012 »: SIREN in groups of three, then the NIC. */
function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)}\u00a0${siret.slice(3, 6)}\u00a0${siret.slice(6, 9)}\u00a0${siret.slice(9)}`;
}
