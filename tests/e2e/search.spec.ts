import { expect, test } from "@playwright/test";
import { pageHref, pageIds } from "@/lib/web/routes";
import { absoluteUrl, site } from "@/lib/web/site";
import { siteContent } from "./site-expectations";

const intervention = siteContent.interventions[0]!;

test("every page has Open Graph and Twitter tags, with its own generated picture", async ({ page, request }) => {
  for (const path of [...pageIds.map(pageHref), `/interventions/${intervention.slug}`]) {
    await page.goto(path);
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
    expect(new URL((await page.locator('meta[property="og:url"]').getAttribute("content"))!).href).toBe(absoluteUrl(path));
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "fr_FR");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(new RegExp(`^${site.origin.origin}/images/partage/.+\\.png$`));
    const response = await request.get(new URL(image!).pathname);
    expect(response.status(), image!).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = await response.body();
    // PNG header: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }
});

test("the sitemap lists every page, intervention and yearly archive, with lastmod", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<url>\s*<loc>([^<]+)<\/loc>\s*<lastmod>([^<]+)<\/lastmod>/g)].map((match) => ({
    loc: match[1]!,
    lastmod: match[2]!,
  }));
  const locs = urls.map((url) => url.loc);
  for (const id of pageIds) expect(locs).toContain(absoluteUrl(pageHref(id)));
  for (const entry of siteContent.interventions) expect(locs).toContain(absoluteUrl(`/interventions/${entry.slug}`));
  expect(locs.some((loc) => /\/interventions\/annee\/\d{4}$/.test(loc))).toBe(true);
  for (const url of urls) expect(Number.isNaN(Date.parse(url.lastmod)), url.loc).toBe(false);
  const costs = urls.find((url) => url.loc === absoluteUrl("/couts"))!;
  expect(costs.lastmod.slice(0, 10)).toBe(
    new Date(`${siteContent.pages.couts.frontmatter.updated}T00:00:00+01:00`).toISOString().slice(0, 10),
  );
});

test("robots.txt allows everything and points to the sitemap", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Allow: /");
  expect(robots).toContain(`Sitemap: ${absoluteUrl("/sitemap.xml")}`);
});

async function readJsonLd(page: import("@playwright/test").Page) {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((block) => (JSON.parse(block) as { "@graph": Record<string, unknown>[] })["@graph"]);
}

test("the home page describes the business and its offer in JSON-LD", async ({ page }) => {
  await page.goto("/");
  const graph = await readJsonLd(page);
  const organization = graph.find((node) => node["@type"] === "Organization")!;
  expect(organization.name).toBe(siteContent.data.identity.siteName);
  expect(JSON.stringify(organization)).not.toContain("COMPLÉTER");
  const service = graph.find((node) => node["@type"] === "Service") as {
    offers: { price: string; priceCurrency: string; priceSpecification: { valueAddedTaxIncluded: boolean; unitText: string } };
  };
  expect(service.offers.price).toBe((siteContent.data.costs.pricePerTbMonthCents / 100).toFixed(2));
  expect(service.offers.priceCurrency).toBe("EUR");
  expect(service.offers.priceSpecification.valueAddedTaxIncluded).toBe(false);
  expect(service.offers.priceSpecification.unitText).toBe("To par mois");
});

test("an intervention's page has a BreadcrumbList, and a planned one an Event", async ({ page }) => {
  const planned = siteContent.interventions.find((entry) => entry.frontmatter.kind === "maintenance")!;
  await page.goto(`/interventions/${planned.slug}`);
  const graph = await readJsonLd(page);
  const breadcrumb = graph.find((node) => node["@type"] === "BreadcrumbList") as { itemListElement: { position: number; item: string }[] };
  expect(breadcrumb.itemListElement.map((item) => item.item)).toEqual([
    absoluteUrl("/"),
    absoluteUrl("/interventions"),
    absoluteUrl(`/interventions/${planned.slug}`),
  ]);
  const event = graph.find((node) => node["@type"] === "Event") as { startDate: string; eventStatus: string; location: { url: string } };
  expect(event.startDate).toBe(planned.frontmatter.start.toISOString());
  expect(event.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Rescheduled|Cancelled)$/);
});
