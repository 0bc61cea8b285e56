import { expect, test } from "@playwright/test";
import { findTypographyFaults, listTypographyFaultsOfSite } from "../support/french-typography";
import { listSiteUrls } from "../support/site-urls";

/**
 * Every page of the demo content (populated log, availability, charts, calculator, CGU), checked
 * as a proofreader would. The real content is checked the same way in tests/e2e/real.
 */
test("every page writes « : ; ! ? » and guillemets with no-break spaces", async ({ baseURL }) => {
  const { pages } = await listSiteUrls(baseURL!);
  expect(await listTypographyFaultsOfSite(baseURL!, pages)).toEqual([]);
});

test("the check itself catches an ordinary space before a colon and inside guillemets", () => {
  expect(findTypographyFaults("Prix : 40 €")).toHaveLength(1);
  expect(findTypographyFaults("Prix\u00a0: 40 €, « objectif »")).toHaveLength(2);
  expect(findTypographyFaults("Prix\u00a0: 40 €, «\u00a0objectif\u202f» ; fin")).toHaveLength(1);
  expect(findTypographyFaults("Prix\u00a0: 40 €\u202f; «\u00a0objectif\u202f», https://exemple.fr")).toEqual([]);
});

test("the demo's private note never reaches a page, a feed or the JSON-LD", async ({ baseURL }) => {
  const { pages, documents } = await listSiteUrls(baseURL!);
  for (const path of [...pages, ...documents]) {
    const body = await (await fetch(`${baseURL}${path}`)).text();
    expect(body, path).not.toContain("NOTE-PRIVEE-DE-DEMONSTRATION");
  }
});
