import { expect, test } from "@playwright/test";

test("an unknown address answers 404 with a French page that leads back", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page).toHaveTitle(/^Page introuvable · /);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page
    .getByRole("main")
    .getByRole("link", { name: /Un hébergeur indépendant/ })
    .click();
  await expect(page).toHaveURL("/");
});
