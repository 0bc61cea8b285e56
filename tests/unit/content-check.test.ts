import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { checkContent, formatCheckReport } from "@/lib/content/check-content";
import { formatIssue } from "@/lib/content/content-issue";
import { copyDemoContent, copyRealContent, demoOverlayDir } from "../support/content-fixtures";

/**
 * What `npm run check` and `next build` report for each kind of mistake an operator makes in a
 * text editor: always the file, the line and the field, in French, every mistake at once.
 */
const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function contentWith(edits: Record<string, (text: string) => string>): string {
  const dir = copyDemoContent(undefined, edits);
  copies.push(dir);
  return dir;
}

const now = new Date("2026-11-26T12:00:00+01:00");
const restoreTest = "interventions/2026-10-14-test-restauration.mdx";

function errorLines(dir: string): string[] {
  return checkContent(dir, now)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => formatIssue({ ...issue, file: path.relative(dir, path.resolve(issue.file)) }));
}

describe("npm run check catches each kind of mistake, with file, line and field", () => {
  test("a frontmatter field of the wrong type", () => {
    const dir = contentWith({ [restoreTest]: (text) => text.replace("impact: none", "impact: [none]") });
    expect(errorLines(dir)).toEqual([
      `${restoreTest}:6 — impact : valeur « none » inconnue ; valeurs possibles : none, degraded, interruption`,
    ]);
  });

  test("a link to a page that does not exist", () => {
    const dir = contentWith({
      "pages/infrastructure.mdx": (text) => text.replace('<PageLink to="interventions" />', '<PageLink to="intervention" />'),
    });
    expect(errorLines(dir)).toEqual([expect.stringMatching(/^pages\/infrastructure\.mdx:\d+ — PageLink\.to : « intervention » inconnu/)]);
  });

  test("the same intervention in two files", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration-copie.mdx": () => fs.readFileSync(path.join(demoOverlayDir, restoreTest), "utf8"),
    });
    expect(errorLines(dir)).toEqual([
      "interventions/2026-10-14-test-restauration-copie.mdx:2 — title : même titre, même nature et même début que 2026-10-14-test-restauration.mdx : doublon ?",
    ]);
  });

  test("a file name the site reserves", () => {
    const dir = contentWith({
      "interventions/annee.mdx": () =>
        fs.readFileSync(path.join(demoOverlayDir, restoreTest), "utf8").replace("Test de restauration des sauvegardes", "Autre test"),
    });
    expect(errorLines(dir)).toEqual([
      "interventions/annee.mdx:1 — nom du fichier : ce nom est réservé par le site ; choisissez-en un autre",
    ]);
  });

  test("an end before the start", () => {
    const dir = contentWith({ [restoreTest]: (text) => text.replace("end: 2026-10-14T12:10:00+02:00", "end: 2026-10-14T08:10:00+02:00") });
    expect(errorLines(dir)).toEqual([`${restoreTest}:5 — end : la fin doit être après le début`]);
  });

  test("an intervention marked completed but dated in the future", () => {
    const dir = contentWith({
      [restoreTest]: (text) =>
        text
          .replace("start: 2026-10-14T10:00:00+02:00", "start: 2026-12-14T10:00:00+01:00")
          .replace("end: 2026-10-14T12:10:00+02:00", "end: 2026-12-14T12:10:00+01:00")
          .replace("announced: 2026-10-01T09:00:00+02:00", "announced: 2026-11-20T09:00:00+01:00"),
    });
    expect(errorLines(dir)).toEqual([`${restoreTest}:8 — status : marquée terminée (completed) mais sa fin est dans le futur`]);
  });

  test("an unknown affected service", () => {
    const dir = contentWith({ [restoreTest]: (text) => text.replace("services: [sauvegardes]", "services: [backups]") });
    expect(errorLines(dir)).toEqual([
      expect.stringMatching(new RegExp(`^${restoreTest}:9 — services\\[0\\] : service « backups » inconnu`)),
    ]);
  });

  test("placeholders left in the identity data are listed, as warnings", () => {
    const warnings = checkContent(undefined, now)
      .issues.filter((issue) => issue.severity === "warning")
      .map(formatIssue);
    expect(warnings).toContainEqual("content/data/identite.yaml:12 — siret : à compléter — numéro SIRET à 14 chiffres");
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/data\/couts\.yaml:\d+ — lines\[0\]\.annual : à compléter — montant annuel/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/cgu\/[\d-]+\.mdx:\d+ — maintenanceNoticeHours : à compléter — .*\(suggestion\s:\s48\)/),
    );
  });

  test("a filled-in placeholder is no longer listed", () => {
    const dir = copyRealContent(undefined, { "data/identite.yaml": (text) => text.replace(/^siret: .*$/m, 'siret: "123 456 789 00012"') });
    copies.push(dir);
    const fields = checkContent(dir, now).issues.map((issue) => issue.field);
    expect(fields).not.toContain("siret");
    expect(fields).toContain("ownerName");
  });
});

describe("every other mistake is reported the same way", () => {
  test("a missing title", () => {
    const dir = contentWith({ "pages/couts.mdx": (text) => text.replace(/^title: .*\n/m, "") });
    expect(errorLines(dir)).toEqual(["pages/couts.mdx:1 — title : champ obligatoire manquant"]);
  });
  test("a date without its offset", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("start: 2026-10-14T10:00:00+02:00", "start: 2026-10-14 10:00"),
    });
    expect(errorLines(dir)).toEqual([
      "interventions/2026-10-14-test-restauration.mdx:4 — start : date et heure avec décalage horaire attendues, par exemple 2026-03-14T22:00:00+01:00",
    ]);
  });
  test("a date that does not exist", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("end: 2026-10-14T12:10:00+02:00", "end: 2026-02-30T12:10:00+01:00"),
    });
    expect(errorLines(dir)).toEqual(["interventions/2026-10-14-test-restauration.mdx:5 — end : cette date n'existe pas"]);
  });
  test("an unknown kind, listing the possible values", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) => text.replace("kind: operation", "kind: opération"),
    });
    expect(errorLines(dir)).toEqual([
      "interventions/2026-10-14-test-restauration.mdx:3 — kind : valeur « opération » inconnue ; valeurs possibles : maintenance, incident, operation",
    ]);
  });
  test("a misspelt field", () => {
    const dir = contentWith({ "interventions/2026-10-14-test-restauration.mdx": (text) => text.replace("impact: none", "impakt: none") });
    expect(errorLines(dir)).toEqual([
      "interventions/2026-10-14-test-restauration.mdx:1 — impact : champ obligatoire manquant",
      "interventions/2026-10-14-test-restauration.mdx:6 — impakt : champ inconnu (faute de frappe ?)",
    ]);
  });
  test("broken MDX", () => {
    const dir = contentWith({ "pages/infrastructure.mdx": (text) => `${text}\nUn tableau <InfrastructureSpecs>\n` });
    expect(errorLines(dir)).toEqual([
      expect.stringMatching(/^pages\/infrastructure\.mdx:\d+ — MDX : balise <InfrastructureSpecs> jamais fermée/),
    ]);
  });
  test("an unknown fact", () => {
    const dir = contentWith({ "pages/infrastructure.mdx": (text) => text.replace('<Fact name="ram" />', '<Fact name="memoire" />') });
    expect(errorLines(dir)).toEqual([expect.stringMatching(/^pages\/infrastructure\.mdx:\d+ — Fact\.name : « memoire » inconnu/)]);
  });
  test("a wrong value in a data file", () => {
    const dir = contentWith({ "data/infrastructure.yaml": (text) => text.replace("count: 4", "count: 5") });
    expect(errorLines(dir)).toEqual([
      "data/infrastructure.yaml:23 — server.raidLevel : RAID10 demande un nombre pair de disques (des paires en miroir)",
    ]);
  });
  test("a price with too many decimals", () => {
    const dir = contentWith({ "data/couts.yaml": (text) => text.replace("pricePerTbMonth: 40", "pricePerTbMonth: 40.005") });
    expect(errorLines(dir)).toEqual(["data/couts.yaml:20 — pricePerTbMonth : au plus deux chiffres après la virgule (centimes)"]);
  });
  test("invalid YAML: a colon inside an unquoted value", () => {
    const dir = contentWith({
      "data/couts.yaml": (text) => text.replace("label: Noms de domaine", "label: Noms de domaine : .fr et .com"),
    });
    expect(errorLines(dir)).toEqual([
      expect.stringMatching(
        /^data\/couts\.yaml:\d+ — YAML : syntaxe YAML invalide \(une valeur qui contient « : » doit être entre guillemets\)/,
      ),
    ]);
  });
  test("a page file missing for a route", () => {
    const dir = contentWith({});
    fs.rmSync(path.join(dir, "pages", "cgu.mdx"));
    expect(errorLines(dir)).toEqual(["pages/cgu.mdx — fichier : fichier manquant pour cette page"]);
  });
});

describe("the command", () => {
  test("prints one line per problem, all of them at once, and exits with 1 when there is an error", () => {
    const dir = contentWith({
      [restoreTest]: (text) => text.replace("kind: operation", "kind: test").replace("services: [sauvegardes]", "services: [backups]"),
      "pages/couts.mdx": (text) => text.replace('<PageLink to="cgu" />', '<PageLink to="cgv" />'),
    });
    const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/check-content.ts"], {
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("Erreurs (à corriger avant de publier) :");
    expect(run.stdout).toMatch(/couts\.mdx:\d+ — PageLink\.to : « cgv » inconnu/);
    expect(run.stdout).toMatch(/2026-10-14-test-restauration\.mdx:3 — kind : valeur « test » inconnue/);
    // The second mistake of the same file is reported too, not only after the first is fixed.
    expect(run.stdout).toMatch(/2026-10-14-test-restauration\.mdx:9 — services\[0\] : service « backups » inconnu/);
    expect(run.stdout).toMatch(/\n3 erreurs, \d+ avertissements\.$/m);
  });

  test("exits with 0 when only placeholders are left", () => {
    const output = execFileSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/check-content.ts"], {
      encoding: "utf8",
    });
    expect(output).toMatch(/^Contenu valide ; \d+ points à compléter ou à confirmer\.$/m);
  });

  test("formats a report without errors as valid", () => {
    expect(formatCheckReport([])).toBe("Contenu valide.");
  });
});

describe("the build", () => {
  test("fails on the same errors, naming the file and the field", async () => {
    const dir = contentWith({ "pages/couts.mdx": (text) => text.replace('<PageLink to="cgu" />', '<PageLink to="cgv" />') });
    const { default: config } = await import("@/next.config");
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = dir;
    try {
      expect(() => config("phase-production-build")).toThrow(/couts\.mdx:\d+ — PageLink\.to : « cgv » inconnu/);
      expect(() => config("phase-development-server")).not.toThrow();
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});

describe("the publication gate, npm run check -- --publication", () => {
  function runGate(env: Record<string, string | undefined>) {
    return spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/check-content.ts", "--publication"], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
  }

  test("fails on the real content, listing each missing value by page, with its file and line", () => {
    const run = runGate({ CONTENT_DIR: undefined, SITE_URL: undefined });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^Publication impossible : \d+ points à régler avant la mise en ligne\.$/m);
    const page = (heading: string) => run.stdout.split("\n\n").find((block) => block.startsWith(`${heading} :`)) ?? "";
    expect(page("Mentions légales, CGU, Confidentialité et pied de page de chaque page")).toContain(
      "content/data/identite.yaml:12 — siret : à compléter — numéro SIRET à 14 chiffres",
    );
    expect(page("CGU")).toMatch(/content\/cgu\/[\d-]+\.mdx:\d+ — maintenanceNoticeHours : à compléter/);
    expect(page("CGU")).toMatch(/effective : date d'entrée en vigueur à confirmer/);
    expect(page("Coûts")).toMatch(/content\/data\/couts\.yaml:\d+ — lines\[0\]\.annual : à compléter/);
    expect(page("Interventions (disponibilité) et status.json")).toMatch(/inServiceSince : à compléter/);
    expect(page("Toutes les pages (adresses canoniques, flux, plan du site)")).toContain("SITE_URL");
  });

  test("passes on content where everything is filled in and confirmed, with the public address set", () => {
    const dir = contentWith({ "data/couts.yaml": (text) => text.replace(/confirmed: false/g, "confirmed: true") });
    const run = runGate({ CONTENT_DIR: dir, SITE_URL: "https://hebergement-demo.fr" });
    expect(run.stdout.trim()).toBe("Prêt à publier : aucune valeur à compléter ni à confirmer.");
    expect(run.status).toBe(0);
  });

  test("fails again as soon as one value is left unconfirmed", () => {
    const dir = contentWith({});
    const run = runGate({ CONTENT_DIR: dir, SITE_URL: "https://hebergement-demo.fr" });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("Coûts :");
    expect(run.stdout).toMatch(/lines\[1\]\.annual : montant de « Stockage des sauvegardes hors site » à confirmer/);
  });
});
