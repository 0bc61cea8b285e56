import { test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { pagesToCheck } from "./site-expectations";

const paths = [...pagesToCheck.map((page) => page.path), "/cgu/historique", "/cgu/2026-06-01", "/page-inexistante"];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`en thème ${colorScheme === "light" ? "clair" : "sombre"}`, () => {
    for (const path of paths) {
      test(`${path} passes axe (WCAG 2.1 A and AA) with no violation`, async ({ page }) => {
        await expectNoAxeViolations(page, [path], colorScheme);
      });
    }
  });
}
