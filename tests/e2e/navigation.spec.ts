import { expect, test } from "@playwright/test";
import { listHeaderPages, pageHref, pages } from "@/lib/web/routes";
import { siteContent } from "./site-expectations";

test("the header navigation reaches every page and marks the current one", async ({ page }) => {
  await page.goto("/");
  for (const id of listHeaderPages()) {
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await nav.getByRole("link", { name: pages[id].navLabel, exact: true }).click();
    await expect(page).toHaveURL(pageHref(id));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(siteContent.pages[id].frontmatter.title);
    await expect(nav.getByRole("link", { name: pages[id].navLabel, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test("a PageLink written in MDX leads to its page, with that page's title as text", async ({ page }) => {
  await page.goto("/infrastructure");
  const title = siteContent.pages.interventions.frontmatter.title;
  await page.getByRole("main").getByRole("link", { name: title }).click();
  await expect(page).toHaveURL("/interventions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("the skip link is the first stop of the keyboard and moves focus to the content", async ({ page }) => {
  await page.goto("/couts");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});
