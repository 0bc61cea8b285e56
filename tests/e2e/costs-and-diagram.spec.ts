import { expect, test } from "@playwright/test";
import { computeBusinessFigures, roundBreakEvenUp } from "@/lib/costs/business-figures";
import { formatEuros, formatTerabytes } from "@/lib/format/numbers";
import { findBreakEvenTb, projectMonth } from "@/lib/costs/projection";
import { siteContent } from "./site-expectations";

const { infrastructure, costs, rates } = siteContent.data;
const figures = computeBusinessFigures(infrastructure, costs, rates);

test.describe("the calculator on /couts", () => {
  test("recomputes as the inputs change, with the same numbers as the server's helper", async ({ page }) => {
    await page.goto("/couts");
    const calculator = page.getByRole("region", { name: "Calculateur : et si…" });
    await expect(calculator).toBeVisible();
    // Each result is a <dt> label and its <dd> value, in their own <div>.
    const output = (label: string) =>
      calculator
        .locator("dl > div")
        .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
        .locator("dd");

    await calculator.getByLabel("Capacité louée (To)").fill("7.5");
    await calculator.getByLabel("Prix (€ par To et par mois)").fill("35");
    await calculator.getByLabel("Cotisations").selectOption({ label: "Prestations de services artisanales (BIC)" });

    const artisan = rates.presets.find((preset) => preset.id === "artisan")!;
    const assumptions = { pricePerTbMonthCents: 3500, annualCostsCents: figures.annualCostsCents, rateComponents: artisan.components };
    const expected = projectMonth(7.5, assumptions);
    await expect(output("Chiffre d’affaires")).toHaveText(formatEuros(expected.revenueCents));
    await expect(calculator).toContainText(formatEuros(expected.contributionsCents));
    await expect(output("Coûts")).toHaveText(formatEuros(expected.costsCents));
    await expect(output("Résultat net")).toHaveText(formatEuros(expected.netCents));
    await expect(output("Seuil de rentabilité")).toHaveText(formatTerabytes(roundBreakEvenUp(findBreakEvenTb(assumptions)!)));
  });

  test("starts from the page's own projection: the whole capacity at the current price", async ({ page }) => {
    await page.goto("/couts");
    const calculator = page.getByRole("region", { name: "Calculateur : et si…" });
    await expect(calculator.getByLabel("Capacité louée (To)")).toHaveValue(String(figures.usableCapacityTb));
    await expect(calculator).toContainText(formatEuros(figures.fullOccupancy.netCents));
  });

  test("the slider moves the capacity too", async ({ page }) => {
    await page.goto("/couts");
    const calculator = page.getByRole("region", { name: "Calculateur : et si…" });
    const slider = calculator.getByRole("slider", { name: "Capacité louée (curseur)" });
    await slider.focus();
    await page.keyboard.press("Home");
    await expect(calculator.getByLabel("Capacité louée (To)")).toHaveValue("0");
    await expect(calculator).toContainText(formatEuros(projectMonth(0, figures.assumptions).netCents));
  });
});

test("without JavaScript, the calculator is absent and the occupancy table gives the same figures", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/couts");
  await expect(page.getByRole("region", { name: "Calculateur : et si…" })).toBeHidden();
  const table = page.getByRole("table", { name: "Résultat mensuel selon la part de la capacité louée" });
  await expect(table).toBeVisible();
  for (const row of figures.occupancyRows) await expect(table).toContainText(formatEuros(row.projection.netCents));
  await expect(page.getByRole("img", { name: "Résultat net mensuel selon la capacité louée" })).toBeVisible();
  await context.close();
});

test("the charts have accessible names and descriptions, and their data in text", async ({ page }) => {
  await page.goto("/couts");
  const chart = page.getByRole("img", { name: "Résultat net mensuel selon la capacité louée" });
  await expect(chart).toBeVisible();
  // The demo costs: 1 984 € a year, VAT paid included, break-even at 5,3 To.
  await expect(chart).toHaveAccessibleDescription(/positif à partir de 5,3\sTo/);
  await expect(page.getByRole("img", { name: "Répartition des coûts annuels" })).toHaveAccessibleDescription(
    /5 postes pour 1\s984\s€ par an/,
  );
  await page.getByText("Valeurs du graphique").click();
  await expect(page.getByRole("table", { name: "Résultat net mensuel pour chaque To loué" })).toContainText(
    formatEuros(figures.fullOccupancy.netCents),
  );
});

test("the infrastructure diagram has an accessible name and shows what is not redundant", async ({ page }) => {
  await page.goto("/infrastructure");
  const diagram = page.getByRole("figure", { name: "Schéma de l’infrastructure : du centre de données aux sauvegardes hors site" });
  await expect(diagram).toBeVisible();
  for (const part of [
    "Centre de données",
    "Le serveur",
    "Disques",
    "Alimentation",
    "Réseau",
    "Hyperviseur",
    "Conteneurs des clients",
    `Sauvegardes chez ${infrastructure.backup.provider}`,
  ]) {
    await expect(diagram.getByText(part, { exact: true })).toBeVisible();
  }
  const power = diagram.getByRole("listitem").filter({ hasText: /^Alimentation/ });
  await expect(power).toContainText("Non redondant");
  await expect(diagram.getByRole("listitem").filter({ hasText: /^Disques/ })).toContainText("Redondant");
  await expect(diagram).toContainText(infrastructure.datacenter.code);
});
