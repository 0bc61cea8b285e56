import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { RequestStore } from "@/lib/contact/request-store";

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "demandes-commande-"));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/requests.ts", ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run demandes", () => {
  test("lists the requests, shows one in full, and deletes those past 3 years after the last contact", { timeout: 60_000 }, async () => {
    const store = new RequestStore(dataDir);
    const old = await store.save(
      { name: "Ancien Prospect", email: "ancien@example.org", project: "Un vieux projet." },
      new Date("2020-01-15T10:00:00Z"),
      "h.example",
    );
    const recent = await store.save({ name: "Camille Martin", email: "camille@example.org", project: "Un site." }, new Date(), "h.example");
    await store.markDelivered(recent, new Date());

    const list = run();
    expect(list.status).toBe(0);
    expect(list.output).toMatch(new RegExp(`${old.id} .*Ancien Prospect <ancien@example.org>  — EN ATTENTE D'ENVOI`));
    expect(list.output).toMatch(new RegExp(`${recent.id} .*Camille Martin .*— envoyée`));
    expect(list.output).toContain("1 à supprimer");

    expect(run("voir", recent.id).output).toMatch(/Projet :\nUn site\./);

    const dryRun = run("purger");
    expect(dryRun.output).toContain(`À supprimer : ${old.id}`);
    expect(await store.find(old.id)).toBeDefined();
    expect(run("purger", "--confirmer").output).toContain(`Supprimée : ${old.id}`);
    expect(await store.find(old.id)).toBeUndefined();
    expect(await store.find(recent.id)).toBeDefined();
  });

  test("refuses an unknown reference with exit code 2", { timeout: 30_000 }, () => {
    const result = run("voir", "20260101-000000-000000000000");
    expect(result.status).toBe(2);
    expect(result.output).toContain("aucune demande");
  });
});
