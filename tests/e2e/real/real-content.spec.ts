import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { listTypographyFaultsOfSite } from "../../support/french-typography";
import { listSiteUrls } from "../../support/site-urls";

/**
 * The real content/, as the operator will publish it: no intervention yet, no service start date,
 * and every value he has not given shown as missing. Nothing here may look like a fact.
 */

test("the interventions page says there is none yet, and availability is not measured", async ({ page }) => {
  await page.goto("/interventions");
  await expect(page.getByText("Aucune intervention publiée pour l’instant.")).toBeVisible();
  await expect(page.getByText(/Pas encore mesurée/)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("100");
});

test("the feeds and the calendar are valid and empty", async ({ baseURL }) => {
  for (const path of ["/interventions/rss.xml", "/interventions/atom.xml"]) {
    const response = await fetch(`${baseURL}${path}`);
    expect(response.status).toBe(200);
    expect(parseFeed(await response.text()).items).toEqual([]);
  }
  const json = (await (await fetch(`${baseURL}/interventions/feed.json`)).json()) as { version: string; items: unknown[] };
  expect(json.version).toMatch(/jsonfeed/);
  expect(json.items).toEqual([]);
  const calendar = new ICAL.Component(ICAL.parse(await (await fetch(`${baseURL}/interventions/calendrier.ics`)).text()));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getAllSubcomponents("vevent")).toEqual([]);
});

test("status.json has nothing to report and measures nothing yet", async ({ baseURL }) => {
  const status = (await (await fetch(`${baseURL}/status.json`)).json()) as {
    status: string;
    ongoing: unknown[];
    nextPlanned: unknown;
    availability: { measuredSince: unknown; periods: unknown[] };
  };
  expect(status.status).toBe("operational");
  expect(status.ongoing).toEqual([]);
  expect(status.nextPlanned).toBeNull();
  expect(status.availability.measuredSince).toBeNull();
  expect(status.availability.periods).toEqual([]);
});

test("values the operator has not given are shown as missing, never invented", async ({ page }) => {
  await page.goto("/mentions-legales");
  await expect(page.getByText(/\[à compléter\u00a0: numéro SIRET/).first()).toBeVisible();
  await page.goto("/cgu");
  await expect(page.getByText(/\[à compléter\u00a0: délai minimal d’annonce/).first()).toBeVisible();
  await page.goto("/offre");
  await expect(page.getByText(/\[à compléter\u00a0: délai de réponse/).first()).toBeVisible();
  await page.goto("/couts");
  await expect(page.getByRole("table").first()).toContainText("Total annoncé");
});

test("every page's footer links to the privacy policy", async ({ page, baseURL }) => {
  const { pages } = await listSiteUrls(baseURL!);
  for (const path of pages) {
    await page.goto(path);
    const link = page.getByRole("contentinfo").getByRole("link", { name: "Confidentialité" });
    await expect(link, path).toHaveAttribute("href", "/confidentialite");
  }
  await page.getByRole("contentinfo").getByRole("link", { name: "Confidentialité" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Politique de confidentialité");
  await expect(page.getByRole("heading", { name: "Vos droits" })).toBeVisible();
});

test("the operator's private notes never reach a page, a feed or the JSON-LD", async ({ baseURL }) => {
  const { pages, documents } = await listSiteUrls(baseURL!);
  for (const path of [...pages, ...documents]) {
    const body = await (await fetch(`${baseURL}${path}`)).text();
    expect(body, path).not.toContain("relire la dernière facture");
    expect(body, path).not.toContain("privateNote");
  }
});

test("every page writes « : ; ! ? » and guillemets with no-break spaces", async ({ baseURL }) => {
  const { pages } = await listSiteUrls(baseURL!);
  expect(await listTypographyFaultsOfSite(baseURL!, pages)).toEqual([]);
});
