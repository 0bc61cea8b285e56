import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import ICAL from "ical.js";
import { toMirrorFile } from "@/lib/publication/mirror-html";
import { expectNoAxeViolations } from "../../support/axe";
import { copyDemoContent, writeClockFixtures } from "../../support/content-fixtures";
import { findHtmlErrors } from "../../support/nu-html-checker";
import { runOperatorCommand } from "../../support/operator-command";
import { startStandaloneServer, stopServer, type TestServer } from "../../support/standalone-server";
import { startStaticServer, type StaticServer } from "../../support/static-file-server";

/**
 * `npm run miroir` copies the site served by a running server into a directory that a plain
 * static server can serve when the site is down. The copy is served here under a sub-path, so
 * that a link that only works at a host's root is caught.
 */
const sitePort = 3121;
const staticPort = 3122;
const prefix = "/secours/";
let site: TestServer | undefined;
let mirrorHost: StaticServer | undefined;
let work = "";
let contentDir = "";
let mirrorDir = "";
let pages: string[] = [];

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "miroir-"));
  contentDir = copyDemoContent(path.join(work, "contenu"));
  writeClockFixtures(contentDir, new Date());
  mirrorDir = path.join(work, "miroir");
  site = await startStandaloneServer(sitePort, { CONTENT_DIR: contentDir, SERVER_RUNTIME_DIR: path.join(work, "execution") });
  const exported = await exportMirror();
  expect(exported.stderr).toBe("");
  expect(exported.status).toBe(0);
  mirrorHost = await startStaticServer(mirrorDir, staticPort, prefix);
  pages = listPages(mirrorDir);
});

test.afterAll(async () => {
  stopServer(site);
  await mirrorHost?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

function exportMirror() {
  return runOperatorCommand("export-mirror.ts", [mirrorDir, "--depuis", `http://127.0.0.1:${sitePort}`], { CONTENT_DIR: contentDir });
}

/** Every page of the copy, as its address on the static host ("/secours/couts/"). */
function listPages(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => file === "index.html" || file.endsWith(`${path.sep}index.html`))
    .map((file) => `${prefix}${file.slice(0, -"index.html".length).split(path.sep).join("/")}`)
    .sort();
}

function mirrorUrl(address: string): string {
  return new URL(address, mirrorHost!.origin).href;
}

function readMirror(file: string): string {
  return fs.readFileSync(path.join(mirrorDir, file), "utf8");
}

test("every page of the sitemap is in the copy and answers 200 from a plain static server", async () => {
  const locations = [...readMirror("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(locations.length).toBeGreaterThan(10);
  for (const location of locations) {
    const address = `${prefix}${toMirrorFile(location, true).replace(/index\.html$/, "")}`;
    expect(pages, location).toContain(address);
    expect((await fetch(mirrorUrl(address))).status, address).toBe(200);
  }
  for (const file of ["robots.txt", "status.json", "icon.svg", "images/partage/interventions.png"]) {
    expect((await fetch(mirrorUrl(`${prefix}${file}`))).status, file).toBe(200);
  }
});

test("every link, stylesheet and picture of every page resolves inside the copy", async () => {
  const checked = new Set<string>();
  for (const page of pages) {
    const html = await (await fetch(mirrorUrl(page))).text();
    for (const [tag] of html.matchAll(/<(?:a|link|img)\b[^>]*>/g)) {
      const href = /\b(?:href|src)="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&");
      if (!href || href.startsWith("#") || /\brel="canonical"/.test(tag)) continue;
      const target = new URL(href, mirrorUrl(page));
      // A calendar subscription is kept on the site's own address, like the canonical link: a
      // subscription to the copy would never be updated again.
      if (target.protocol === "webcal:") continue;
      // Links to other sites stay as they are; nothing may point back to the live site.
      if (target.origin !== mirrorHost!.origin) {
        expect(target.hostname, `${page} → ${href}`).not.toBe("127.0.0.1");
        expect(target.hostname, `${page} → ${href}`).not.toBe("hebergement.example");
        continue;
      }
      expect(target.pathname.startsWith(prefix), `${page} → ${href}`).toBe(true);
      const address = target.pathname;
      if (checked.has(address)) continue;
      checked.add(address);
      expect((await fetch(target, { redirect: "manual" })).status, `${page} → ${href}`).toBe(200);
    }
  }
  expect(checked.size).toBeGreaterThan(pages.length);
});

test("no page of the copy has a <script>, and every page shows the time of the copy", async () => {
  for (const page of pages) {
    const html = readMirror(`${page.slice(prefix.length)}index.html`);
    expect(html, page).not.toMatch(/<script/i);
    const text = html.replace(/<[^>]+>/g, "");
    expect(text, page).toMatch(/Copie de secours du (1er|\d{1,2}) [a-zéû]+ \d{4} à \d{2}\u202fh\u202f\d{2} \(heure de Paris\)\./);
  }
});

test("the feeds, the calendar and status.json of the copy parse", async () => {
  for (const feed of ["interventions/rss.xml", "interventions/atom.xml", "interventions/feed.json"]) {
    const response = await fetch(mirrorUrl(`${prefix}${feed}`));
    const text = await response.text();
    const parsed = feed.endsWith(".json")
      ? (JSON.parse(text) as { items: unknown[] })
      : (parseFeed(text) as unknown as { items: unknown[] });
    expect(parsed.items.length, feed).toBeGreaterThan(3);
  }
  const calendar = new ICAL.Component(ICAL.parse(await (await fetch(mirrorUrl(`${prefix}interventions/calendrier.ics`))).text()));
  expect(calendar.getAllSubcomponents("vevent").length).toBeGreaterThan(3);
  const status = (await (await fetch(mirrorUrl(`${prefix}status.json`))).json()) as { status: string; ongoing: unknown[] };
  expect(status.ongoing.length).toBeGreaterThan(0);
});

test("every page of the copy passes the Nu HTML checker", async () => {
  test.setTimeout(120_000);
  const mirrorRequest = await playwrightRequest.newContext({ baseURL: mirrorHost!.origin });
  try {
    expect(await findHtmlErrors(mirrorRequest, pages)).toEqual([]);
  } finally {
    await mirrorRequest.dispose();
  }
});

/**
 * One page per template (each top-level page, one entry, one year, one CGU version): the copy
 * only differs from the live page by its notice, its links and its missing scripts, and axe is
 * slow enough to lengthen the whole suite, whose clock fixtures age while it runs.
 */
function listOnePagePerTemplate(): string[] {
  const templates = new Map<string, string>();
  for (const page of pages) {
    const segments = page.slice(prefix.length).split("/").filter(Boolean);
    const template = segments.length <= 1 ? page : [...segments.slice(0, -1), "*"].join("/");
    if (!templates.has(template)) templates.set(template, page);
  }
  return [...templates.values()];
}

test("the copy's pages pass axe, in light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  const sample = listOnePagePerTemplate();
  expect(sample.length).toBeGreaterThan(6);
  await expectNoAxeViolations(page, sample.map(mirrorUrl), "light");
  await expectNoAxeViolations(page, [prefix, `${prefix}interventions/`, `${prefix}couts/`].map(mirrorUrl), "dark");
});

test("in the copy the calculator stays hidden and its table of values is shown, without any script", async ({ page }) => {
  await page.goto(mirrorUrl(`${prefix}couts/`));
  await expect(page.getByRole("heading", { name: /Calculateur/ })).toBeHidden();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.locator(".copie-de-secours")).toBeVisible();
});

test("a maintenance that starts after a copy shows « En cours » in the copy exported at its start", async () => {
  test.setTimeout(120_000);
  const slug = "maintenance-qui-commence-bientot";
  const start = new Date(Math.ceil((Date.now() + 25_000) / 1000) * 1000);
  fs.writeFileSync(
    path.join(contentDir, "interventions", `${slug}.mdx`),
    `---
title: Redémarrage du routeur
kind: maintenance
start: ${start.toISOString().replace(".000Z", "Z")}
end: ${new Date(start.getTime() + 3_600_000).toISOString().replace(".000Z", "Z")}
impact: degraded
announced: ${new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, "Z")}
services: [reseau]
summary: Redémarrage du routeur après une mise à jour.
---

Le réseau sera coupé quelques secondes.
`,
  );
  const published = await runOperatorCommand("publish.ts", [], {
    CONTENT_DIR: contentDir,
    SERVER_RUNTIME_DIR: path.join(work, "execution"),
  });
  expect(published.stderr).toBe("");

  // The instant the timer must export again is the start of the maintenance.
  const next = await runOperatorCommand("export-mirror.ts", ["--prochaine-echeance"], { CONTENT_DIR: contentDir });
  expect(next.stdout.trim()).toBe(start.toISOString());

  expect((await exportMirror()).status).toBe(0);
  const state = () => {
    const status = JSON.parse(readMirror("status.json")) as { ongoing: { id: string }[]; nextPlanned: { id: string } | null };
    const main = /<main[\s\S]*<\/main>/.exec(readMirror(`interventions/${slug}/index.html`))?.[0] ?? "";
    return {
      ongoing: status.ongoing.some((entry) => entry.id === slug),
      upcoming: main.includes("À venir"),
      current: main.includes("En cours"),
    };
  };
  expect(state()).toEqual({ ongoing: false, upcoming: true, current: false });

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now() + 500)));
  expect((await exportMirror()).status).toBe(0);
  expect(state()).toEqual({ ongoing: true, upcoming: false, current: true });
});
