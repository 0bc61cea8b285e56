import type { FactValue } from "@/lib/facts";

/** A fact from the data files; a missing one is shown as such, never as an empty space. */
export function FactText({ value }: { value: FactValue }) {
  if (typeof value === "string") return <>{value}</>;
  return <Placeholder hint={value.placeholder} />;
}

export function Placeholder({ hint }: { hint: string }) {
  return (
    <mark className="rounded bg-amber-100 px-1 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">[à compléter&nbsp;: {hint}]</mark>
  );
}
