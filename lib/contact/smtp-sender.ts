import nodemailer from "nodemailer";
import type { SendMessage } from "./outbox";

/**
 * A sender over SMTP_URL (smtp://user:pass@host:587, STARTTLS when the server offers it;
 * smtps:// for TLS from the start). The envelope's only recipient is `to`: the visitor's address
 * is in Reply-To, which no SMTP server delivers to.
 */
export function createSmtpSender({ smtpUrl, to, from }: { smtpUrl: string; to: string; from: string }): SendMessage {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    // Fail within seconds when the server is away; the outbox retries later.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return async (message) => {
    await transport.sendMail({
      from,
      to,
      envelope: { from, to: [to] },
      replyTo: message.replyTo,
      subject: message.subject,
      text: message.text,
      messageId: message.messageId,
      date: message.date,
    });
  };
}
