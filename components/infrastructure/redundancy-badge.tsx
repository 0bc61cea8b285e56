/** Redundancy stated in words and with a symbol, never by colour alone. */
export function RedundancyBadge({ redundant, detail }: { redundant: boolean | undefined; detail: string }) {
  if (redundant === undefined) return <span>{detail}</span>;
  return (
    <span className="inline-flex items-baseline gap-1.5">
      <span
        aria-hidden="true"
        className={redundant ? "font-bold text-emerald-700 dark:text-emerald-400" : "font-bold text-rose-700 dark:text-rose-400"}
      >
        {redundant ? "✓" : "✗"}
      </span>
      <span>
        <strong>{redundant ? "Oui" : "Non"}</strong> — {detail}
      </span>
    </span>
  );
}
