import type { AvailabilityReport } from "./availability";
import { buildMonthlyPeriods, buildRollingPeriods } from "./availability-periods";
import type { InterventionDocument } from "../content/load-content";
import type { RenderContext } from "../rendering/render-context";
import { getInterventionState, groupInterventions } from "./state";
import { interventionHref } from "../web/routes";
import { absoluteUrl } from "../web/site";

/** Overall state, most serious first. */
export type ServiceStatus = "outage" | "maintenance" | "degraded" | "operational";

export function computeServiceStatus(ongoing: readonly InterventionDocument[]): ServiceStatus {
  const interrupted = ongoing.filter((entry) => entry.frontmatter.impact === "interruption");
  if (interrupted.some((entry) => entry.frontmatter.kind === "incident")) return "outage";
  if (interrupted.length > 0) return "maintenance";
  if (ongoing.some((entry) => entry.frontmatter.impact === "degraded")) return "degraded";
  return "operational";
}

function describeEntry(entry: InterventionDocument, now: Date) {
  const { frontmatter } = entry;
  return {
    id: entry.slug,
    url: absoluteUrl(interventionHref(entry.slug)),
    title: frontmatter.title,
    kind: frontmatter.kind,
    impact: frontmatter.impact,
    state: getInterventionState(frontmatter, now),
    services: frontmatter.services,
    start: frontmatter.start.toISOString(),
    end: frontmatter.end?.toISOString() ?? null,
  };
}

function describeReport(id: string, label: string, report: AvailabilityReport) {
  return {
    id,
    label,
    from: report.from.toISOString(),
    to: report.to.toISOString(),
    availability: report.availability ?? null,
    downtimeMinutes: report.downtimeMinutes,
    plannedMaintenanceMinutes: report.plannedMinutes,
    targets: report.targets,
    downtimeBudgetMinutes: report.budgetMinutes ?? null,
    remainingBudgetMinutes: report.remainingBudgetMinutes ?? null,
    meetsTarget: report.meetsTarget ?? null,
  };
}

/** /status.json: the current state, the next planned intervention and the availability figures. */
export function buildStatusDocument(context: RenderContext) {
  const { now, content, cguInForce } = context;
  const groups = groupInterventions(content.interventions, now);
  const next = groups.upcoming.find((entry) => entry.frontmatter.status !== "cancelled");
  const log = context.availability;
  const currentMonth = log ? buildMonthlyPeriods(log, now, { limit: 1 })[0] : undefined;
  return {
    generatedAt: now.toISOString(),
    status: computeServiceStatus(groups.ongoing),
    ongoing: groups.ongoing.map((entry) => describeEntry(entry, now)),
    nextPlanned: next ? describeEntry(next, now) : null,
    availability: {
      basis: "interventions déclarées dans le journal public, pas de sonde externe",
      target: cguInForce.frontmatter.availabilityTargetRatio,
      commitment: cguInForce.frontmatter.availabilityCommitment,
      // null until the operator gives the service start date: nothing is measured before it.
      measuredSince: log ? new Date(log.inServiceSince).toISOString() : null,
      periods: log
        ? [
            ...buildRollingPeriods(log, now).map((period) => describeReport(period.id, period.label, period.report)),
            ...(currentMonth ? [describeReport(currentMonth.id, currentMonth.label, currentMonth.report)] : []),
          ]
        : [],
    },
  };
}
