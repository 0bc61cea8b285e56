/**
 * npm run miroir — writes a static copy of the running site, for a second host (usage below).
 */
import { getContentDir } from "../lib/content/content-dir";
import { loadContent } from "../lib/content/load-content";
import { formatDecimal } from "../lib/format/numbers";
import { exportMirror } from "../lib/publication/export-mirror";
import { findNextStateChange } from "../lib/publication/next-state-change";
import { readOptions, refuseArguments } from "./command-line";

const usage = `Usage : npm run miroir -- <dossier> [--depuis <adresse>]
        npm run miroir -- --prochaine-echeance

Écrit dans <dossier> une copie statique du site servi à <adresse>, lisible par n'importe quel
serveur de fichiers quand le serveur du site est arrêté : chaque page du plan du site, les flux,
le calendrier, status.json, les images de partage, la feuille de style et l'icône. Aucun script ;
chaque page indique l'heure de la copie. La copie est écrite à côté puis mise en place d'un coup :
un serveur de fichiers ne voit jamais une copie à moitié écrite.

Options :
  --depuis <adresse>     adresse du serveur à copier (http://127.0.0.1:3000 par défaut)
  --prochaine-echeance   n'écrit rien : affiche l'instant (UTC, ISO 8601) du prochain changement
                         d'état d'une page (début ou fin d'intervention, annonce, CGU qui entre en
                         vigueur), d'après le contenu de CONTENT_DIR ; rien s'il n'y en a pas
  -h, --help             affiche cette aide

Code de sortie : 0 copie écrite ; 1 serveur injoignable ou page en erreur (l'ancienne copie reste
en place) ; 2 option invalide.`;

const { values, positionals } = readOptions(
  usage,
  { depuis: { type: "string" }, "prochaine-echeance": { type: "boolean" } },
  { positionals: true },
);

if (values["prochaine-echeance"]) {
  if (positionals.length > 0) refuseArguments("--prochaine-echeance ne prend pas de dossier");
  const { content, issues } = loadContent(getContentDir());
  if (!content) {
    console.error(`Erreur : contenu invalide (${issues.filter((issue) => issue.severity === "error").length} erreur(s), npm run check).`);
    process.exit(1);
  }
  const next = findNextStateChange(content, new Date());
  if (next) console.log(next.toISOString());
} else {
  if (positionals.length !== 1) refuseArguments("indiquez un seul dossier où écrire la copie");
  const origin = values.depuis ?? "http://127.0.0.1:3000";
  try {
    new URL(origin);
  } catch {
    refuseArguments(`« ${origin} » n'est pas une adresse ; exemple : http://127.0.0.1:3000`);
  }
  try {
    const report = await exportMirror(positionals[0]!, origin);
    for (const missing of report.missing) console.warn(`Lien sans réponse 200, laissé tel quel : ${missing}`);
    console.log(
      `Copie écrite dans ${positionals[0]} en ${formatDecimal(report.durationMs / 1000, 2)} s : ` +
        `${report.pages} pages, ${report.files} fichiers, ${formatDecimal(report.bytes / 1e6, 1)} Mo.`,
    );
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}. L'ancienne copie, s'il y en a une, reste en place.`);
    process.exit(1);
  }
}
