import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../../support/axe";
import { formatCalendarDate } from "@/lib/format/dates";
import { fixtureCguDays } from "../../support/content-fixtures";

// The clock server was started moments ago: the fixture versions are dated from about now.
const days = fixtureCguDays(new Date());

test("/cgu shows the version in force, its date, and announces the next one", async ({ page }) => {
  await page.goto("/cgu");
  const main = page.getByRole("main");
  await expect(main).toContainText(`En vigueur depuis le ${formatCalendarDate(days.current)}.`);
  await expect(main.getByRole("note")).toContainText(`Une nouvelle version entrera en vigueur le ${formatCalendarDate(days.upcoming)}`);
  // The text is the version in force: 60 days of backups, not the first version's 30.
  await expect(main).toContainText("conservées 60 jours");
  await main.getByRole("link", { name: "Historique des versions" }).click();
  await expect(page).toHaveURL("/cgu/historique");
});

test("the history lists every version, newest first, with its state and what changed", async ({ page }) => {
  await page.goto("/cgu/historique");
  const versions = page.getByRole("main").getByRole("listitem");
  await expect(versions).toHaveCount(3);
  await expect(versions.nth(0)).toContainText(`Entrera en vigueur le ${formatCalendarDate(days.upcoming)}`);
  await expect(versions.nth(0)).toContainText("72 heures");
  await expect(versions.nth(1)).toContainText("En vigueur");
  await expect(versions.nth(2)).toContainText(`Remplacée le ${formatCalendarDate(days.current)}`);
  await versions.nth(2).getByRole("link").click();
  await expect(page).toHaveURL("/cgu/2026-06-01");
  await expect(page.getByRole("main")).toContainText("C’est la première version publiée");
});

test("a version's page shows, readably, what changed since the previous one", async ({ page }) => {
  await page.goto(`/cgu/${days.current}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Conditions générales, version du ${formatCalendarDate(days.current)}`);
  const changes = page.getByRole("region", { name: /Modifications par rapport à la version du 1er juin 2026/ });
  const commitments = changes.getByRole("table", { name: "Engagements modifiés" });
  await expect(commitments.getByRole("row", { name: /Objectif de disponibilité mensuelle/ })).toContainText("99,9 %99,95 %");
  await expect(commitments.getByRole("row", { name: /Durée de conservation des sauvegardes/ })).toContainText("30 jours60 jours");
  await expect(changes.locator("ins")).toContainText(["Une copie de la dernière sauvegarde est aussi gardée sur un second support."]);
  await expect(changes.locator("del").filter({ hasText: "30" })).not.toHaveCount(0);
  await expect(changes).toContainText("[supprimé : ");
  await expect(page.getByRole("region", { name: "Texte de cette version" })).toContainText("99,95 %");
});

test("an old version keeps its own page and commitments, readable without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/cgu/2026-06-01");
  await expect(page.getByRole("main")).toContainText(
    `Version en vigueur du 1er juin 2026 au ${formatCalendarDate(days.current)}, remplacée depuis.`,
  );
  await expect(page.getByRole("region", { name: "Texte de cette version" })).toContainText("99,9 %");
  await expect(page.getByRole("region", { name: "Texte de cette version" })).toContainText("conservées 30 jours");
  await context.close();
});

test("an unknown version gets the 404", async ({ page }) => {
  const response = await page.goto("/cgu/2001-01-01");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
});

test("availability switches target on the day a new version takes effect", async ({ page }) => {
  await page.goto("/interventions");
  const lastDays = page.getByRole("table", { name: "Sur les derniers jours" });
  await expect(lastDays.getByRole("row", { name: /30 derniers jours/ })).toContainText(/99,9\s%\spuis\s99,95\s%/);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the CGU history and version pages pass axe in the ${colorScheme} theme`, async ({ page }) => {
    // Several pages, each scanned by axe: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    await expectNoAxeViolations(
      page,
      ["/cgu", "/cgu/historique", `/cgu/${days.current}`, `/cgu/${days.upcoming}`, "/cgu/2026-06-01"],
      colorScheme,
    );
  });
}
