import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { postRequestForm, readHiddenFields, validRequest } from "../support/request-form";
import { SmtpTestServer, waitFor } from "../support/smtp-test-server";
import { startStandaloneServer, stopServer, type TestServer } from "../support/standalone-server";

/**
 * Delivery from the standalone server, as deployed, to a real SMTP server started here: one
 * message per request, nothing lost when the mail server is away or the site server is killed.
 */
const port = 3141;
const baseUrl = `http://127.0.0.1:${port}`;
const operator = "operateur@hebergement.example";
let dataDir: string;
let server: TestServer | undefined;
let smtp: SmtpTestServer;

// Starting standalone servers takes seconds each on a loaded 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "demandes-envoi-"));
  smtp = new SmtpTestServer();
  await smtp.start(0);
});

test.afterEach(async () => {
  if (server?.process.exitCode === null) stopServer(server);
  server = undefined;
  await smtp.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function startSite(): Promise<TestServer> {
  return startStandaloneServer(port, {
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    CONTACT_TO: operator,
    SMTP_RETRY_MIN_SECONDS: "0.2",
    SMTP_RETRY_MAX_SECONDS: "1",
  });
}

function listFolder(folder: "en-attente" | "envoyees"): string[] {
  const dir = path.join(dataDir, "demandes", folder);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".json")) : [];
}

async function sendRequest(name: string): Promise<void> {
  const response = await postRequestForm(baseUrl, await readHiddenFields(baseUrl), { ...validRequest, name });
  expect(response.status).toBe(200);
  expect(response.body).toContain("Demande envoyée");
}

test("the operator receives one message with the fields, and the visitor's address is only its Reply-To", async () => {
  server = await startSite();
  await sendRequest("Camille Martin");
  await waitFor(() => smtp.received.length === 1);
  const [message] = smtp.received;
  expect(message!.to).toEqual([operator]);
  expect(message!.raw).toMatch(/^Reply-To: Camille Martin <camille@example.org>/m);
  expect(message!.raw).toMatch(/^Message-ID: <demande-\d{8}-\d{6}-[0-9a-f]{12}@hebergement\.example>/m);
  for (const text of ["Camille Martin", "camille@example.org", "Association des jardins partag", "2,5", "PostgreSQL"]) {
    expect(message!.raw).toContain(text);
  }
  // Written to envoyees/ first, then removed from en-attente/.
  await waitFor(() => listFolder("envoyees").length === 1 && listFolder("en-attente").length === 0);
});

test("with the SMTP server stopped the request is stored, and delivered exactly once when it is back", async () => {
  server = await startSite();
  const smtpPort = smtp.port;
  await smtp.stop();
  await sendRequest("Pendant la panne");
  expect(listFolder("en-attente")).toHaveLength(1);
  // Several retries fail meanwhile.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(listFolder("en-attente")).toHaveLength(1);
  await smtp.start(smtpPort);
  await waitFor(() => smtp.received.length === 1);
  await waitFor(() => listFolder("envoyees").length === 1);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]!.raw).toContain("Pendant la panne");
});

test("a site server killed with SIGKILL right after a submission loses nothing, and sends it once after restarting", async () => {
  const smtpPort = smtp.port;
  await smtp.stop();
  server = await startSite();
  await sendRequest("Juste avant le SIGKILL");
  process.kill(-server.process.pid!, "SIGKILL");
  await new Promise((resolve) => server!.process.once("exit", resolve));
  server = undefined;

  const [file] = listFolder("en-attente");
  expect(file).toBeDefined();
  const stored = JSON.parse(fs.readFileSync(path.join(dataDir, "demandes", "en-attente", file!), "utf8")) as { fields: { name: string } };
  expect(stored.fields.name).toBe("Juste avant le SIGKILL");

  await smtp.start(smtpPort);
  server = await startSite();
  await waitFor(() => smtp.received.length === 1);
  await waitFor(() => listFolder("envoyees").length === 1);
  const exited = new Promise((resolve) => server!.process.once("exit", resolve));
  stopServer(server);
  await exited;
  // A second restart finds nothing left to send.
  server = await startSite();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(smtp.received).toHaveLength(1);
});
