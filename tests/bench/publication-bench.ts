/**
 * npm run bench:publication — the two figures of issue 12, on the standalone build:
 * - from `npm run publier` to a new intervention visible on its page, measured from the moment
 *   the command is typed (the command's own start-up included) and from the reload request;
 * - the time `npm run miroir` takes to write the static copy.
 * Optionally with 1 000 generated interventions (`-- --1000`), to see how both grow with the log.
 * Not a test: the figures depend on the machine; it prints them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyDemoContent, writeClockFixtures } from "../support/content-fixtures";
import { runOperatorCommand } from "../support/operator-command";
import { startStandaloneServer, stopServer } from "../support/standalone-server";
import { generateInterventions } from "./generate-interventions";

const port = 3210;
const origin = `http://127.0.0.1:${port}`;
const rounds = 3;
const large = process.argv.includes("--1000");

const work = fs.mkdtempSync(path.join(os.tmpdir(), "banc-publication-"));
const contentDir = copyDemoContent(path.join(work, "contenu"));
writeClockFixtures(contentDir, new Date());
if (large) generateInterventions(contentDir, 1000, new Date("2007-01-01T00:00:00Z"), new Date("2026-11-01T00:00:00Z"));
const env = { CONTENT_DIR: contentDir, SERVER_RUNTIME_DIR: path.join(work, "execution") };
const server = await startStandaloneServer(port, env);

try {
  const publishing: { visible: number; reported: string }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const slug = `banc-publication-${round}`;
    fs.writeFileSync(
      path.join(contentDir, "interventions", `${slug}.mdx`),
      `---\ntitle: Entrée de mesure ${round}\nkind: incident\nstart: ${new Date(Date.now() - 60_000).toISOString()}\nimpact: degraded\nservices: [site]\nsummary: Mesure du temps de publication.\n---\n\nMesure.\n`,
    );
    const started = performance.now();
    const published = await runOperatorCommand("publish.ts", [], env);
    if (published.status !== 0) throw new Error(published.stderr);
    while ((await fetch(`${origin}/interventions/${slug}`)).status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    publishing.push({ visible: (performance.now() - started) / 1000, reported: published.stdout.trim().split("\n").at(-1) ?? "" });
  }
  for (const { visible, reported } of publishing) console.log(`publier → entrée visible : ${visible.toFixed(2)} s  (${reported})`);

  for (let round = 1; round <= rounds; round++) {
    const mirrored = await runOperatorCommand("export-mirror.ts", [path.join(work, "miroir"), "--depuis", origin], env);
    if (mirrored.status !== 0) throw new Error(mirrored.stderr);
    console.log(`miroir : ${(mirrored.durationMs / 1000).toFixed(2)} s au total  (${mirrored.stdout.trim()})`);
  }
} finally {
  stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
}
