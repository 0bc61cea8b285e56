import { expect, test } from "@playwright/test";
import { fixtureSlugs } from "../../support/content-fixtures";

const pages = [
  "/",
  "/infrastructure",
  "/couts",
  "/cgu",
  "/mentions-legales",
  "/interventions",
  `/interventions/${fixtureSlugs.dstMaintenance}`,
];

for (const path of pages) {
  test(`${path} announces what is ongoing or starts within seven days, and only that`, async ({ page }) => {
    await page.goto(path);
    const notice = page.getByRole("complementary", { name: "Interventions en cours ou imminentes" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: "Le réseau du serveur ne répond plus" })).toHaveAttribute(
      "href",
      `/interventions/${fixtureSlugs.ongoingIncident}`,
    );
    await expect(notice).toContainText("Incident en cours");
    await expect(notice.getByRole("link", { name: "Remplacement d’une barrette de mémoire" })).toBeVisible();
    await expect(notice).toContainText("Maintenance planifiée à venir");
    await expect(notice.getByRole("link", { name: "Mise à jour du micrologiciel des disques" })).toBeVisible();
    await expect(notice.getByRole("link", { name: "Migration du stockage des sauvegardes" })).toHaveCount(0);
    await expect(notice.getByRole("link", { name: "Test de basculement de l’alimentation" })).toHaveCount(0);
    await expect(notice).toContainText("heure de Paris");
  });
}

test("the notice works without JavaScript and leads to the intervention", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/couts");
  await page
    .getByRole("complementary", { name: "Interventions en cours ou imminentes" })
    .getByRole("link", { name: "Le réseau du serveur ne répond plus" })
    .click();
  await expect(page).toHaveURL(`/interventions/${fixtureSlugs.ongoingIncident}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le réseau du serveur ne répond plus");
  await context.close();
});
