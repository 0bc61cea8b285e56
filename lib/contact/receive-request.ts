import type { RequestFormState } from "./form-state";
import { emptyRequestValues, honeypotField, requestFieldNames, startedAtField, type RequestValues } from "./request-fields";
import type { RequestService } from "./request-service";
import { validateRequest } from "./validate-request";

/**
 * Handles one submission of the form: refuses robots, validates, stores durably, and only then
 * answers « sent ». Every outcome is a state the form can show; nothing here throws to the visitor.
 */
export async function receiveRequest(
  previous: RequestFormState,
  formData: FormData,
  service: Pick<RequestService, "settings" | "store" | "outbox" | "messageDomain">,
  now: Date = new Date(),
): Promise<RequestFormState> {
  const values = readValues(formData);
  const startedAt = readStartedAt(formData) ?? previous.startedAt;
  const state: RequestFormState = { startedAt, values, fieldErrors: {} };

  if (readText(formData, honeypotField) !== "") {
    return {
      ...state,
      formError:
        "Le champ caché «\u00a0Site web\u00a0», que seuls les robots remplissent, contient quelque chose\u00a0: la demande n’a pas été envoyée. Si vous êtes une personne, votre navigateur l’a peut-être rempli tout seul\u00a0: rechargez la page, puis renvoyez votre demande.",
    };
  }
  const validation = validateRequest(values);
  if (!validation.ok) {
    return {
      ...state,
      fieldErrors: validation.fieldErrors,
      formError: "La demande n’a pas été envoyée\u00a0: corrigez les champs signalés.",
    };
  }
  const elapsedMs = now.getTime() - startedAt;
  if (!(elapsedMs >= service.settings.minFillMs)) {
    return {
      ...state,
      formError: `Formulaire envoyé trop vite (moins de ${Math.ceil(service.settings.minFillMs / 1000)}\u00a0secondes après l’ouverture de la page), comme le font les robots\u00a0: relisez votre message, puis renvoyez-le.`,
    };
  }

  let id: string;
  try {
    ({ id } = await service.store.save(validation.fields, now, service.messageDomain));
  } catch (error) {
    console.error(`Demandes : enregistrement impossible (${(error as NodeJS.ErrnoException).code ?? "erreur"}).`);
    return {
      ...state,
      formError:
        "Votre demande n’a pas pu être enregistrée, à cause d’un problème du serveur. Votre texte est conservé\u00a0: réessayez dans quelques minutes.",
    };
  }
  // Sent in the background: the visitor's confirmation never waits for the mail server.
  void service.outbox?.wake();
  return { startedAt, values: emptyRequestValues, fieldErrors: {}, sent: { reference: id } };
}

function readText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function readValues(formData: FormData): RequestValues {
  return Object.fromEntries(requestFieldNames.map((name) => [name, readText(formData, name)])) as RequestValues;
}

/** A plausible time for the page to have been shown; a future one makes the form "too fast". */
function readStartedAt(formData: FormData): number | undefined {
  const value = Number(readText(formData, startedAtField));
  return Number.isSafeInteger(value) && value > Date.UTC(2020, 0, 1) ? value : undefined;
}
