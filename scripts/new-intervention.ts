/**
 * npm run nouvelle-intervention — writes a new file in content/interventions (usage below).
 */
import fs from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { checkContent, formatCheckReport } from "../lib/content/check-content";
import { displayPath, getContentDir } from "../lib/content/content-dir";
import { loadContent } from "../lib/content/load-content";
import type { InterventionImpact, InterventionKind } from "../lib/content/schemas/intervention";
import { formatDateTimeParis } from "../lib/format/dates";
import { parseParisDateTime } from "../lib/format/paris-calendar";
import { interventionHref } from "../lib/web/routes";
import { absoluteUrl } from "../lib/web/site";
import { parseDurationMinutes, renderInterventionFile, slugify, type InterventionDraft } from "../lib/interventions/draft";
import { readOptions } from "./command-line";

const usage = `Usage : npm run nouvelle-intervention [-- options]

Crée un fichier dans content/interventions. Sans option, pose une question par champ ;
chaque option répond à la question correspondante (pratique depuis un script ou un téléphone) :
  --titre "…"          titre de l'intervention
  --nature …           maintenance, incident ou operation
  --debut "…"          début, heure de Paris : 2026-12-08 22:00
  --duree …            1h30, 45min ; vide pour un incident encore en cours
  --impact …           aucun, degrade ou interruption
  --services "a,b"     services touchés (identifiants de content/data/infrastructure.yaml)
  --resume "…"         une ou deux phrases pour la liste et les flux
  -h, --help           affiche cette aide

Le contenu est ensuite vérifié comme à la construction, et l'adresse de la page est affichée.`;

const kinds: Record<string, InterventionKind> = {
  maintenance: "maintenance",
  incident: "incident",
  operation: "operation",
  opération: "operation",
};
const impacts: Record<string, InterventionImpact> = {
  aucun: "none",
  aucune: "none",
  none: "none",
  degrade: "degraded",
  dégradé: "degraded",
  degraded: "degraded",
  interruption: "interruption",
};

const { values: flags } = readOptions(usage, {
  titre: { type: "string" },
  nature: { type: "string" },
  debut: { type: "string" },
  duree: { type: "string" },
  impact: { type: "string" },
  services: { type: "string" },
  resume: { type: "string" },
});

const contentDir = getContentDir();
const loaded = loadContent(contentDir);
const knownServices = loaded.content?.data.infrastructure.services.map((service) => service.id) ?? [];
if (knownServices.length === 0) {
  console.error("Le contenu actuel ne se charge pas : lancez d'abord npm run check et corrigez les erreurs.");
  process.exit(1);
}

const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
// Lines typed ahead (or piped in) are queued, so each question gets the next one.
const answers: string[] = [];
const waiting: ((line: string | undefined) => void)[] = [];
let closed = false;
prompt.on("line", (line) => (waiting.length > 0 ? waiting.shift()!(line) : answers.push(line)));
prompt.on("close", () => {
  closed = true;
  for (const resolve of waiting.splice(0)) resolve(undefined);
});

async function readLine(question: string): Promise<string> {
  process.stdout.write(question);
  const line =
    answers.length > 0 ? answers.shift() : closed ? undefined : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
  if (line === undefined) {
    console.error("\nRéponse manquante : l'entrée est terminée.");
    process.exit(2);
  }
  if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
  return line.trim();
}

/** A field from its flag, or asked until the answer is valid. A bad flag stops the script. */
async function obtain<T>(flag: string | undefined, question: string, parse: (text: string) => T | undefined, help: string): Promise<T> {
  if (flag !== undefined) {
    const value = parse(flag);
    if (value === undefined) {
      console.error(`Valeur refusée « ${flag} » : ${help}`);
      process.exit(2);
    }
    return value;
  }
  for (;;) {
    const value = parse(await readLine(question));
    if (value !== undefined) return value;
    console.log(`  ${help}`);
  }
}

const nonEmpty = (text: string) => (text.trim() === "" ? undefined : text.trim());

const title = await obtain(flags.titre, "Titre : ", nonEmpty, "un titre est nécessaire.");
const kind = await obtain(
  flags.nature,
  "Nature (maintenance, incident, operation) : ",
  (text) => kinds[text.toLowerCase()],
  "maintenance, incident ou operation.",
);
const start = await obtain(flags.debut, "Début, heure de Paris (AAAA-MM-JJ HH:MM) : ", parseParisDateTime, "par exemple 2026-12-08 22:00.");
const durationMinutes = await obtain(
  flags.duree,
  kind === "incident" ? "Durée (1h30, 45min ; vide si l'incident est en cours) : " : "Durée prévue (1h30, 45min) : ",
  (text) => (text.trim() === "" && kind === "incident" ? null : (parseDurationMinutes(text) ?? undefined)),
  kind === "incident" ? "par exemple 1h30, ou rien si la fin n'est pas connue." : "par exemple 1h30 ou 45min.",
);
const impact = await obtain(
  flags.impact,
  "Impact (aucun, degrade, interruption) : ",
  (text) => impacts[text.toLowerCase()],
  "aucun, degrade ou interruption.",
);
const services = await obtain(
  flags.services,
  `Services touchés, séparés par des virgules (${knownServices.join(", ")}) : `,
  (text) => {
    const list = text
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
    return list.length > 0 && list.every((item) => knownServices.includes(item)) ? list : undefined;
  },
  `un ou plusieurs parmi : ${knownServices.join(", ")}.`,
);
const summary = await obtain(
  flags.resume,
  "Résumé en une ou deux phrases : ",
  nonEmpty,
  "un résumé est nécessaire (il apparaît dans la liste et les flux).",
);
prompt.close();

const draft: InterventionDraft = { title, kind, start, durationMinutes: durationMinutes ?? undefined, impact, services, summary };
const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(start);
const base = `${day}-${slugify(title) || "intervention"}`;
let slug = base;
for (let index = 2; fs.existsSync(path.join(contentDir, "interventions", `${slug}.mdx`)); index++) slug = `${base}-${index}`;
const file = path.join(contentDir, "interventions", `${slug}.mdx`);
fs.writeFileSync(file, renderInterventionFile(draft, new Date()));

console.log(`\nFichier créé : ${displayPath(file)}`);
console.log(`Début : ${formatDateTimeParis(start)}`);
const { issues } = checkContent(contentDir);
const ownErrors = issues.filter((issue) => issue.severity === "error");
if (ownErrors.length > 0) {
  console.log(formatCheckReport(ownErrors));
  process.exitCode = 1;
} else {
  console.log("Le contenu reste valide (npm run check).");
}
console.log(`Adresse de la page une fois publiée : ${absoluteUrl(interventionHref(slug))}`);
