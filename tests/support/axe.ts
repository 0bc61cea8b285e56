import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG levels every page must meet. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Opens each path in the given colour scheme and expects axe to find no violation. */
export async function expectNoAxeViolations(page: Page, paths: readonly string[], colorScheme: "light" | "dark" = "light"): Promise<void> {
  await page.emulateMedia({ colorScheme });
  for (const path of paths) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(
      results.violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
}

/** Expects axe to find no violation in the page as it is now (after filling or sending a form). */
export async function expectNoAxeViolationsNow(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(
    results.violations.map((violation) => `${label} ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}
