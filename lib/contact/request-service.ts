import { getSiteContent } from "../content/site-content";
import { site } from "../web/site";
import { readContactSettings, type ContactSettings } from "./contact-settings";
import { readDeliverySettings } from "./delivery-settings";
import { Outbox } from "./outbox";
import { RequestStore } from "./request-store";
import { createSmtpSender } from "./smtp-sender";

export interface RequestService {
  settings: ContactSettings;
  store: RequestStore;
  /** Absent while delivery is off (no SMTP_URL or no recipient): requests wait on disk. */
  outbox?: Outbox;
  /** The domain of every request's Message-ID. */
  messageDomain: string;
}

/**
 * One service per server process. Next bundles instrumentation, the proxy and routes separately,
 * each with its own copy of this module: a process-wide slot keeps one outbox, so a request is
 * never sent by two loops at once.
 */
const slot = Symbol.for("hebergement-transparent.request-service");
const shared = globalThis as typeof globalThis & { [slot]?: RequestService };

/** Started by instrumentation.ts when the server starts; on first use otherwise (npm run dev). */
export function getRequestService(): RequestService {
  const existing = shared[slot];
  if (existing) return existing;
  const settings = readContactSettings();
  const delivery = readDeliverySettings(getSiteContent().data.identity);
  const store = new RequestStore(settings.dataDir);
  const service: RequestService = { settings, store, messageDomain: site.origin.hostname };
  if (delivery.enabled) {
    service.outbox = new Outbox({ store, retry: settings.retry, send: createSmtpSender(delivery) });
    console.log(`Demandes : enregistrées dans ${settings.dataDir}, envoyées à ${delivery.to} par ${delivery.smtpHost}.`);
  } else {
    console.log(`Demandes : enregistrées dans ${settings.dataDir} ; envoi par e-mail désactivé (${delivery.reason}).`);
  }
  shared[slot] = service;
  // Whatever a previous run left unsent goes now.
  void service.outbox?.wake();
  return service;
}
