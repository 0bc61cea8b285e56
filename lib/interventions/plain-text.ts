import type { InterventionDocument } from "../content/load-content";
import type { Infrastructure } from "../content/schemas/infrastructure";
import { formatDateTimeParis } from "../format/dates";
import { impactLabels, kindLabels, stateLabels } from "./labels";
import { getInterventionState, isEndConfirmed } from "./state";

/** Plain-text description of an entry, shared by the feeds and the calendar. */
export function describeInterventionAsText(entry: InterventionDocument, services: Infrastructure["services"], now: Date): string {
  const { frontmatter } = entry;
  const state = getInterventionState(frontmatter, now);
  const serviceLabels = frontmatter.services.map((id) => services.find((service) => service.id === id)?.label ?? id);
  const end = frontmatter.end
    ? `${isEndConfirmed(frontmatter) ? "Fin" : "Fin prévue"} : ${formatDateTimeParis(frontmatter.end)}`
    : "Fin : encore inconnue";
  const lines = [
    frontmatter.summary,
    "",
    `État : ${stateLabels[state]}`,
    `Nature : ${kindLabels[frontmatter.kind]}`,
    `Impact : ${impactLabels[frontmatter.impact]}`,
    `Services concernés : ${serviceLabels.join(", ")}`,
    `Début : ${formatDateTimeParis(frontmatter.start)}`,
    end,
  ];
  if (frontmatter.cancellation)
    lines.push(`Annulée le ${formatDateTimeParis(frontmatter.cancellation.at)} : ${frontmatter.cancellation.reason}`);
  for (const reschedule of frontmatter.reschedules ?? []) {
    lines.push(
      `Reportée le ${formatDateTimeParis(reschedule.at)} (prévue auparavant le ${formatDateTimeParis(reschedule.previousStart)}) : ${reschedule.reason}`,
    );
  }
  for (const update of frontmatter.updates ?? []) lines.push(`${formatDateTimeParis(update.at)} : ${update.text}`);
  return lines.join("\n");
}

/** « Maintenance planifiée — Mise à jour du noyau (annulée) » */
export function describeInterventionTitle(entry: InterventionDocument, now: Date): string {
  const state = getInterventionState(entry.frontmatter, now);
  const suffix = state === "cancelled" ? ` (${stateLabels.cancelled.toLowerCase()})` : state === "ongoing" ? " (en cours)" : "";
  return `${kindLabels[entry.frontmatter.kind]} — ${entry.frontmatter.title}${suffix}`;
}
