import fs from "node:fs";
import path from "node:path";

const kinds = ["maintenance", "incident", "operation"] as const;
const impacts = { maintenance: "interruption", incident: "interruption", operation: "none" } as const;
const services = [["conteneurs", "site"], ["stockage"], ["reseau", "conteneurs"], ["sauvegardes"], ["hyperviseur", "conteneurs", "site"]];
const titles = {
  maintenance: ["Mise à jour du noyau", "Mise à jour de Proxmox VE", "Remplacement d'un disque", "Changement de barrette mémoire"],
  incident: ["Perte de connectivité réseau", "Redémarrage inattendu du serveur", "Disque en erreur", "Saturation du stockage"],
  operation: ["Test de restauration", "Vérification des sauvegardes", "Contrôle des disques", "Rotation des clés"],
};

/**
 * Writes `count` realistic interventions, spread evenly from `from` to `to` (about one a week over
 * twenty years for 1 000), into `<dir>/interventions`. Deterministic: the same call writes the same files.
 */
export function generateInterventions(dir: string, count: number, from: Date, to: Date): void {
  const folder = path.join(dir, "interventions");
  const step = (to.getTime() - from.getTime()) / count;
  for (let index = 0; index < count; index++) {
    const kind = kinds[index % 3]!;
    const start = new Date(from.getTime() + index * step);
    start.setUTCMinutes(0, 0, 0);
    const durationMinutes = 20 + ((index * 37) % 160);
    const end = new Date(start.getTime() + durationMinutes * 60_000);
    const announced = new Date(start.getTime() - (index % 5 === 0 ? 12 : 72) * 3_600_000);
    const title = `${titles[kind][index % 4]} n° ${index + 1}`;
    const slug = `${start.toISOString().slice(0, 10)}-bench-${String(index + 1).padStart(4, "0")}`;
    const lines = [
      "---",
      `title: ${JSON.stringify(title)}`,
      `kind: ${kind}`,
      `start: ${start.toISOString()}`,
      `end: ${end.toISOString()}`,
      `impact: ${impacts[kind]}`,
      ...(kind === "incident" ? [] : [`announced: ${announced.toISOString()}`]),
      ...(kind === "incident" ? [] : ["status: completed"]),
      `services: [${services[index % services.length]!.join(", ")}]`,
      `summary: ${JSON.stringify(`Intervention de test n° ${index + 1}, générée pour mesurer le site avec un long journal.`)}`,
      ...(index % 4 === 0
        ? [
            "updates:",
            `  - at: ${new Date(start.getTime() + 10 * 60_000).toISOString()}`,
            "    text: Diagnostic en cours.",
            `  - at: ${end.toISOString()}`,
            "    text: Résolu.",
          ]
        : []),
      "---",
      "",
      `Détails de l'intervention n° ${index + 1} : ce qui a été fait, pourquoi, et ce qui a été vérifié ensuite.`,
      "",
      "- première étape ;",
      "- seconde étape.",
      "",
    ];
    fs.writeFileSync(path.join(folder, `${slug}.mdx`), lines.join("\n"));
  }
}
