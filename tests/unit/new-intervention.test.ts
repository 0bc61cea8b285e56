import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parseDurationMinutes, slugify } from "@/lib/interventions/draft";
import { checkContent } from "@/lib/content/check-content";
import { parseParisDateTime } from "@/lib/format/paris-calendar";
import { copyDemoContent } from "../support/content-fixtures";

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function runScaffold(args: string[], input = "", dir = copyDemoContent()): { dir: string; output: string; status: number | null } {
  if (!copies.includes(dir)) copies.push(dir);
  const run = spawnSync(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/new-intervention.ts", ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    input,
    encoding: "utf8",
  });
  return { dir, output: run.stdout + run.stderr, status: run.status };
}

describe("npm run nouvelle-intervention", () => {
  test("writes a file from flags that passes the check, and prints the page's address", () => {
    const { dir, output, status } = runScaffold([
      "--titre",
      "Changement d'alimentation : test",
      "--nature",
      "maintenance",
      "--debut",
      "2027-03-28 01:30",
      "--duree",
      "2h",
      "--impact",
      "interruption",
      "--services",
      "hyperviseur,site",
      "--resume",
      "Test du nouveau bloc d'alimentation ; le serveur redémarre.",
    ]);
    const file = path.join(dir, "interventions", "2027-03-28-changement-d-alimentation-test.mdx");
    const text = fs.readFileSync(file, "utf8");
    // 01:30 is winter time; two hours later the clocks have moved to summer time.
    expect(text).toContain("start: 2027-03-28T01:30:00+01:00");
    expect(text).toContain("end: 2027-03-28T04:30:00+02:00");
    expect(text).toContain('title: "Changement d\'alimentation : test"');
    expect(text).toMatch(/^announced: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:00$/m);
    expect(checkContent(dir).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(output).toContain("https://hebergement.example/interventions/2027-03-28-changement-d-alimentation-test");
    expect(status).toBe(0);
  });

  test("asks for each field, repeats a question after a wrong answer, and writes an open incident", () => {
    const answers = [
      "Perte du réseau",
      "incident",
      "2026-11-26 08:15",
      "",
      "pas grave",
      "interruption",
      "reseau, site",
      "Le serveur n'est plus joignable.",
    ].join("\n");
    const { dir, output } = runScaffold([], `${answers}\n`);
    expect(output).toContain("aucun, degrade ou interruption.");
    const text = fs.readFileSync(path.join(dir, "interventions", "2026-11-26-perte-du-reseau.mdx"), "utf8");
    expect(text).not.toMatch(/^end:/m);
    expect(text).not.toMatch(/^announced:/m);
    expect(text).toContain("services: [reseau, site]");
    expect(checkContent(dir).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  test("never overwrites a file, and the check then points at the duplicate", () => {
    const args = [
      "--titre",
      "Vérification des disques",
      "--nature",
      "operation",
      "--debut",
      "2027-02-10 10:00",
      "--duree",
      "1h",
      "--impact",
      "aucun",
      "--services",
      "stockage",
      "--resume",
      "Contrôle SMART complet.",
    ];
    const first = runScaffold(args);
    expect(first.status).toBe(0);
    const second = runScaffold(args, "", first.dir);
    expect(fs.existsSync(path.join(first.dir, "interventions", "2027-02-10-verification-des-disques.mdx"))).toBe(true);
    expect(fs.existsSync(path.join(first.dir, "interventions", "2027-02-10-verification-des-disques-2.mdx"))).toBe(true);
    expect(second.status).toBe(1);
    expect(second.output).toMatch(
      /verification-des-disques-2\.mdx:2 — title : même titre, même nature et même début que 2027-02-10-verification-des-disques\.mdx : doublon \?/,
    );
  });
});

describe("its parsing helpers", () => {
  test("durations are read the way people write them", () => {
    expect([
      parseDurationMinutes("45"),
      parseDurationMinutes("45min"),
      parseDurationMinutes("2h"),
      parseDurationMinutes("1h30"),
      parseDurationMinutes("1 h 30 min"),
    ]).toEqual([45, 45, 120, 90, 90]);
    expect(parseDurationMinutes("demain")).toBeUndefined();
    expect(parseDurationMinutes("0")).toBeUndefined();
  });

  test("times are read in Paris, whatever the machine's zone", () => {
    expect(parseParisDateTime("2026-12-08 22:00")?.toISOString()).toBe("2026-12-08T21:00:00.000Z");
    expect(parseParisDateTime("2026-07-01T09:30")?.toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(parseParisDateTime("2026-02-30 10:00")).toBeUndefined();
    expect(parseParisDateTime("08/12/2026 22:00")).toBeUndefined();
  });

  test("titles become file names without accents or punctuation", () => {
    expect(slugify("Mise à jour du noyau : redémarrage !")).toBe("mise-a-jour-du-noyau-redemarrage");
  });
});

describe("the operator's scripts answer in French", () => {
  test("--help prints the usage in French and exits 0", () => {
    const { output, status } = runScaffold(["--help"]);
    expect(status).toBe(0);
    expect(output).toContain("Usage : npm run nouvelle-intervention");
    expect(output).toContain("--debut");
  });

  test("an unknown option gets one French line and exit code 2, with no stack trace", () => {
    const { output, status } = runScaffold(["--titer", "Oups"]);
    expect(status).toBe(2);
    expect(output).toContain("Erreur : option inconnue « --titer ».");
    expect(output).toContain("npm run nouvelle-intervention -- --help");
    expect(output).not.toMatch(/\n\s+at |TypeError|node:internal/);
  });

  test("an option without its value gets exit code 2", () => {
    const { output, status } = runScaffold(["--titre"]);
    expect(status).toBe(2);
    expect(output).toContain("l'option « --titre » attend une valeur");
  });
});
