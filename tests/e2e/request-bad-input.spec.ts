import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { postRequestForm, readHiddenFields, validRequest } from "../support/request-form";
import { SmtpTestServer, waitFor } from "../support/smtp-test-server";
import { startStandaloneServer, stopServer, type TestServer } from "../support/standalone-server";

/**
 * Bad input against a server of its own, with the production defaults that the shared server
 * relaxes (minimum fill time, a small rate limit) and a real SMTP server: each case gets its own
 * answer, never a 5xx, and nothing of it is stored or delivered.
 */
const port = 3140;
const baseUrl = `http://127.0.0.1:${port}`;
const leaks = /node_modules|\/work\/|\.next\/|at [\w.<>]+ \(|Error:|TypeError|digest/;
let server: TestServer | undefined;
let dataDir: string;
let hidden: [string, string][];
const smtp = new SmtpTestServer();

// Starting standalone servers takes seconds each on a loaded 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "demandes-refus-"));
  await smtp.start(0);
  server = await startStandaloneServer(port, {
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    CONTACT_TO: "operateur@hebergement.example",
    CONTACT_MIN_FILL_SECONDS: "2",
    CONTACT_RATE_LIMIT: "3",
  });
  hidden = await readHiddenFields(baseUrl);
});

test.afterAll(async () => {
  stopServer(server);
  await smtp.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function countStored(): number {
  return ["en-attente", "envoyees"].reduce((total, folder) => {
    const dir = path.join(dataDir, "demandes", folder);
    return total + (fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(".json")).length : 0);
  }, 0);
}

test("a valid request is stored and delivered: the yardstick for the refusals below", async () => {
  const response = await postRequestForm(baseUrl, hidden, validRequest, { clientAddress: "198.51.100.1" });
  expect(response.status).toBe(200);
  expect(response.body).toContain("Demande envoyée");
  await waitFor(() => smtp.received.length === 1);
  expect(countStored()).toBe(1);
});

const cases: { name: string; status: number; answer: RegExp; post: (clientAddress: string) => ReturnType<typeof postRequestForm> }[] = [
  {
    name: "an oversized body",
    status: 413,
    answer: /Demande trop volumineuse/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, validRequest, { clientAddress, padding: 70 * 1024 }),
  },
  {
    name: "an invalid e-mail address",
    status: 200,
    answer: /Cette adresse e-mail n’est pas valide/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, { ...validRequest, email: "camille@@example" }, { clientAddress }),
  },
  {
    name: "missing fields",
    status: 200,
    answer: /Indiquez votre nom\.[\s\S]*Décrivez votre projet/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, { email: validRequest.email }, { clientAddress }),
  },
  {
    name: "a filled honeypot",
    status: 200,
    answer: /que seuls les robots remplissent/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, validRequest, { clientAddress, honeypot: "https://promo.example" }),
  },
  {
    name: "a form sent too fast",
    status: 200,
    answer: /Formulaire envoyé trop vite/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, validRequest, { clientAddress, filledInMs: 300 }),
  },
  {
    name: "a foreign Origin",
    status: 403,
    answer: /ne vient pas du formulaire de ce site/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, validRequest, { clientAddress, origin: "https://ailleurs.example" }),
  },
  {
    name: "no Origin at all",
    status: 403,
    answer: /ne vient pas du formulaire de ce site/,
    post: (clientAddress) => postRequestForm(baseUrl, hidden, validRequest, { clientAddress, origin: null }),
  },
];

cases.forEach(({ name, status, answer, post }, index) => {
  test(`${name} gets a ${status} with a French answer, and nothing is stored`, async () => {
    const response = await post(`192.0.2.${index + 10}`);
    expect(response.status).toBe(status);
    expect(response.body).toMatch(answer);
    expect(response.body).not.toContain("Demande envoyée");
    expect(response.body).not.toMatch(leaks);
    expect(countStored()).toBe(1);
  });
});

test("the rate limit answers 429 with a French page, per client address as nginx gives it", async () => {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await postRequestForm(baseUrl, hidden, { email: "x" }, { clientAddress: "203.0.113.50" });
    expect(response.status).toBe(200);
  }
  const refused = await fetch(`${baseUrl}/contact`, {
    method: "POST",
    headers: { origin: baseUrl, "x-real-ip": "203.0.113.50", "content-type": "multipart/form-data; boundary=x" },
    body: "--x--\r\n",
  });
  expect(refused.status).toBe(429);
  expect(refused.headers.get("content-type")).toContain("text/html");
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  const page = await refused.text();
  expect(page).toContain('<html lang="fr">');
  expect(page).toContain("Trop de demandes");
  // Another visitor behind the same nginx is not affected.
  const other = await postRequestForm(baseUrl, hidden, { email: "x" }, { clientAddress: "203.0.113.51" });
  expect(other.status).toBe(200);
});

test("a refusal of a scripted submission is plain French text that the form shows", async () => {
  const response = await fetch(`${baseUrl}/contact`, {
    method: "POST",
    headers: { origin: "https://ailleurs.example", "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  expect(response.status).toBe(403);
  expect(response.headers.get("content-type")).toBe("text/plain");
  expect(await response.text()).toMatch(/^Demande refusée\u00a0: /);
});

test("POST stays refused everywhere else", async () => {
  for (const target of ["/", "/offre", "/contact/autre"]) {
    const response = await fetch(`${baseUrl}${target}`, { method: "POST", headers: { origin: baseUrl }, body: "a=b" });
    expect(response.status, target).toBe(405);
  }
});

test("nothing but the valid request was stored or delivered", async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(countStored()).toBe(1);
  expect(smtp.received).toHaveLength(1);
  expect(smtp.received[0]!.to).toEqual(["operateur@hebergement.example"]);
});
