import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/axe";
import ICAL from "ical.js";
import fs from "node:fs";
import path from "node:path";
import { formatDurationMinutes } from "@/lib/format/durations";
import { fixtureContentDir } from "../../../playwright.config";
import { fixtureSlugs } from "../../support/content-fixtures";

test("the log shows what is ongoing first, then what is coming, soonest first, then the past", async ({ page }) => {
  await page.goto("/interventions");
  const headings = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
  expect(headings.indexOf("En cours")).toBeLessThan(headings.indexOf("À venir"));
  expect(headings.indexOf("À venir")).toBeLessThan(headings.indexOf("Passées"));

  const ongoing = page.getByRole("region", { name: "En cours" });
  await expect(ongoing.getByRole("link", { name: "Le réseau du serveur ne répond plus" })).toBeVisible();
  await expect(ongoing).toContainText("fin encore inconnue");

  const upcoming = await page.getByRole("region", { name: "À venir" }).getByRole("heading", { level: 3 }).allTextContents();
  const order = [
    "Remplacement d’une barrette de mémoire",
    "Migration du stockage des sauvegardes",
    "Mise à jour du micrologiciel des disques",
    "Test de basculement de l’alimentation",
  ];
  expect(order.map((title) => upcoming.indexOf(title))).toEqual([...order.map((title) => upcoming.indexOf(title))].sort((a, b) => a - b));
  expect(order.every((title) => upcoming.includes(title))).toBe(true);
  const cancelled = page
    .getByRole("region", { name: "À venir" })
    .getByRole("article")
    .filter({ hasText: "Migration du stockage des sauvegardes" });
  await expect(cancelled).toContainText("Annulée");
});

test("list → detail → back: an entry has its own page with its timeline", async ({ page }) => {
  await page.goto("/interventions");
  await page.getByRole("main").getByRole("link", { name: "Mise à jour du micrologiciel des disques" }).click();
  await expect(page).toHaveURL(`/interventions/${fixtureSlugs.rescheduledMaintenance}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mise à jour du micrologiciel des disques");
  const timeline = page.getByRole("main").getByRole("list").filter({ hasText: "Annonce" });
  await expect(timeline).toContainText("Report");
  await expect(timeline).toContainText("Initialement prévue");
  await expect(timeline).toContainText("Le fabricant a retiré la première version du micrologiciel.");
  await expect(timeline).toContainText("Début prévu");
  await page.goBack();
  await expect(page).toHaveURL("/interventions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interventions sur l’infrastructure");
});

test("times across a DST change name both offsets, inside <time datetime>", async ({ page }) => {
  await page.goto(`/interventions/${fixtureSlugs.dstMaintenance}`);
  const summary = page.getByRole("region", { name: "En bref" });
  await expect(summary).toContainText("le 29 mars 2026, de 01\u202fh\u202f30 à 03\u202fh\u202f30 (heure de Paris, UTC+1 puis UTC+2)");
  await expect(summary.locator("time").first()).toHaveAttribute("datetime", "2026-03-29T00:30:00.000Z");
  await expect(summary.locator("time").nth(1)).toHaveAttribute("datetime", "2026-03-29T01:30:00.000Z");
});

test("an unknown entry or year gets the site's 404, fully rendered", async ({ page }) => {
  for (const path of ["/interventions/n-existe-pas", "/interventions/annee/1999"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  }
});

test("the subscribe links lead to a calendar and feeds that parse", async ({ page, request }) => {
  await page.goto("/interventions");
  const subscribe = page.getByRole("region", { name: "Suivre les interventions" });
  await expect(subscribe.getByRole("link", { name: "S’abonner au calendrier" })).toHaveAttribute(
    "href",
    /^webcal:\/\/.+\/interventions\/calendrier\.ics$/,
  );

  const ics = await request.get((await subscribe.getByRole("link", { name: "fichier .ics" }).getAttribute("href"))!);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const events = new ICAL.Component(ICAL.parse(await ics.text())).getAllSubcomponents("vevent");
  expect(events.map((event) => event.getFirstPropertyValue("uid"))).toContainEqual(
    expect.stringContaining(fixtureSlugs.imminentMaintenance),
  );

  for (const [name, type] of [
    ["Flux RSS", "application/rss+xml"],
    ["Flux Atom", "application/atom+xml"],
    ["JSON Feed", "application/feed+json"],
    ["État en JSON", "application/json"],
  ] as const) {
    const response = await request.get((await subscribe.getByRole("link", { name }).getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
  }
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/interventions\/rss\.xml$/);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/interventions\/atom\.xml$/);
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute("href", /\/interventions\/feed\.json$/);
});

test("status.json reports the incident in progress and the next planned intervention", async ({ request }) => {
  const status = (await (await request.get("/status.json")).json()) as {
    status: string;
    ongoing: { id: string }[];
    nextPlanned: { id: string };
  };
  expect(status.status).toBe("outage");
  expect(status.ongoing.map((entry) => entry.id)).toContain(fixtureSlugs.ongoingIncident);
  expect(status.nextPlanned.id).toBe(fixtureSlugs.imminentMaintenance);
});

test("availability is given in words and numbers against the CGU target, with the open incident counted", async ({ page }) => {
  await page.goto("/interventions");
  const availability = page.getByRole("region", { name: "Disponibilité" });
  await expect(availability).toContainText("interventions déclarées dans ce journal, et non par une sonde externe");
  const lastDays = availability.getByRole("table", { name: "Sur les derniers jours" });
  const row = lastDays.getByRole("row", { name: /30 derniers jours/ });
  // The incident is still open: it counts from its start until the page is rendered.
  const fixture = fs.readFileSync(path.join(fixtureContentDir, "interventions", `${fixtureSlugs.ongoingIncident}.mdx`), "utf8");
  const start = new Date(/^start: (.*)$/m.exec(fixture)![1]!).getTime();
  const text = (await row.textContent())!;
  const elapsed = (Date.now() - start) / 60_000;
  const allowed = [Math.floor(elapsed) - 1, Math.floor(elapsed), Math.ceil(elapsed)].map(formatDurationMinutes);
  expect(
    allowed.some((duration) => text.includes(duration)),
    `${text} contient l’une de ${allowed.join(", ")}`,
  ).toBe(true);
  await expect(row).toContainText(/99,9\s%(\spuis\s99,95\s%)?\s:\s(atteint|non atteint)/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the log's pages pass axe in the ${colorScheme} theme`, async ({ page }) => {
    // Several pages, each scanned by axe: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    await expectNoAxeViolations(
      page,
      [
        "/interventions",
        `/interventions/${fixtureSlugs.rescheduledMaintenance}`,
        `/interventions/${fixtureSlugs.ongoingIncident}`,
        "/interventions/annee/2026",
        "/couts",
      ],
      colorScheme,
    );
  });
}
