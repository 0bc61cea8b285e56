/**
 * npm run bench:contact — two figures of the request form, on this machine:
 *   1. requests stored per second by RequestStore (write, fsync, rename, fsync of the folder),
 *      in-process, 8 at a time;
 *   2. the time from a submission (POST to the standalone server, as a browser without JavaScript
 *      sends it) to its delivery to a local SMTP server.
 * Needs `npm run build` for the second.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RequestStore } from "../../lib/contact/request-store";
import { postRequestForm, readHiddenFields, validRequest } from "../support/request-form";
import { SmtpTestServer, waitFor } from "../support/smtp-test-server";
import { startStandaloneServer, stopServer } from "../support/standalone-server";

const fields = { name: "Banc d’essai", email: "banc@example.org", project: "Mesure.", spaceTb: 1 };

async function measureStorage(count: number, concurrency: number): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "banc-demandes-"));
  const store = new RequestStore(dataDir);
  await store.save(fields, new Date(), "banc.example");
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await store.save(fields, new Date(), "banc.example");
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  fs.rmSync(dataDir, { recursive: true, force: true });
  return count / seconds;
}

async function measureDelivery(samples: number): Promise<number[]> {
  const port = 3160;
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "banc-envoi-"));
  const smtp = new SmtpTestServer();
  await smtp.start(0);
  const server = await startStandaloneServer(port, {
    DATA_DIR: dataDir,
    SMTP_URL: smtp.url,
    CONTACT_TO: "operateur@banc.example",
    CONTACT_RATE_LIMIT: "100000",
  });
  const times: number[] = [];
  try {
    const hidden = await readHiddenFields(baseUrl);
    for (let sample = 0; sample < samples; sample++) {
      const start = performance.now();
      const response = await postRequestForm(baseUrl, hidden, validRequest);
      if (!response.body.includes("Demande envoyée")) throw new Error(`réponse inattendue ${response.status}`);
      await waitFor(() => smtp.received.length === sample + 1, 30_000);
      times.push(performance.now() - start);
    }
  } finally {
    stopServer(server);
    await smtp.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return times;
}

function percentile(sorted: number[], ratio: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * ratio))]!;
}

const perSecond = await measureStorage(2000, 8);
console.log(`Demandes enregistrées (écriture + fsync + rename + fsync du dossier, 8 en parallèle) : ${Math.round(perSecond)} par seconde`);
const times = (await measureDelivery(30)).sort((a, b) => a - b);
console.log(
  `De l'envoi du formulaire à la remise au serveur SMTP local (30 demandes) : médiane ${percentile(times, 0.5).toFixed(0)} ms, p90 ${percentile(times, 0.9).toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`,
);
console.log(
  `Machine : ${os.cpus().length} cœurs, charge ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" / ")}, ${os.tmpdir()} sur le disque local`,
);
