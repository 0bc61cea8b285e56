import { expect, test } from "@playwright/test";
import { cguHistoryHref, cguVersionHref, interventionYearHref, pageHref, pageIds } from "@/lib/web/routes";
import { findHtmlErrors } from "../support/nu-html-checker";
import { siteContent } from "./site-expectations";

const paths = [
  ...pageIds.map(pageHref),
  ...siteContent.interventions.map((entry) => `/interventions/${entry.slug}`),
  interventionYearHref(siteContent.interventions[0]!.frontmatter.start.getUTCFullYear()),
  cguHistoryHref(),
  ...siteContent.cguVersions.map((version) => cguVersionHref(version.frontmatter.effective)),
  "/page-inexistante",
];

test("every page passes the Nu HTML checker with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  expect(await findHtmlErrors(request, paths)).toEqual([]);
});
