import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { formatIssue, type ContentIssue } from "@/lib/content/content-issue";
import { loadContent } from "@/lib/content/load-content";
import { copyContent } from "../support/content-fixtures";

const copies: string[] = [];

/** A copy of the real content with some files rewritten, as an operator's edit would. */
function contentWith(edits: Record<string, (text: string) => string>): string {
  const dir = copyContent(undefined, edits);
  copies.push(dir);
  return dir;
}

function errorsOf(dir: string): string[] {
  return loadContent(dir)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => formatIssue({ ...issue, file: path.basename(issue.file) }));
}

afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the shipped content", () => {
  test("has no error", () => {
    const { content, issues } = loadContent();
    expect(issues.filter((issue: ContentIssue) => issue.severity === "error").map(formatIssue)).toEqual([]);
    expect(content).toBeDefined();
  });
});

describe("an operator's mistake is reported with its file, line and field", () => {
  test("a missing title", () => {
    const dir = contentWith({ "pages/couts.mdx": (text) => text.replace(/^title: .*\n/m, "") });
    expect(errorsOf(dir)).toEqual(["couts.mdx:1 — title : champ obligatoire manquant"]);
  });

  test("a date without its offset", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("start: 2026-10-14T10:00:00+02:00", "start: 2026-10-14 10:00"),
    });
    expect(errorsOf(dir)).toEqual([
      "2026-10-14-test-restauration.mdx:4 — start : date et heure avec décalage horaire attendues, par exemple 2026-03-14T22:00:00+01:00",
    ]);
  });

  test("a date that does not exist", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("end: 2026-10-14T12:10:00+02:00", "end: 2026-02-30T12:10:00+01:00"),
    });
    expect(errorsOf(dir)).toEqual(["2026-10-14-test-restauration.mdx:5 — end : cette date n'existe pas"]);
  });

  test("an unknown kind, listing the possible values", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) => text.replace("kind: operation", "kind: opération"),
    });
    expect(errorsOf(dir)).toEqual([
      "2026-10-14-test-restauration.mdx:3 — kind : valeur « opération » inconnue ; valeurs possibles : maintenance, incident, operation",
    ]);
  });

  test("an end before the start", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("end: 2026-10-14T12:10:00+02:00", "end: 2026-10-14T09:10:00+02:00"),
    });
    expect(errorsOf(dir)).toEqual(["2026-10-14-test-restauration.mdx:5 — end : la fin doit être après le début"]);
  });

  test("a misspelt field", () => {
    const dir = contentWith({ "interventions/2026-10-14-test-restauration.mdx": (text) => text.replace("impact: none", "impakt: none") });
    expect(errorsOf(dir)).toEqual([
      "2026-10-14-test-restauration.mdx:1 — impact : champ obligatoire manquant",
      "2026-10-14-test-restauration.mdx:6 — impakt : champ inconnu (faute de frappe ?)",
    ]);
  });

  test("an unknown affected service", () => {
    const dir = contentWith({
      "interventions/2026-10-14-test-restauration.mdx": (text) =>
        text.replace("services: [sauvegardes]", "services: [sauvegardes, messagerie]"),
    });
    expect(errorsOf(dir)).toEqual([
      "2026-10-14-test-restauration.mdx:9 — services[1] : service « messagerie » inconnu ; services de content/data/infrastructure.yaml : conteneurs, reseau, hyperviseur, stockage, sauvegardes, site",
    ]);
  });

  test("broken MDX", () => {
    const dir = contentWith({ "pages/infrastructure.mdx": (text) => `${text}\nUn tableau <InfrastructureSpecs>\n` });
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/^infrastructure\.mdx:\d+ — MDX : balise <InfrastructureSpecs> jamais fermée/)]);
  });

  test("a PageLink to a page that does not exist", () => {
    const dir = contentWith({ "pages/couts.mdx": (text) => text.replace('<PageLink to="cgu" />', '<PageLink to="cgv" />') });
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(/^couts\.mdx:\d+ — PageLink\.to : « cgv » inconnu ; valeurs possibles : presentation, /),
    ]);
  });

  test("an unknown fact", () => {
    const dir = contentWith({ "pages/infrastructure.mdx": (text) => text.replace('<Fact name="ram" />', '<Fact name="memoire" />') });
    expect(errorsOf(dir)).toEqual([expect.stringMatching(/^infrastructure\.mdx:\d+ — Fact\.name : « memoire » inconnu/)]);
  });

  test("a wrong value in a data file", () => {
    const dir = contentWith({ "data/infrastructure.yaml": (text) => text.replace("count: 4", "count: 5") });
    expect(errorsOf(dir)).toEqual([
      "infrastructure.yaml:24 — server.raidLevel : RAID10 demande un nombre pair de disques (des paires en miroir)",
    ]);
  });

  test("a price with too many decimals", () => {
    const dir = contentWith({ "data/couts.yaml": (text) => text.replace("pricePerTbMonth: 40", "pricePerTbMonth: 40.005") });
    expect(errorsOf(dir)).toEqual(["couts.yaml:6 — pricePerTbMonth : au plus deux chiffres après la virgule (centimes)"]);
  });

  test("invalid YAML: a colon inside an unquoted value", () => {
    const dir = contentWith({
      "data/couts.yaml": (text) => text.replace("label: Noms de domaine", "label: Noms de domaine : .fr et .com"),
    });
    expect(errorsOf(dir)).toEqual([
      expect.stringMatching(/^couts\.yaml:31 — YAML : syntaxe YAML invalide \(une valeur qui contient « : » doit être entre guillemets\)/),
    ]);
  });

  test("a page file missing for a route", () => {
    const dir = contentWith({});
    fs.rmSync(path.join(dir, "pages", "cgu.mdx"));
    expect(errorsOf(dir)).toEqual(["cgu.mdx — fichier : fichier manquant pour cette page"]);
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
