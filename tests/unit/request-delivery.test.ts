import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { RequestFormState } from "@/lib/contact/form-state";
import { Outbox } from "@/lib/contact/outbox";
import { receiveRequest } from "@/lib/contact/receive-request";
import { emptyRequestValues } from "@/lib/contact/request-fields";
import { RequestStore } from "@/lib/contact/request-store";
import { createSmtpSender } from "@/lib/contact/smtp-sender";
import { validRequest } from "../support/request-form";
import { SmtpTestServer, waitFor } from "../support/smtp-test-server";

const operator = "operateur@hebergement.example";
const fields = { name: "Camille Martin", email: "camille@example.org", project: "Un site.", spaceTb: 2 };
let dataDir: string;
let store: RequestStore;
let smtp: SmtpTestServer;
const outboxes: Outbox[] = [];

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "demandes-"));
  store = new RequestStore(dataDir);
  smtp = new SmtpTestServer();
  await smtp.start(0);
});

afterEach(async () => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
  await smtp.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function createOutbox(retry = { minMs: 100, maxMs: 400 }): Outbox {
  const outbox = new Outbox({ store, retry, send: createSmtpSender({ smtpUrl: smtp.url, to: operator, from: operator }), log: () => {} });
  outboxes.push(outbox);
  return outbox;
}

describe("the request store", () => {
  test("keeps each request as one JSON file only its owner can read, with no temporary file left", async () => {
    const request = await store.save(fields, new Date("2026-11-29T10:00:00Z"), "hebergement.example");
    const files = fs.readdirSync(store.pendingDir);
    expect(files).toEqual([`${request.id}.json`]);
    expect(fs.statSync(path.join(store.pendingDir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(path.join(store.pendingDir, files[0]!), "utf8"))).toMatchObject({ fields, id: request.id });
    expect(request.messageId).toBe(`<demande-${request.id}@hebergement.example>`);
  });

  test("reads a request left in both folders by a crash as delivered, and never lists it again", async () => {
    const request = await store.save(fields, new Date(), "hebergement.example");
    fs.copyFileSync(path.join(store.pendingDir, `${request.id}.json`), path.join(store.deliveredDir, `${request.id}.json`));
    expect(await store.listPending()).toEqual([]);
    expect(fs.existsSync(path.join(store.pendingDir, `${request.id}.json`))).toBe(false);
  });
});

describe("delivery to the operator over SMTP", () => {
  test("sends one message with every field, to the operator only, answering to the visitor", async () => {
    const request = await store.save({ ...fields, organization: "Les Jardins" }, new Date(), "hebergement.example");
    await createOutbox().wake();
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.to).toEqual([operator]);
    expect(message!.raw).toContain(`Message-ID: ${request.messageId}`);
    expect(message!.raw).toMatch(/Reply-To: Camille Martin <camille@example.org>/);
    for (const text of [
      "Nom : Camille Martin",
      "Adresse e-mail : camille@example.org",
      "Organisation : Les Jardins",
      "Un site.",
      request.id,
    ]) {
      expect(message!.raw).toContain(text);
    }
    expect(await store.listPending()).toEqual([]);
    expect((await store.find(request.id))?.deliveredAt).toBeDefined();
  });

  test("keeps the request while the SMTP server is down, and delivers it exactly once when it is back", async () => {
    const port = smtp.port;
    await smtp.stop();
    const request = await store.save(fields, new Date(), "hebergement.example");
    const outbox = createOutbox();
    await outbox.wake();
    expect((await store.listPending()).map((pending) => pending.id)).toEqual([request.id]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await smtp.start(port);
    await waitFor(async () => (await store.listPending()).length === 0);
    await outbox.wake();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.raw).toContain(request.messageId);
  });

  test("a new outbox on the same folder (a restart) sends nothing twice", async () => {
    await store.save(fields, new Date(), "hebergement.example");
    await createOutbox().wake();
    await createOutbox().wake();
    expect(smtp.received).toHaveLength(1);
  });
});

describe("a submission", () => {
  const settings = { dataDir: "", minFillMs: 3000, rateLimit: { max: 10, windowMs: 3600_000 }, retry: { minMs: 100, maxMs: 400 } };
  const now = new Date("2026-11-29T10:00:00Z");
  const previous: RequestFormState = { startedAt: now.getTime() - 60_000, values: emptyRequestValues, fieldErrors: {} };

  function formData(values: Record<string, string>, startedAt = now.getTime() - 10_000): FormData {
    const data = new FormData();
    for (const [name, value] of Object.entries({ ...values, startedAt: String(startedAt) })) data.append(name, value);
    return data;
  }

  async function submit(data: FormData) {
    const outbox = createOutbox();
    const state = await receiveRequest(previous, data, { settings, store, outbox, messageDomain: "hebergement.example" }, now);
    await outbox.wake();
    return state;
  }

  test("is stored, then delivered, and the visitor gets a reference", async () => {
    const state = await submit(formData({ ...validRequest, website: "" }));
    expect(state.sent?.reference).toMatch(/^20261129-100000-/);
    expect(smtp.received).toHaveLength(1);
  });

  test("with the honeypot filled, too fast or invalid, is neither stored nor delivered, and keeps the input", async () => {
    const refused = [
      await submit(formData({ ...validRequest, website: "https://spam.example" })),
      await submit(formData({ ...validRequest, website: "" }, now.getTime() - 500)),
      await submit(formData({ ...validRequest, email: "pas-une-adresse", website: "" })),
    ];
    expect(refused.map((state) => state.formError)).toEqual([
      expect.stringMatching(/Site web/),
      expect.stringMatching(/trop vite/),
      expect.stringMatching(/corrigez les champs signalés/),
    ]);
    for (const state of refused) expect(state.values.project).toBe(validRequest.project);
    expect(refused[2]!.fieldErrors.email).toBeDefined();
    expect(await store.listAll()).toEqual([]);
    expect(smtp.received).toEqual([]);
  });
});
