import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { contentRevisionHeader } from "@/lib/content/content-revision";
import { copyDemoContent } from "../../support/content-fixtures";
import { runOperatorCommand } from "../../support/operator-command";
import { startStandaloneServer, stopServer, type TestServer } from "../../support/standalone-server";

/**
 * A running production server takes new content without a build: `npm run publier` (or a bare
 * SIGHUP, as `systemctl reload` sends) makes it re-read, check and swap its content directory.
 */
const port = 3120;
const origin = `http://127.0.0.1:${port}`;
let server: TestServer | undefined;
let contentDir = "";
let runtimeDir = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  contentDir = copyDemoContent();
  runtimeDir = fs.mkdtempSync(path.join(os.tmpdir(), "execution-"));
  server = await startStandaloneServer(port, { CONTENT_DIR: contentDir, SERVER_RUNTIME_DIR: runtimeDir });
});

test.afterAll(() => {
  stopServer(server);
  for (const dir of [contentDir, runtimeDir]) fs.rmSync(dir, { recursive: true, force: true });
});

function iso(time: number): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** An incident that started ten minutes ago and is still open: it shows in every output. */
function writeIncident(slug: string, title: string): void {
  fs.writeFileSync(
    path.join(contentDir, "interventions", `${slug}.mdx`),
    `---
title: ${title}
kind: incident
start: ${iso(Date.now() - 10 * 60_000)}
impact: degraded
services: [site]
summary: Les pages du site répondent lentement ; la cause est recherchée.
---

Les pages répondent en plusieurs secondes.
`,
  );
}

const publish = () => runOperatorCommand("publish.ts", [], { CONTENT_DIR: contentDir, SERVER_RUNTIME_DIR: runtimeDir });

async function readRevision(): Promise<string | null> {
  return (await fetch(`${origin}/robots.txt`, { method: "HEAD" })).headers.get(contentRevisionHeader);
}

async function fetchText(sitePath: string): Promise<string> {
  const response = await fetch(`${origin}${sitePath}`);
  expect(response.status, sitePath).toBe(200);
  return response.text();
}

test("an intervention added to the running server's content shows on its pages, feeds and status.json after npm run publier", async () => {
  const slug = "incident-publie-sans-construction";
  const title = "Lenteurs du site publiées sans construction";
  const before = await readRevision();
  expect(await fetch(`${origin}/interventions/${slug}`).then((response) => response.status)).toBe(404);

  writeIncident(slug, title);
  const result = await publish();
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^Publié \(révision [0-9a-f]{16}\) sur http:\/\/127\.0\.0\.1:3120 en [\d,]+ s/m);
  expect(await readRevision()).not.toBe(before);

  expect(await fetchText("/interventions")).toContain(title);
  expect(await fetchText(`/interventions/${slug}`)).toContain(title);
  for (const feed of ["/interventions/rss.xml", "/interventions/atom.xml", "/interventions/feed.json"]) {
    expect(await fetchText(feed), feed).toContain(title);
  }
  expect(await fetchText("/interventions/calendrier.ics")).toContain(`${slug}@`);
  const status = JSON.parse(await fetchText("/status.json")) as { ongoing: { id: string }[] };
  expect(status.ongoing.map((entry) => entry.id)).toContain(slug);
  expect(server!.errorOutput()).toBe("");
  expect(server!.output()).toMatch(/Contenu rechargé en \d+ ms \(révision [0-9a-f]+ → [0-9a-f]+\)/);
});

test("a broken file is refused: the old content is still served, and the error names the file and the field", async () => {
  const before = await readRevision();
  const broken = path.join(contentDir, "interventions", "incident-mal-ecrit.mdx");
  writeIncident("incident-mal-ecrit", "Un incident mal écrit");
  fs.writeFileSync(broken, fs.readFileSync(broken, "utf8").replace("impact: degraded", "impact: lent"));

  // The command checks first and refuses without disturbing the server.
  const result = await publish();
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(/interventions\/incident-mal-ecrit\.mdx:\d+ — impact : valeur « lent » inconnue/);
  expect(result.stderr).toContain("rien n'est publié");

  // A bare SIGHUP (systemctl reload) goes through the same checks in the server itself.
  process.kill(server!.process.pid!, "SIGHUP");
  await expect.poll(() => server!.errorOutput(), { timeout: 10_000 }).toContain("Contenu refusé");
  expect(server!.errorOutput()).toMatch(/interventions\/incident-mal-ecrit\.mdx:\d+ — impact : valeur « lent » inconnue/);
  expect(server!.errorOutput()).toContain(`le site continue de servir la révision ${before}`);
  expect(await readRevision()).toBe(before);
  const page = await fetchText("/interventions");
  expect(page).toContain("Lenteurs du site publiées sans construction");
  expect(page).not.toContain("Un incident mal écrit");
  expect(await fetch(`${origin}/interventions/incident-mal-ecrit`).then((response) => response.status)).toBe(404);
  fs.rmSync(broken);
});

test("under load, requests in flight while the server reloads five times all answer 200", async () => {
  const paths = ["/", "/interventions", "/status.json", "/interventions/rss.xml", "/interventions/calendrier.ics", "/couts"];
  const total = 400;
  const concurrency = 8;
  const statuses = new Map<number, number>();
  let sent = 0;
  let reloading = true;
  // Requests keep going until the last reload is done, however fast the machine.
  const worker = async () => {
    while (sent < total || reloading) {
      const sitePath = paths[sent++ % paths.length]!;
      const response = await fetch(`${origin}${sitePath}`);
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  };
  const reloads = async () => {
    for (let index = 1; index <= 5; index++) {
      await new Promise((resolve) => setTimeout(resolve, 600));
      writeIncident(`incident-sous-charge-${index}`, `Incident publié sous charge numéro ${index}`);
      process.kill(server!.process.pid!, "SIGHUP");
    }
    reloading = false;
  };
  const loadOutput = server!.output().length;
  const loadErrors = server!.errorOutput().length;
  await Promise.all([...Array.from({ length: concurrency }, worker), reloads()]);

  expect(sent).toBeGreaterThanOrEqual(total);
  expect(Object.fromEntries(statuses)).toEqual({ 200: sent });
  // Every reload happened while requests were being answered, and none was refused.
  await expect
    .poll(
      () =>
        server!
          .output()
          .slice(loadOutput)
          .match(/Contenu rechargé/g)?.length ?? 0,
    )
    .toBe(5);
  expect(server!.errorOutput().slice(loadErrors)).toBe("");
  expect(await fetchText("/interventions")).toContain("Incident publié sous charge numéro 5");
});
