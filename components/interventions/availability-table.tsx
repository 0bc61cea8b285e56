import type { AvailabilityPeriod } from "@/lib/interventions/availability-periods";
import { formatDurationMinutes } from "@/lib/format/durations";
import { formatPercent } from "@/lib/format/numbers";

/**
 * Availability per period, as numbers and words (never by colour alone), against the target of
 * the CGU in force, with the downtime budget left.
 */
export function AvailabilityTable({ periods, caption }: { periods: readonly AvailabilityPeriod[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="text-sm">
        <caption className="text-left">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Période</th>
            <th scope="col" className="text-right">
              Disponibilité
            </th>
            <th scope="col" className="text-right">
              Interruptions comptées
            </th>
            <th scope="col" className="text-right">
              Maintenances annoncées
            </th>
            <th scope="col">Objectif et marge</th>
          </tr>
        </thead>
        <tbody>
          {periods.map(({ id, label, report }) => (
            <tr key={id}>
              <th scope="row">{label}</th>
              <td className="text-right whitespace-nowrap tabular-nums">
                {report.availability === undefined ? "—" : formatAvailability(report.availability)}
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">{formatDurationMinutes(report.downtimeMinutes)}</td>
              <td className="text-right whitespace-nowrap tabular-nums">{formatDurationMinutes(report.plannedMinutes)}</td>
              <td>
                <TargetVerdict report={report} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Enough decimals to tell 99,95 % from 99,9 %, none when nothing happened. */
export function formatAvailability(ratio: number): string {
  return formatPercent(Math.floor(ratio * 1e5) / 1e5, 3);
}

function TargetVerdict({ report }: { report: AvailabilityPeriod["report"] }) {
  if (report.targets.length === 0 || report.budgetMinutes === undefined || report.remainingBudgetMinutes === undefined) {
    return <>aucun objectif publié pour cette période</>;
  }
  const targets = report.targets.map((target) => formatPercent(target, 3)).join(" puis ");
  const met = report.remainingBudgetMinutes >= 0;
  return (
    <>
      <strong>
        {targets}&nbsp;: {met ? "atteint" : "non atteint"}
      </strong>
      <span className="block">
        {met
          ? `marge restante ${formatDurationMinutes(report.remainingBudgetMinutes)} sur ${formatDurationMinutes(report.budgetMinutes)}`
          : `dépassé de ${formatDurationMinutes(-report.remainingBudgetMinutes)} (marge de ${formatDurationMinutes(report.budgetMinutes)})`}
      </span>
    </>
  );
}
