"use client";

import { useId, useState, useSyncExternalStore } from "react";
import { formatEuros, formatPercent, formatTerabytes } from "@/lib/format/numbers";
import type { ContributionPreset } from "@/lib/content/schemas/contribution-rates";
import { findBreakEvenTb, projectMonth, roundBreakEvenUp } from "@/lib/costs/projection";

/**
 * What-if calculator: the same projection helper as the server, in the browser. It only appears
 * once JavaScript runs; without it, the occupancy table above gives the same calculations.
 */
export function CostCalculator({
  usableCapacityTb,
  pricePerTbMonthCents,
  annualCostsCents,
  presets,
  defaultPresetId,
}: {
  usableCapacityTb: number;
  pricePerTbMonthCents: number;
  annualCostsCents: number;
  presets: ContributionPreset[];
  defaultPresetId: string;
}) {
  const id = useId();
  const [rentedTb, setRentedTb] = useState(usableCapacityTb);
  const [priceEuros, setPriceEuros] = useState(pricePerTbMonthCents / 100);
  const [presetId, setPresetId] = useState(defaultPresetId);
  // false in the server's HTML and during hydration, true once React runs in the browser.
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );

  const preset = presets.find((candidate) => candidate.id === presetId) ?? presets[0]!;
  const price = Number.isFinite(priceEuros) && priceEuros >= 0 ? Math.round(priceEuros * 100) : 0;
  const rented = Number.isFinite(rentedTb) ? Math.min(Math.max(rentedTb, 0), usableCapacityTb) : 0;
  const assumptions = { pricePerTbMonthCents: price, annualCostsCents, rateComponents: preset.components };
  const month = projectMonth(rented, assumptions);
  const breakEven = price > 0 ? findBreakEvenTb(assumptions) : undefined;

  return (
    <section
      aria-labelledby={`${id}-titre`}
      hidden={!hydrated}
      className="not-prose my-8 rounded-lg border border-stone-300 p-4 sm:p-5 dark:border-stone-600"
    >
      <h3 id={`${id}-titre`} className="text-lg font-semibold text-stone-950 dark:text-white">
        Calculateur&nbsp;: et si…
      </h3>
      <form className="mt-3 grid gap-4 sm:grid-cols-3" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor={`${id}-to`} className="block text-sm font-medium">
            Capacité louée (To)
          </label>
          <input
            id={`${id}-to`}
            type="number"
            min={0}
            max={usableCapacityTb}
            step={0.5}
            value={rentedTb}
            onChange={(event) => setRentedTb(event.target.valueAsNumber)}
            className="mt-1 w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 tabular-nums dark:border-stone-500 dark:bg-stone-900"
          />
          <input
            type="range"
            aria-label="Capacité louée (curseur)"
            min={0}
            max={usableCapacityTb}
            step={0.5}
            value={rented}
            onChange={(event) => setRentedTb(event.target.valueAsNumber)}
            className="mt-2 w-full accent-teal-700"
          />
        </div>
        <div>
          <label htmlFor={`${id}-prix`} className="block text-sm font-medium">
            Prix (€ par To et par mois)
          </label>
          <input
            id={`${id}-prix`}
            type="number"
            min={0}
            step={0.5}
            value={priceEuros}
            onChange={(event) => setPriceEuros(event.target.valueAsNumber)}
            className="mt-1 w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 tabular-nums dark:border-stone-500 dark:bg-stone-900"
          />
        </div>
        <div>
          <label htmlFor={`${id}-taux`} className="block text-sm font-medium">
            Cotisations
          </label>
          <select
            id={`${id}-taux`}
            value={presetId}
            onChange={(event) => setPresetId(event.target.value)}
            className="mt-1 w-full rounded-md border border-stone-400 bg-white px-2 py-1.5 dark:border-stone-500 dark:bg-stone-900"
          >
            {presets.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <dl aria-live="polite" className="mt-4 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-5">
        <Output label="Chiffre d’affaires" value={formatEuros(month.revenueCents)} />
        <Output label={`Cotisations (${formatPercent(month.contributionRate)})`} value={formatEuros(month.contributionsCents)} />
        <Output label="Coûts" value={formatEuros(month.costsCents)} />
        <Output label="Résultat net" value={formatEuros(month.netCents)} strong />
        <Output
          label="Seuil de rentabilité"
          value={breakEven === undefined ? "jamais atteint" : formatTerabytes(roundBreakEvenUp(breakEven))}
        />
      </dl>
      <p className="mt-3 text-sm text-stone-700 dark:text-stone-300">
        Par mois, avant impôt sur le revenu et CFE&nbsp;; mêmes calculs que le tableau ci-dessus. Taux «&nbsp;{preset.label}&nbsp;»&nbsp;:
      </p>
      <ul className="mt-1 list-disc pl-5 text-sm text-stone-700 dark:text-stone-300">
        {preset.components.map((component) => (
          <li key={component.name}>
            {component.name}&nbsp;: {formatPercent(component.rate)}
            {component.minAnnualTurnoverCents === undefined
              ? ""
              : `, au-delà de ${formatEuros(component.minAnnualTurnoverCents, "euros")} de chiffre d’affaires annuel`}{" "}
            (
            <a href={component.sourceUrl} className="underline underline-offset-2" rel="noopener noreferrer">
              {component.source}
            </a>
            )
          </li>
        ))}
      </ul>
    </section>
  );
}

function Output({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <div>
      <dt className="text-sm text-stone-700 dark:text-stone-300">{label}</dt>
      <dd className={`tabular-nums ${strong ? "text-lg font-bold text-stone-950 dark:text-white" : "font-semibold"}`}>{value}</dd>
    </div>
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}
