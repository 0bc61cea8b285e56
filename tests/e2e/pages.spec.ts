import { expect, test } from "@playwright/test";
import { absoluteUrl } from "@/lib/web/site";
import { pagesToCheck } from "./site-expectations";

for (const page of pagesToCheck) {
  test.describe(`la page ${page.path}`, () => {
    test("answers 200 and shows its key facts", async ({ page: browser }) => {
      const response = await browser.goto(page.path);
      expect(response?.status()).toBe(200);
      const main = browser.getByRole("main");
      for (const text of page.keyTexts) {
        await expect(main).toContainText(text);
      }
    });

    test("has its own title, description and canonical URL, lang fr and exactly one h1", async ({ page: browser }) => {
      await browser.goto(page.path);
      await expect(browser).toHaveTitle(new RegExp(`^${escapeRegExp(page.title)} · `));
      await expect(browser.locator('meta[name="description"]')).toHaveAttribute("content", page.description);
      const canonical = await browser.locator('link[rel="canonical"]').getAttribute("href");
      expect(new URL(canonical ?? "").href).toBe(absoluteUrl(page.path));
      await expect(browser.locator("html")).toHaveAttribute("lang", "fr");
      await expect(browser.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(browser.getByRole("heading", { level: 1 })).toHaveText(page.title);
    });

    test("links to the legal notice and the CGU from its footer", async ({ page: browser }) => {
      await browser.goto(page.path);
      const footer = browser.getByRole("contentinfo");
      await expect(footer.getByRole("link", { name: "Mentions légales" })).toHaveAttribute("href", "/mentions-legales");
      await expect(footer.getByRole("link", { name: "Conditions générales d’utilisation" })).toHaveAttribute("href", "/cgu");
    });
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
