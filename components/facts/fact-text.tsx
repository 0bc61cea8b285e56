import type { Fillable } from "@/lib/content/placeholder";

/** A fact from the data files; a missing one is shown as such, never as an empty space. */
export function FactText({ value }: { value: Fillable<string> }) {
  return value.filled ? <>{value.value}</> : <Placeholder hint={value.hint} />;
}

export function Placeholder({ hint }: { hint: string }) {
  return (
    <mark className="rounded bg-amber-100 px-1 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50">[à compléter&nbsp;: {hint}]</mark>
  );
}
