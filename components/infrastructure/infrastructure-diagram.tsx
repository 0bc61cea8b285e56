import type { PartDescription, InfrastructurePart } from "@/lib/infrastructure/redundancy";

const styles = {
  yes: "border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950/50",
  no: "border-rose-600 bg-rose-50 dark:border-rose-500 dark:bg-rose-950/40",
  neutral: "border-stone-300 bg-white dark:border-stone-600 dark:bg-stone-900",
};

function styleOf(part: PartDescription): string {
  return part.redundant === undefined ? styles.neutral : part.redundant ? styles.yes : styles.no;
}

/** Redundancy in words, with a symbol; the border colour only repeats it. */
function Verdict({ part }: { part: PartDescription }) {
  if (part.redundant === undefined) return null;
  return (
    <span className="text-sm font-semibold">
      <span aria-hidden="true">{part.redundant ? "✓ " : "✗ "}</span>
      {part.redundant ? "Redondant" : "Non redondant"}
    </span>
  );
}

function Box({ part, title }: { part: PartDescription; title: string }) {
  return (
    <div className={`rounded-lg border-2 p-3 ${styleOf(part)}`}>
      <p className="flex flex-wrap items-baseline justify-between gap-x-3">
        <strong className="text-stone-950 dark:text-white">{title}</strong>
        <Verdict part={part} />
      </p>
      <p className="mt-1 text-sm text-stone-800 dark:text-stone-200">{part.detail}</p>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{part.consequence}</p>
    </div>
  );
}

function Arrow({ label }: { label: string }) {
  return (
    <p className="my-1 flex items-center gap-2 pl-6 text-sm text-stone-700 dark:text-stone-300">
      <span aria-hidden="true" className="text-lg leading-none">
        ↓
      </span>
      {label}
    </p>
  );
}

/**
 * The chain from the data centre to the off-site backups, drawn in HTML and CSS so that it reads
 * as a list to assistive technologies and reflows on a phone. Built from the same descriptions
 * as the table below it.
 */
export function InfrastructureDiagram({
  parts,
  backupProvider,
  backupFrequency,
}: {
  parts: readonly PartDescription[];
  backupProvider: string;
  backupFrequency: string;
}) {
  const get = (part: InfrastructurePart) => {
    const found = parts.find((candidate) => candidate.part === part);
    if (!found) throw new Error(`schéma : élément « ${part} » manquant`);
    return found;
  };
  const components = (["disks", "memory", "power", "network"] as const).map(get);
  return (
    <figure className="not-prose my-8" aria-labelledby="schema-infrastructure">
      <figcaption id="schema-infrastructure" className="mb-3 font-semibold text-stone-900 dark:text-stone-100">
        Schéma de l’infrastructure&nbsp;: du centre de données aux sauvegardes hors site
      </figcaption>
      <ol className="list-none p-0">
        <li>
          <Box part={get("datacenter")} title="Centre de données" />
          <Arrow label="héberge" />
        </li>
        <li>
          <div className={`rounded-lg border-2 p-3 ${styleOf(get("server"))}`}>
            <p className="flex flex-wrap items-baseline justify-between gap-x-3">
              <strong className="text-stone-950 dark:text-white">Le serveur</strong>
              <Verdict part={get("server")} />
            </p>
            <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{get("server").consequence}</p>
            <ul className="mt-3 grid list-none gap-2 p-0 sm:grid-cols-2">
              {components.map((part) => (
                <li key={part.part}>
                  <Box part={part} title={part.label} />
                </li>
              ))}
            </ul>
          </div>
          <Arrow label="fait tourner" />
        </li>
        <li>
          <Box part={get("hypervisor")} title="Hyperviseur" />
          <Arrow label="isole chaque client dans" />
        </li>
        <li>
          <Box part={get("containers")} title="Conteneurs des clients" />
          <Arrow label={`sauvegardés ${backupFrequency}, chiffrés, vers`} />
        </li>
        <li>
          <Box part={get("backup")} title={`Sauvegardes chez ${backupProvider}`} />
        </li>
      </ol>
    </figure>
  );
}
