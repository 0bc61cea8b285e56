import type { InterventionImpact, InterventionKind } from "../content/schemas/intervention";
import type { InterventionState } from "./state";

export const kindLabels: Record<InterventionKind, string> = {
  maintenance: "Maintenance planifiée",
  incident: "Incident",
  operation: "Opération",
};

export const impactLabels: Record<InterventionImpact, string> = {
  none: "Aucune interruption",
  degraded: "Service dégradé",
  interruption: "Interruption de service",
};

export const stateLabels: Record<InterventionState, string> = {
  upcoming: "À venir",
  ongoing: "En cours",
  completed: "Terminée",
  cancelled: "Annulée",
};
