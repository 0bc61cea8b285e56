import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Test content. The real content/ holds only what the operator said, so its log is empty and its
 * commitments are placeholders; the demo set (tests/fixtures/demo-content: interventions and
 * filled-in data, all fictitious) is laid over a copy of it, and every placeholder of the CGU is
 * replaced by the value it suggests. Tests control the clock through data, never through a switch
 * in the production code.
 */
export const realContentDir = path.join(process.cwd(), "content");
export const demoOverlayDir = path.join(process.cwd(), "tests", "fixtures", "demo-content");
/** The demo CGU version starts with the demo log, so that availability has a target throughout. */
export const demoCguEffective = "2026-06-01";

/** A copy of the real content, optionally edited, as an operator's edit would. */
export function copyRealContent(
  target: string = fs.mkdtempSync(path.join(os.tmpdir(), "contenu-")),
  edits: Record<string, (text: string) => string> = {},
): string {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(realContentDir, target, { recursive: true });
  applyEdits(target, edits);
  return target;
}

/**
 * The demo content: the real content with the demo set laid over it (fictitious identity, costs
 * and interventions), every other placeholder replaced by the value it suggests, and the dates
 * the demo log needs.
 */
export function copyDemoContent(
  target: string = fs.mkdtempSync(path.join(os.tmpdir(), "contenu-demo-")),
  edits: Record<string, (text: string) => string> = {},
): string {
  copyRealContent(target);
  fs.cpSync(demoOverlayDir, target, { recursive: true });
  applyEdits(target, {
    "data/infrastructure.yaml": (text) => takeSuggestions(text).replace(/^inServiceSince: .*$/m, `inServiceSince: ${demoCguEffective}`),
    "data/confidentialite.yaml": takeSuggestions,
    "data/cotisations.yaml": (text) => text.replace(/^defaultConfirmed: false$/m, "defaultConfirmed: true"),
    // Answers the operator has not given and for which no value is suggested: marked as demo text.
    "data/offre.yaml": (text) =>
      takeSuggestions(text).replace(
        /^(\s*\w+): "À COMPLÉTER : (.*)"$/gm,
        (_, key: string, hint: string) => `${key}: "Réponse de démonstration : ${hint}"`,
      ),
  });
  const cguDir = path.join(target, "cgu");
  for (const name of fs.readdirSync(cguDir).filter((file) => file.endsWith(".mdx"))) {
    const text = fs.readFileSync(path.join(cguDir, name), "utf8");
    fs.rmSync(path.join(cguDir, name));
    const dated = text
      .replace(/^effective: .*$/m, `effective: ${demoCguEffective}`)
      .replace(/^effectiveConfirmed: .*$/m, "effectiveConfirmed: true");
    fs.writeFileSync(path.join(cguDir, `${demoCguEffective}.mdx`), takeSuggestions(dated));
  }
  applyEdits(target, edits);
  return target;
}

/** `key: "À COMPLÉTER : … (suggestion : X)"` becomes `key: X`: the operator's suggested value. */
function takeSuggestions(text: string): string {
  return text.replace(/^(\s*)(\w+): "À COMPLÉTER : .*\(suggestion : (.*)\)"$/gm, (_, indent: string, key: string, suggestion: string) =>
    /^[\d+ -]+$/.test(suggestion) && !/ /.test(suggestion.trim()) ? `${indent}${key}: ${suggestion}` : `${indent}${key}: "${suggestion}"`,
  );
}

function applyEdits(target: string, edits: Record<string, (text: string) => string>): void {
  for (const [file, edit] of Object.entries(edits)) {
    const absolute = path.join(target, file);
    fs.writeFileSync(absolute, edit(fs.existsSync(absolute) ? fs.readFileSync(absolute, "utf8") : ""));
  }
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** The fixtures, by slug; every test that needs one refers to it by these names. */
export const fixtureSlugs = {
  ongoingIncident: "fixture-incident-en-cours",
  imminentMaintenance: "fixture-maintenance-imminente",
  rescheduledMaintenance: "fixture-maintenance-reportee",
  cancelledMaintenance: "fixture-maintenance-annulee",
  distantMaintenance: "fixture-maintenance-lointaine",
  dstMaintenance: "fixture-passage-heure-ete",
} as const;

function iso(time: number): string {
  return new Date(time).toISOString().replace(".000Z", "Z");
}

/** Writes the relative-time interventions and CGU versions into `dir`, as seen from `now`. */
export function writeClockFixtures(dir: string, now: Date): void {
  writeRelativeInterventions(dir, now);
  writeCguVersions(dir, now);
}

/** Paris calendar day of an instant, YYYY-MM-DD. */
function parisDay(time: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date(time));
}

export const fixtureCguDays = (now: Date) => ({
  current: parisDay(now.getTime() - 10 * day),
  upcoming: parisDay(now.getTime() + 20 * day),
});

/**
 * Two more versions of the real terms: one in force for ten days (higher availability target,
 * longer backup retention, one more sentence) and one to come in twenty days (longer notice).
 */
function writeCguVersions(dir: string, now: Date): void {
  const [first] = fs.readdirSync(path.join(dir, "cgu")).sort();
  const original = fs.readFileSync(path.join(dir, "cgu", first!), "utf8");
  const days = fixtureCguDays(now);
  const current = original
    .replace(/^effective: .*$/m, `effective: ${days.current}`)
    .replace(/^summary: .*$/m, "summary: Objectif de disponibilité relevé à 99,95 % et sauvegardes conservées 60 jours au lieu de 30.")
    .replace(/^availabilityTarget: .*$/m, "availabilityTarget: 99.95")
    .replace(/^backupRetentionDays: .*$/m, "backupRetentionDays: 60")
    .replace(
      "Ces sauvegardes protègent l'infrastructure",
      "Une copie de la dernière sauvegarde est aussi gardée sur un second support. Ces sauvegardes protègent l'infrastructure",
    );
  const upcoming = current
    .replace(/^effective: .*$/m, `effective: ${days.upcoming}`)
    .replace(/^summary: .*$/m, "summary: Les maintenances planifiées seront annoncées 72 heures à l'avance.")
    .replace(/^maintenanceNoticeHours: .*$/m, "maintenanceNoticeHours: 72");
  fs.writeFileSync(path.join(dir, "cgu", `${days.current}.mdx`), current);
  fs.writeFileSync(path.join(dir, "cgu", `${days.upcoming}.mdx`), upcoming);
}

/** Writes the relative-time interventions into `<dir>/interventions`, as seen from `now`. */
export function writeRelativeInterventions(dir: string, now: Date): void {
  // Whole minutes and hours: the same fixtures, whichever second the suite starts at.
  const minuteNow = Math.floor(now.getTime() / minute) * minute;
  const hourNow = Math.floor(now.getTime() / hour) * hour;
  const files: Record<string, string> = {
    [fixtureSlugs.ongoingIncident]: `---
title: Le réseau du serveur ne répond plus
kind: incident
start: ${iso(minuteNow - 90 * minute)}
impact: interruption
services: [reseau, conteneurs, site]
summary: Le serveur n'est plus joignable ; Hetzner enquête sur un équipement réseau du centre de données.
updates:
  - at: ${iso(minuteNow - 75 * minute)}
    text: Incident ouvert chez Hetzner, un commutateur de la baie est en cause.
---

Le serveur ne répond plus depuis le réseau. Les données ne sont pas touchées.
`,
    [fixtureSlugs.imminentMaintenance]: `---
title: Remplacement d'une barrette de mémoire
kind: maintenance
start: ${iso(hourNow + 2 * day)}
end: ${iso(hourNow + 2 * day + hour)}
impact: interruption
announced: ${iso(hourNow - 3 * day)}
services: [hyperviseur, conteneurs, site]
summary: Une barrette signale des erreurs corrigées par l'ECC ; elle sera remplacée serveur arrêté.
---

Arrêt du serveur pendant l'échange de la barrette.
`,
    [fixtureSlugs.rescheduledMaintenance]: `---
title: Mise à jour du micrologiciel des disques
kind: maintenance
start: ${iso(hourNow + 4 * day)}
end: ${iso(hourNow + 4 * day + 2 * hour)}
impact: interruption
announced: ${iso(hourNow - 10 * day)}
services: [stockage, conteneurs]
summary: Mise à jour du micrologiciel des quatre disques, reportée de trois jours.
reschedules:
  - at: ${iso(hourNow - 2 * day)}
    previousStart: ${iso(hourNow + 1 * day)}
    previousEnd: ${iso(hourNow + 1 * day + 2 * hour)}
    reason: Le fabricant a retiré la première version du micrologiciel.
---

Les disques seront mis à jour l'un après l'autre.
`,
    [fixtureSlugs.cancelledMaintenance]: `---
title: Migration du stockage des sauvegardes
kind: maintenance
start: ${iso(hourNow + 3 * day)}
end: ${iso(hourNow + 3 * day + hour)}
impact: interruption
announced: ${iso(hourNow - 5 * day)}
services: [sauvegardes]
summary: Changement de formule chez BorgBase, finalement inutile.
status: cancelled
cancellation:
  at: ${iso(hourNow - 1 * day)}
  reason: La formule actuelle suffit finalement.
---

Annulée.
`,
    [fixtureSlugs.distantMaintenance]: `---
title: Test de basculement de l'alimentation
kind: maintenance
start: ${iso(hourNow + 20 * day)}
end: ${iso(hourNow + 20 * day + hour)}
impact: interruption
announced: ${iso(hourNow - 1 * day)}
services: [hyperviseur]
summary: Test prévu dans trois semaines.
---

Test.
`,
    [fixtureSlugs.dstMaintenance]: `---
title: Maintenance pendant le passage à l'heure d'été
kind: maintenance
start: 2026-03-29T01:30:00+01:00
end: 2026-03-29T03:30:00+02:00
impact: interruption
announced: 2026-03-20T09:00:00+01:00
status: completed
services: [hyperviseur]
summary: Une heure de maintenance réelle, de 01 h 30 (UTC+1) à 03 h 30 (UTC+2).
---

Le passage à l'heure d'été a lieu pendant l'intervention.
`,
  };
  for (const [slug, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, "interventions", `${slug}.mdx`), text);
}
