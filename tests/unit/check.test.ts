import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { checkContent, formatCheckReport } from "@/lib/content/check-content";
import { formatIssue } from "@/lib/content/content-issue";
import { copyContent } from "../support/content-fixtures";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function contentWith(edits: Record<string, (text: string) => string>): string {
  const dir = copyContent(undefined, edits);
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
      "interventions/2026-10-14-test-restauration-copie.mdx": () => fs.readFileSync(path.join("content", restoreTest), "utf8"),
    });
    expect(errorLines(dir)).toEqual([
      "interventions/2026-10-14-test-restauration-copie.mdx:2 — title : même titre, même nature et même début que 2026-10-14-test-restauration.mdx : doublon ?",
    ]);
  });

  test("a file name the site reserves", () => {
    const dir = contentWith({
      "interventions/annee.mdx": () =>
        fs.readFileSync(path.join("content", restoreTest), "utf8").replace("Test de restauration des sauvegardes", "Autre test"),
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
    expect(warnings).toContainEqual("content/data/identite.yaml:12 — siret : à compléter (numéro SIRET à 14 chiffres)");
    expect(warnings).toContainEqual(
      expect.stringMatching(/^content\/data\/couts\.yaml:\d+ — lines\[0\]\.annual : montant de « Location du serveur dédié » à confirmer/),
    );
  });

  test("a filled-in placeholder is no longer listed", () => {
    const dir = contentWith({ "data/identite.yaml": (text) => text.replace(/^siret: .*$/m, 'siret: "123 456 789 00012"') });
    const fields = checkContent(dir, now).issues.map((issue) => issue.field);
    expect(fields).not.toContain("siret");
    expect(fields).toContain("ownerName");
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
