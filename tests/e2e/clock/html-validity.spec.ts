import { expect, test } from "@playwright/test";
import { fixtureCguDays, fixtureSlugs } from "../../support/content-fixtures";
import { findHtmlErrors } from "../../support/nu-html-checker";

test("pages with a notice, a timeline, a cancelled entry and a CGU diff pass the Nu HTML checker", async ({ request }) => {
  test.setTimeout(120_000);
  const days = fixtureCguDays(new Date());
  const paths = [
    "/",
    "/interventions",
    ...Object.values(fixtureSlugs).map((slug) => `/interventions/${slug}`),
    "/cgu",
    "/cgu/historique",
    `/cgu/${days.current}`,
    `/cgu/${days.upcoming}`,
  ];
  expect(await findHtmlErrors(request, paths)).toEqual([]);
});
