import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { requestDataDir } from "../../playwright.config";
import { expectNoAxeViolationsNow } from "../support/axe";
import { validRequest } from "../support/request-form";

/** Files of the requests the shared server stored whose text contains `marker`. */
function findStoredRequests(marker: string): string[] {
  const pending = path.join(requestDataDir, "demandes", "en-attente");
  if (!fs.existsSync(pending)) return [];
  return fs.readdirSync(pending).filter((name) => fs.readFileSync(path.join(pending, name), "utf8").includes(marker));
}

async function openForm(page: Page, javaScriptEnabled: boolean): Promise<() => number> {
  let loads = 0;
  page.on("load", () => loads++);
  await page.goto("/contact");
  // Sending before React has hydrated the form would post it the plain way.
  if (javaScriptEnabled) {
    await page.waitForFunction(() => Object.keys(document.querySelector("form") ?? {}).some((key) => key.startsWith("__reactProps")));
  }
  return () => loads;
}

async function fillForm(page: Page, values: Partial<typeof validRequest>): Promise<void> {
  const labels = {
    name: "Nom",
    email: "Adresse e-mail",
    organization: "Organisation (facultatif)",
    spaceTb: "Espace souhaité (To)",
    project: "Votre projet",
  };
  for (const [field, value] of Object.entries(values)) {
    await page.getByLabel(labels[field as keyof typeof labels], { exact: true }).fill(value);
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "the request form with JavaScript" : "the request form without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("filling it by its labels and sending it shows the confirmation, and the request is stored", async ({ page }) => {
      const loads = await openForm(page, javaScriptEnabled);
      const name = `Camille ${javaScriptEnabled ? "avec" : "sans"} script ${Date.now()}`;
      await fillForm(page, { ...validRequest, name });
      await page.getByRole("button", { name: "Envoyer" }).click();
      const confirmation = page.getByRole("heading", { name: "Demande envoyée" });
      await expect(confirmation).toBeVisible();
      await expect(page.locator(":focus")).toContainText("Demande envoyée");
      await expect(page.getByRole("main")).toContainText(/référence \d{8}-\d{6}-[0-9a-f]{12}/);
      expect(findStoredRequests(name)).toHaveLength(1);
      // With JavaScript the page is not reloaded; without it, the browser posts and loads the answer.
      expect(loads()).toBe(javaScriptEnabled ? 1 : 2);
    });

    test("errors appear next to their fields, with the input kept and the focus on the summary", async ({ page }) => {
      await openForm(page, javaScriptEnabled);
      const name = `Dominique ${Date.now()}`;
      await fillForm(page, { name, email: "dominique@", organization: "Atelier", spaceTb: "beaucoup" });
      await page.getByRole("button", { name: "Envoyer" }).click();

      const summary = page.getByRole("heading", { name: /La demande n’a pas été envoyée/ });
      await expect(summary).toBeVisible();
      await expect(page.locator(":focus")).toContainText("corrigez les champs signalés");
      for (const [label, value, message] of [
        ["Adresse e-mail", "dominique@", "n’est pas valide"],
        ["Espace souhaité (To)", "beaucoup", "nombre de To"],
        ["Votre projet", "", "Décrivez votre projet"],
      ] as const) {
        const field = page.getByLabel(label, { exact: true });
        await expect(field).toHaveValue(value);
        await expect(field).toHaveAttribute("aria-invalid", "true");
        await expect(field).toHaveAccessibleDescription(new RegExp(message));
      }
      await expect(page.getByLabel("Nom", { exact: true })).toHaveValue(name);
      await expect(page.getByLabel("Nom", { exact: true })).not.toHaveAttribute("aria-invalid");
      await expect(page.getByLabel("Organisation (facultatif)")).toHaveValue("Atelier");
      expect(findStoredRequests(name)).toEqual([]);

      await fillForm(page, { email: "dominique@example.org", spaceTb: "1", project: "Un petit site." });
      await page.getByRole("button", { name: "Envoyer" }).click();
      await expect(page.getByRole("heading", { name: "Demande envoyée" })).toBeVisible();
      expect(findStoredRequests(name)).toHaveLength(1);
    });
  });
}

/**
 * axe runs inside the page, which a context without JavaScript forbids: here the site's own
 * scripts are blocked instead, so the form is the plain HTML one, posted and rendered by the server.
 */
for (const scripts of ["running", "blocked"] as const) {
  test(`axe finds no violation on the form, its errors and its confirmation, with the site's scripts ${scripts}`, async ({ page }) => {
    // Three axe runs and two posts: slow on a loaded 2-core machine.
    test.setTimeout(120_000);
    if (scripts === "blocked") await page.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
    await openForm(page, scripts === "running");
    await expectNoAxeViolationsNow(page, "formulaire");
    await fillForm(page, { name: "Axe", email: "axe@" });
    await page.getByRole("button", { name: "Envoyer" }).click();
    await expect(page.getByRole("heading", { name: /La demande n’a pas été envoyée/ })).toBeVisible();
    await expectNoAxeViolationsNow(page, "erreurs");
    await fillForm(page, { email: "axe@example.org", project: "Vérifier l’accessibilité." });
    await page.getByRole("button", { name: "Envoyer" }).click();
    await expect(page.getByRole("heading", { name: "Demande envoyée" })).toBeVisible();
    await expectNoAxeViolationsNow(page, "confirmation");
  });
}

test("sending the form breaks no Content-Security-Policy rule", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(error.message));
  await openForm(page, true);
  await fillForm(page, { ...validRequest, name: `Politique ${Date.now()}` });
  await page.getByRole("button", { name: "Envoyer" }).click();
  await expect(page.getByRole("heading", { name: "Demande envoyée" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("every page leads to the form, and the home page has a call to action by its key figures", async ({ page }) => {
  test.setTimeout(90_000);
  for (const path of ["/", "/offre", "/infrastructure", "/couts", "/cgu", "/interventions", "/mentions-legales"]) {
    await page.goto(path);
    await expect(
      page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Demande d’hébergement" }),
    ).toHaveAttribute("href", "/contact");
  }
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Demander un hébergement" }).click();
  await expect(page).toHaveURL("/contact");
});

test("the offer answers from the data, links the CGU, infrastructure and costs pages, and marks what is missing", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Offre" }).click();
  await expect(page).toHaveURL("/offre");
  const main = page.getByRole("main");
  for (const question of [
    "Ai-je un accès root ou SSH ?",
    "Y a-t-il un minimum ?",
    "En combien de temps répondez-vous ?",
    "Quel préavis pour partir ?",
  ]) {
    await expect(main.getByRole("heading", { name: question.replace(" ?", "\u202f?") })).toBeVisible();
  }
  for (const target of ["/cgu", "/infrastructure", "/couts", "/contact"]) {
    await expect(main.locator(`a[href="${target}"]`).first()).toBeVisible();
  }
  // The demo content answers with the suggested value; the real content's placeholder is checked in tests/e2e/real.
  await expect(main.getByText(/1 jour ouvré/).first()).toBeVisible();
});
