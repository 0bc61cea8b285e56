/**
 * What proxy.ts answers when it refuses a post of the form before it reaches the server action.
 * Shared with the form, which shows the same words when JavaScript sent the request.
 */
export const requestRefusals = {
  403: { title: "Demande refusée", text: "Cette demande ne vient pas du formulaire de ce site\u00a0: elle n’a pas été enregistrée." },
  411: { title: "Demande refusée", text: "La taille de la demande n’était pas indiquée\u00a0: elle n’a pas été enregistrée." },
  413: {
    title: "Demande trop volumineuse",
    text: "La demande dépasse 64\u00a0Kio\u00a0: elle n’a pas été enregistrée. Raccourcissez votre texte, puis renvoyez-la.",
  },
  429: {
    title: "Trop de demandes",
    text: "Trop de demandes sont parties de votre adresse ces derniers temps\u00a0: celle-ci n’a pas été enregistrée. Réessayez plus tard.",
  },
} as const;

export type RefusalStatus = keyof typeof requestRefusals;

/** The one line the form shows for a refusal: « Titre : texte ». */
export function formatRefusal(status: RefusalStatus): string {
  const { title, text } = requestRefusals[status];
  return `${title}\u00a0: ${text}`;
}

export function isRefusalMessage(message: string): boolean {
  return (Object.keys(requestRefusals) as unknown as RefusalStatus[]).some((status) => formatRefusal(status) === message);
}
