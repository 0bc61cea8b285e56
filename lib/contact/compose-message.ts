import type { StoredRequest } from "./request-store";
import { requestFields } from "./request-fields";

/** The mail the operator receives for one request; nodemailer encodes headers and body. */
export interface RequestMessage {
  messageId: string;
  date: Date;
  subject: string;
  /** The visitor, so that « Répondre » answers him; never a recipient of this message. */
  replyTo: { name: string; address: string };
  text: string;
}

export function composeRequestMessage(request: StoredRequest): RequestMessage {
  const { name, email, organization, spaceTb, project } = request.fields;
  const lines = [
    `${requestFields.name.label} : ${name}`,
    `${requestFields.email.label} : ${email}`,
    `Organisation : ${organization ?? "—"}`,
    `${requestFields.spaceTb.label} : ${spaceTb === undefined ? "—" : String(spaceTb).replace(".", ",")}`,
    "",
    `${requestFields.project.label} :`,
    project,
    "",
    "—",
    `Demande ${request.id}, reçue le ${request.receivedAt} (UTC).`,
    `npm run demandes -- voir ${request.id}`,
  ];
  return {
    messageId: request.messageId,
    date: new Date(request.receivedAt),
    subject: `Demande d’hébergement : ${name}${organization ? ` (${organization})` : ""}`,
    replyTo: { name, address: email },
    text: `${lines.join("\n")}\n`,
  };
}
