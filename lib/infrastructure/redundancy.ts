import type { BusinessFigures } from "../costs/business-figures";
import type { Infrastructure } from "../content/schemas/infrastructure";
import { formatCount, formatCountAfterDe } from "../format/counts";
import { typesetFrench } from "../format/french-typography";
import { formatGigabitsPerSecond, formatGigabytes, formatTebibytes, formatTerabytes } from "../format/numbers";
import { convertTerabytesToTebibytes } from "./storage-capacity";

export type InfrastructurePart =
  "datacenter" | "server" | "disks" | "memory" | "power" | "network" | "hypervisor" | "containers" | "backup";

export interface PartDescription {
  part: InfrastructurePart;
  label: string;
  detail: string;
  /** undefined when redundancy does not apply (the containers are isolation, not copies). */
  redundant: boolean | undefined;
  /** What a failure of this part does, or why it survives one. */
  consequence: string;
}

/**
 * Every part of the infrastructure, what it is and whether it survives a failure: one
 * description shared by the table and the diagram of /infrastructure, derived from the data.
 */
export function describeInfrastructure(infrastructure: Infrastructure, figures: BusinessFigures): PartDescription[] {
  const { server, software, backup, provider, datacenter } = infrastructure;
  const { guaranteedDiskFailures, bestCaseDiskFailures } = figures.faultTolerance;
  const disks = (count: number) => formatCount(count, "disque", "disques");
  const disksAfterDe = (count: number) => formatCountAfterDe(count, "disque", "disques");
  const parts: PartDescription[] = [
    {
      part: "datacenter",
      label: "Centre de données",
      detail: `${provider.name}, ${datacenter.city} (${datacenter.country}), bâtiment ${datacenter.code}`,
      redundant: true,
      consequence: datacenter.redundancy,
    },
    {
      part: "server",
      label: "Serveur",
      detail: "un serveur dédié, administré par moi seul",
      redundant: false,
      consequence: "un seul serveur : s'il tombe, tous les services s'arrêtent",
    },
    {
      part: "disks",
      label: "Disques",
      detail: `${server.disks.count} ${server.disks.kind} de ${formatTerabytes(server.disks.sizeTb)} en ${server.raidLevel} : ${formatTerabytes(figures.usableCapacityTb)} utiles (≈ ${formatTebibytes(convertTerabytesToTebibytes(figures.usableCapacityTb))})`,
      redundant: guaranteedDiskFailures > 0,
      consequence:
        guaranteedDiskFailures === 0
          ? "la panne d'un disque perd des données"
          : guaranteedDiskFailures === bestCaseDiskFailures
            ? `supporte la panne ${disksAfterDe(guaranteedDiskFailures)}`
            : `supporte la panne ${disksAfterDe(guaranteedDiskFailures)}, jusqu'à ${disks(bestCaseDiskFailures)} si elles touchent des paires différentes`,
    },
    {
      part: "memory",
      label: "Mémoire vive",
      detail: `${formatGigabytes(server.ram.sizeGb)} ${server.ram.type}${server.ram.ecc ? " ECC" : ""}`,
      redundant: false,
      consequence: server.ram.ecc
        ? "l'ECC détecte et corrige les erreurs de bit, mais une barrette défaillante arrête le serveur"
        : "sans correction d'erreurs",
    },
    {
      part: "power",
      label: "Alimentation",
      detail: formatCount(server.powerSupplies, "bloc d'alimentation", "blocs d'alimentation"),
      redundant: server.powerSupplies > 1,
      consequence: server.powerSupplies > 1 ? "un bloc peut tomber en panne" : "sa panne arrête le serveur",
    },
    {
      part: "network",
      label: "Réseau",
      detail: `${formatCount(server.networkInterfaces, "interface", "interfaces", "f")} à ${formatGigabitsPerSecond(server.networkSpeedGbps)}`,
      redundant: server.networkInterfaces > 1,
      consequence: server.networkInterfaces > 1 ? "une interface peut tomber en panne" : "sa panne coupe l'accès au serveur",
    },
    {
      part: "hypervisor",
      label: "Virtualisation",
      detail: `${software.hypervisor} sur ${software.hostOs}`,
      redundant: false,
      consequence: "un seul hyperviseur",
    },
    {
      part: "containers",
      label: "Clients",
      detail: `un conteneur ${software.containerTechnology} sous ${software.containerOs} par client`,
      redundant: undefined,
      consequence: "chaque client est isolé des autres",
    },
    {
      part: "backup",
      label: "Sauvegardes",
      detail: `${backup.tool}, ${backup.frequency}, ${backup.scope}${backup.encrypted ? ", chiffrées" : ""}, envoyées chez ${backup.provider} (${backup.region})`,
      redundant: true,
      consequence: "une copie hors du serveur et hors du centre de données",
    },
  ];
  return parts.map((part) => ({ ...part, detail: typesetFrench(part.detail), consequence: typesetFrench(part.consequence) }));
}
