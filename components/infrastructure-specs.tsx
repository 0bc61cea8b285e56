import type { BusinessFigures } from "@/lib/business-figures";
import type { Infrastructure } from "@/lib/content/schemas/infrastructure";
import { formatCount } from "@/lib/french-count";
import { formatGigabitsPerSecond, formatGigabytes, formatTebibytes, formatTerabytes } from "@/lib/format-number";
import { typesetFrench } from "@/lib/french-typography";
import { convertTerabytesToTebibytes } from "@/lib/storage-capacity";
import { RedundancyBadge } from "./redundancy-badge";

/** The machine, line by line, with what survives a failure and what does not. */
export function InfrastructureSpecs({ infrastructure, figures }: { infrastructure: Infrastructure; figures: BusinessFigures }) {
  const { server, software, backup, provider, datacenter } = infrastructure;
  const { guaranteedDiskFailures, bestCaseDiskFailures } = figures.faultTolerance;
  const rows = [
    {
      part: "Centre de données",
      detail: `${provider.name}, ${datacenter.city} (${datacenter.country}), bâtiment ${datacenter.code}`,
      redundancy: { redundant: true, detail: datacenter.redundancy },
    },
    {
      part: "Serveur",
      detail: "un serveur dédié, administré par moi seul",
      redundancy: { redundant: false, detail: "un seul serveur : s’il tombe, tous les services s’arrêtent" },
    },
    {
      part: "Disques",
      detail: `${server.disks.count} ${server.disks.kind} de ${formatTerabytes(server.disks.sizeTb)} en ${server.raidLevel} : ${formatTerabytes(figures.usableCapacityTb)} utiles (≈ ${formatTebibytes(convertTerabytesToTebibytes(figures.usableCapacityTb))})`,
      redundancy: {
        redundant: guaranteedDiskFailures > 0,
        detail:
          guaranteedDiskFailures === bestCaseDiskFailures
            ? `supporte la panne de ${formatCount(guaranteedDiskFailures, "disque", "disques")}`
            : `supporte la panne de ${formatCount(guaranteedDiskFailures, "disque", "disques")}, jusqu’à ${formatCount(bestCaseDiskFailures, "disque", "disques")} si elles touchent des paires différentes`,
      },
    },
    {
      part: "Mémoire vive",
      detail: `${formatGigabytes(server.ram.sizeGb)} ${server.ram.type}${server.ram.ecc ? " ECC" : ""}`,
      redundancy: {
        redundant: false,
        detail: server.ram.ecc
          ? "l’ECC détecte et corrige les erreurs de bit, mais une barrette défaillante arrête le serveur"
          : "sans correction d’erreurs",
      },
    },
    {
      part: "Alimentation",
      detail: formatCount(server.powerSupplies, "bloc d’alimentation", "blocs d’alimentation"),
      redundancy: { redundant: server.powerSupplies > 1, detail: server.powerSupplies > 1 ? "un bloc peut tomber en panne" : "sa panne arrête le serveur" },
    },
    {
      part: "Réseau",
      detail: `${formatCount(server.networkInterfaces, "interface", "interfaces", "f")} à ${formatGigabitsPerSecond(server.networkSpeedGbps)}`,
      redundancy: {
        redundant: server.networkInterfaces > 1,
        detail: server.networkInterfaces > 1 ? "une interface peut tomber en panne" : "sa panne coupe l’accès au serveur",
      },
    },
    {
      part: "Virtualisation",
      detail: `${software.hypervisor} sur ${software.hostOs} ; un conteneur ${software.containerTechnology} sous ${software.containerOs} par client`,
      redundancy: { redundant: false, detail: "un seul hyperviseur" },
    },
    {
      part: "Sauvegardes",
      detail: `${backup.tool}, ${backup.frequency}, ${backup.scope}${backup.encrypted ? ", chiffrées" : ""}, envoyées chez ${backup.provider} (${backup.region})`,
      redundancy: { redundant: true, detail: "une copie hors du serveur et hors du centre de données" },
    },
  ];
  return (
    <div className="overflow-x-auto">
      <table>
        <caption className="text-left">Composition du serveur et redondance de chaque élément</caption>
        <thead>
          <tr>
            <th scope="col">Élément</th>
            <th scope="col">Détail</th>
            <th scope="col">Redondant&nbsp;?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.part}>
              <th scope="row">{row.part}</th>
              <td>{typesetFrench(row.detail)}</td>
              <td>
                <RedundancyBadge redundant={row.redundancy.redundant} detail={typesetFrench(row.redundancy.detail)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
