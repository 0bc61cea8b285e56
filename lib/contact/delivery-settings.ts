import type { Identity } from "../content/schemas/identity";

/** Where requests are mailed, from SMTP_URL, CONTACT_TO and SMTP_FROM; off when one is missing. */
export type DeliverySettings =
  { enabled: true; smtpUrl: string; to: string; from: string; smtpHost: string } | { enabled: false; reason: string };

export function readDeliverySettings(identity: Identity, env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const smtpUrl = env.SMTP_URL?.trim();
  if (!smtpUrl) return { enabled: false, reason: "SMTP_URL n'est pas défini" };
  let smtpHost: string;
  try {
    const url = new URL(smtpUrl);
    if (url.protocol !== "smtp:" && url.protocol !== "smtps:") throw new Error("protocole");
    smtpHost = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  } catch {
    // The URL may hold a password: never print it.
    return { enabled: false, reason: "SMTP_URL n'est pas une adresse smtp:// ou smtps:// valide" };
  }
  // The operator's own address, never one typed by a visitor: the form cannot relay spam.
  const to = env.CONTACT_TO?.trim() || (identity.email.filled ? identity.email.value : undefined);
  if (!to) {
    return { enabled: false, reason: "ni CONTACT_TO ni l'adresse e-mail de content/data/identite.yaml ne sont renseignés" };
  }
  return { enabled: true, smtpUrl, to, from: env.SMTP_FROM?.trim() || to, smtpHost };
}
