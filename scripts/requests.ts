/**
 * npm run demandes — lists, shows and deletes the requests sent through the form (/contact).
 */
import { readContactSettings } from "../lib/contact/contact-settings";
import { RequestStore, type StoredRequest } from "../lib/contact/request-store";
import { computeRetentionEnd, isPastRetention } from "../lib/contact/retention";
import { loadContent } from "../lib/content/load-content";
import { formatDateTimeParis, toParisCalendarDate } from "../lib/format/dates";
import { parseParisDateTime } from "../lib/format/paris-calendar";
import { readOptions, refuseArguments } from "./command-line";

const usage = `Usage : npm run demandes -- [commande] [options]

Les demandes envoyées par le formulaire (/contact), enregistrées dans DATA_DIR/demandes
(par défaut ./.data ; en production /var/lib/hebergement, voir deploy/README.md).

Commandes :
  (aucune)                    liste les demandes, de la plus ancienne à la plus récente
  voir <référence>            affiche une demande en entier
  contact <référence> [date]  note un nouvel échange avec ce prospect (aujourd'hui par défaut,
                              ou « AAAA-MM-JJ ») : la durée de conservation repart de là
  supprimer <référence>       supprime une demande (par exemple à la demande de la personne)
  purger                      liste les demandes dont la durée de conservation est dépassée ;
                              avec --confirmer, les supprime

Options :
  --dossier <chemin>   dossier des données (sinon DATA_DIR, sinon ./.data)
  --confirmer          avec « purger » : supprime vraiment
  -h, --help           affiche cette aide`;

const { values, positionals } = readOptions(usage, { dossier: { type: "string" }, confirmer: { type: "boolean" } }, { positionals: true });
const [command = "lister", reference, extra] = positionals;
const settings = readContactSettings(values.dossier ? { ...process.env, DATA_DIR: values.dossier } : process.env);
const store = new RequestStore(settings.dataDir);
const retentionYears = readRetentionYears();
const now = new Date();

switch (command) {
  case "lister":
    await listRequests();
    break;
  case "voir":
    showRequest(await findOrRefuse(reference));
    break;
  case "contact":
    await recordContact(await findOrRefuse(reference), extra);
    break;
  case "supprimer": {
    const request = await findOrRefuse(reference);
    await store.remove(request);
    console.log(`Demande ${request.id} supprimée.`);
    break;
  }
  case "purger":
    await purge();
    break;
  default:
    refuseArguments(`commande inconnue « ${command} » ; commandes : voir, contact, supprimer, purger`);
}

async function listRequests(): Promise<void> {
  const requests = await store.listAll();
  if (requests.length === 0) {
    console.log(`Aucune demande dans ${settings.dataDir}.`);
    return;
  }
  for (const request of requests) {
    const { name, email, organization } = request.fields;
    const state = request.deliveredAt ? "envoyée" : "EN ATTENTE D'ENVOI";
    console.log(
      `${request.id}  ${formatDateTimeParis(new Date(request.receivedAt))}  ${name} <${email}>${organization ? ` (${organization})` : ""}  — ${state}`,
    );
  }
  const due = requests.filter((request) => isPastRetention(request, retentionYears, now)).length;
  console.log(`\n${requests.length} demande(s)${due > 0 ? ` ; ${due} à supprimer (npm run demandes -- purger)` : ""}.`);
}

function showRequest(request: StoredRequest): void {
  const { name, email, organization, spaceTb, project } = request.fields;
  console.log(`Référence          : ${request.id}
Reçue le           : ${formatDateTimeParis(new Date(request.receivedAt))}
Nom                : ${name}
Adresse e-mail     : ${email}
Organisation       : ${organization ?? "—"}
Espace souhaité    : ${spaceTb === undefined ? "—" : `${String(spaceTb).replace(".", ",")} To`}
Envoi par e-mail   : ${request.deliveredAt ? `accepté par le serveur SMTP le ${formatDateTimeParis(new Date(request.deliveredAt))}` : "en attente"}
Dernier échange    : ${toParisCalendarDate(new Date(request.lastContactAt))}
À supprimer le     : ${toParisCalendarDate(computeRetentionEnd(request, retentionYears))} (${retentionYears} ans après le dernier échange)

Projet :
${project}`);
}

async function recordContact(request: StoredRequest, day: string | undefined): Promise<void> {
  const at = day === undefined ? now : parseParisDateTime(`${day} 12:00`);
  if (!at) refuseArguments(`date « ${day} » illisible ; format attendu : AAAA-MM-JJ`);
  const updated = await store.recordContact(request, at);
  console.log(`Échange noté ; ${request.id} sera à supprimer le ${toParisCalendarDate(computeRetentionEnd(updated, retentionYears))}.`);
}

async function purge(): Promise<void> {
  const due = (await store.listAll()).filter((request) => isPastRetention(request, retentionYears, now));
  if (due.length === 0) {
    console.log(`Aucune demande n'a dépassé ${retentionYears} ans après le dernier échange.`);
    return;
  }
  for (const request of due) {
    if (values.confirmer) await store.remove(request);
    console.log(
      `${values.confirmer ? "Supprimée" : "À supprimer"} : ${request.id} (dernier échange le ${toParisCalendarDate(new Date(request.lastContactAt))})`,
    );
  }
  if (!values.confirmer) console.log("\nRien n'a été supprimé : relancez avec --confirmer pour supprimer ces demandes.");
}

async function findOrRefuse(id: string | undefined): Promise<StoredRequest> {
  if (!id) refuseArguments("indiquez la référence de la demande (npm run demandes pour la liste)");
  const request = await store.find(id);
  if (!request) refuseArguments(`aucune demande « ${id} » dans ${settings.dataDir}`);
  return request;
}

/** The retention the privacy page states, from content/data/offre.yaml. */
function readRetentionYears(): number {
  const { content } = loadContent();
  if (!content) {
    console.error("Erreur : le contenu est invalide ; lancez npm run check.");
    process.exit(1);
  }
  return content.data.offer.requestForm.retentionYears;
}
