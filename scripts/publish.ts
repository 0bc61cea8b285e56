/**
 * npm run publier — makes the running server take the content of content/, without a build
 * (usage below).
 */
import { spawnSync } from "node:child_process";
import { formatCheckReport } from "../lib/content/check-content";
import { displayPath, getContentDir } from "../lib/content/content-dir";
import { contentRevisionHeader } from "../lib/content/content-revision";
import { formatDecimal } from "../lib/format/numbers";
import { readStableContent } from "../lib/publication/reload-content";
import { findServersServing, getRuntimeDir } from "../lib/publication/server-registration";
import { readOptions, refuseArguments } from "./command-line";

const usage = `Usage : npm run publier [-- options]

Publie le contenu sur le serveur en marche, sans construction ni redémarrage :
  1. vérifie le contenu avec les règles de la construction (comme npm run check) ;
  2. demande au serveur de le relire (signal SIGHUP, comme systemctl reload) ;
  3. attend que le serveur serve cette version, et affiche le temps écoulé.
Si le contenu a une erreur, rien n'est publié et le serveur garde la version précédente.

Options :
  --pid <n>             processus du serveur à signaler (répétable) ; par défaut, les serveurs
                        de cette machine qui servent ce dossier de contenu
  --depuis <adresse>    adresse du serveur à interroger (répétable), p. ex. http://127.0.0.1:3000
  --delai <secondes>    attente maximale du serveur (30 par défaut)
  -h, --help            affiche cette aide

Variables d'environnement :
  CONTENT_DIR              dossier du contenu (content/ par défaut)
  PUBLISH_RELOAD_COMMAND   commande qui fait relire le contenu, à la place du signal ; en production :
                           sudo systemctl reload hebergement-transparent@3000
  PUBLISH_ORIGINS          adresses à interroger, séparées par des virgules (comme --depuis)

Code de sortie : 0 publié ; 1 contenu invalide, serveur introuvable ou qui ne prend pas
la nouvelle version ; 2 option invalide.`;

const { values } = readOptions(usage, {
  pid: { type: "string", multiple: true },
  depuis: { type: "string", multiple: true },
  delai: { type: "string" },
});

const started = performance.now();
const timeoutMs = readTimeout(values.delai);
const dir = getContentDir();

const read = readStableContent(dir, new Date()) ?? readStableContent(dir, new Date());
if (!read) fail(`les fichiers de ${displayPath(dir) || "."} changent pendant la lecture ; relancez une fois la copie terminée.`);
if (!read.content) {
  console.error(formatCheckReport(read.issues));
  fail("rien n'est publié ; le site garde la version précédente.");
}
const warnings = read.issues.filter((issue) => issue.severity === "warning").length;
console.log(`Contenu valide${warnings > 0 ? ` ; ${warnings} point(s) à compléter ou à confirmer (npm run check pour le détail)` : ""}.`);

const origins = await reload();
const signalled = performance.now();
await Promise.all(origins.map((origin) => waitForRevision(origin, read.revision)));
const total = (performance.now() - started) / 1000;
const afterSignal = (performance.now() - signalled) / 1000;
console.log(
  `Publié (révision ${read.revision}) sur ${origins.join(", ")} en ${formatDecimal(total, 2)} s, ` +
    `dont ${formatDecimal(afterSignal, 2)} s entre la demande de relecture et la nouvelle version servie.`,
);

/** Asks the server(s) to re-read the content; returns the addresses to watch. */
async function reload(): Promise<string[]> {
  const requested = [...(values.depuis ?? []), ...(process.env.PUBLISH_ORIGINS ?? "").split(",")].map((origin) => origin.trim());
  const given = requested.filter(Boolean).map(parseOrigin);
  const command = process.env.PUBLISH_RELOAD_COMMAND?.trim();
  if (command) {
    const result = spawnSync("/bin/sh", ["-c", command], { stdio: "inherit" });
    if (result.status !== 0) fail(`la commande de rechargement « ${command} » a échoué (code ${result.status ?? "inconnu"}).`);
    return given.length > 0 ? given : ["http://127.0.0.1:3000"];
  }
  if (values.pid) {
    for (const pid of values.pid.map(parsePid)) signal(pid);
    return given.length > 0 ? given : ["http://127.0.0.1:3000"];
  }
  const servers = findServersServing(dir);
  if (servers.length === 0) {
    fail(
      `aucun serveur en marche ne sert ${dir} (inscriptions lues dans ${getRuntimeDir()}) ; ` +
        "précisez --pid, ou PUBLISH_RELOAD_COMMAND en production.",
    );
  }
  for (const server of servers) signal(server.pid);
  return given.length > 0 ? given : servers.map((server) => server.origin);
}

function signal(pid: number): void {
  try {
    process.kill(pid, "SIGHUP");
  } catch (error) {
    fail(`impossible de signaler le processus ${pid} : ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

/** Polls a cheap address until the server names the expected revision. */
async function waitForRevision(origin: string, revision: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let seen: string | null = null;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(new URL("/robots.txt", origin), { method: "HEAD", cache: "no-store" });
      seen = response.headers.get(contentRevisionHeader);
      if (seen === revision) return;
    } catch {
      // Restarting, or not listening yet: try again until the deadline.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  fail(
    `${origin} sert toujours la révision ${seen ?? "inconnue"} au bout de ${formatDecimal(timeoutMs / 1000, 0)} s, au lieu de ${revision}. ` +
      "Le serveur a peut-être refusé le contenu : son journal donne la raison " +
      "(journalctl -u 'hebergement-transparent@*' en production).",
  );
}

function parseOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    refuseArguments(`« ${value} » n'est pas une adresse ; exemple : http://127.0.0.1:3000`);
  }
}

function parsePid(value: string): number {
  const pid = Number(value);
  if (!Number.isInteger(pid) || pid <= 1) refuseArguments(`« ${value} » n'est pas un numéro de processus`);
  return pid;
}

function readTimeout(value: string | undefined): number {
  if (value === undefined) return 30_000;
  const seconds = Number(value.replace(",", "."));
  if (!Number.isFinite(seconds) || seconds <= 0) refuseArguments(`--delai attend un nombre de secondes, pas « ${value} »`);
  return seconds * 1000;
}

function fail(message: string): never {
  console.error(`Erreur : ${message}`);
  process.exit(1);
}
