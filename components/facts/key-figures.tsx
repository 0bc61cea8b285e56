import type { FactName, FactValue } from "@/lib/rendering/facts";
import { FactText } from "./fact-text";

/** The offer at a glance, for the home page: every figure comes from the data files. */
export function KeyFigures({ facts }: { facts: Record<FactName, FactValue> }) {
  const items: { label: string; value: (string | FactValue)[]; detail: (string | FactValue)[] }[] = [
    {
      label: "Stockage",
      value: [facts.usableCapacity, " en ", facts.raidLevel],
      detail: [facts.diskCount, " × ", facts.diskSize, ", ", facts.ram],
    },
    { label: "Prix", value: [facts.pricePerTbMonth, " par To et par mois"], detail: [facts.vatMention] },
    {
      label: "Sauvegardes",
      value: [facts.backupFrequency],
      detail: ["chiffrées, chez ", facts.backupProvider, " (", facts.backupRegion, ")"],
    },
    {
      label: "Centre de données",
      value: [facts.datacenterCity, " (", facts.datacenterCountry, ")"],
      detail: [facts.providerName, ", ", facts.datacenterCode],
    },
    { label: "Disponibilité visée", value: [facts.availabilityTarget, " par mois"], detail: [facts.availabilityCommitment] },
    { label: "Interlocuteur", value: ["une seule personne"], detail: ["qui administre le serveur et vous répond"] },
  ];
  return (
    <dl className="not-prose my-8 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <div key={item.label} className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-700 dark:bg-stone-900">
          <dt className="text-sm font-medium text-stone-600 dark:text-stone-400">{item.label}</dt>
          <dd className="mt-1 text-lg font-semibold text-stone-950 dark:text-white">{render(item.value)}</dd>
          <dd className="mt-1 text-sm text-stone-700 dark:text-stone-300">{render(item.detail)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Literal words between facts are plain strings. */
function render(parts: (string | FactValue)[]) {
  return parts.map((part, index) => (typeof part === "string" ? part : <FactText key={index} value={part} />));
}
