import { expect, test } from "@playwright/test";
import { pagesToCheck } from "./site-expectations";

test.use({ javaScriptEnabled: false });

for (const page of pagesToCheck) {
  test(`${page.path} shows all of its content with JavaScript disabled`, async ({ page: browser }) => {
    await browser.goto(page.path);
    await expect(browser.getByRole("heading", { level: 1 })).toHaveText(page.title);
    for (const text of page.keyTexts) {
      await expect(browser.getByRole("main")).toContainText(text);
    }
    await expect(browser.getByRole("navigation", { name: "Navigation principale" }).getByRole("link")).not.toHaveCount(0);
  });
}

test("links work without JavaScript: plain navigation reaches the linked page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Coûts" }).click();
  await expect(page).toHaveURL("/couts");
});
