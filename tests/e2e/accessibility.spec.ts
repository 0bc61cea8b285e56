import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pagesToCheck } from "./site-expectations";

const paths = [...pagesToCheck.map((page) => page.path), "/cgu/historique", "/cgu/2026-06-01", "/page-inexistante"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`en thème ${colorScheme === "light" ? "clair" : "sombre"}`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`${path} passes axe (WCAG 2.1 A and AA) with no violation`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        expect(
          results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
        ).toEqual([]);
      });
    }
  });
}
