import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { computeContentRevision } from "@/lib/content/content-revision";
import { getContentRevision, getSiteContent } from "@/lib/content/site-content";
import { describeReload, reloadSiteContent } from "@/lib/publication/reload-content";
import { copyDemoContent } from "../support/content-fixtures";

const now = new Date("2026-11-26T12:00:00+01:00");
let dir = "";

beforeEach(() => {
  dir = copyDemoContent();
  // As on the production server: the content is the one last published, not re-read per call.
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("CONTENT_DIR", dir);
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeIntervention(slug: string, kind = "incident"): void {
  fs.writeFileSync(
    path.join(dir, "interventions", `${slug}.mdx`),
    `---\ntitle: Panne du réseau ${slug}\nkind: ${kind}\nstart: 2026-11-20T10:00:00+01:00\nend: 2026-11-20T11:00:00+01:00\nimpact: interruption\nservices: [site]\nsummary: Le site ne répondait plus.\n---\n\nTexte.\n`,
  );
}

describe("a reload swaps the server's content only when every check passes", () => {
  test("a new intervention replaces the whole content and its revision at once", () => {
    expect(reloadSiteContent(dir, now).ok).toBe(true);
    const before = getSiteContent();
    const revision = getContentRevision();

    writeIntervention("panne-reseau");
    const result = reloadSiteContent(dir, now);

    expect(result).toMatchObject({ ok: true, previous: revision, revision: computeContentRevision(dir) });
    expect(getContentRevision()).not.toBe(revision);
    expect(getSiteContent()).not.toBe(before);
    expect(getSiteContent().interventions.map((entry) => entry.slug)).toContain("panne-reseau");
    // The content read before the swap is untouched: a request that holds it renders it whole.
    expect(before.interventions.map((entry) => entry.slug)).not.toContain("panne-reseau");
    expect(describeReload(result)[0]).toMatch(/^Contenu rechargé en \d+ ms \(révision [0-9a-f]{16} → [0-9a-f]{16}\)/);
  });

  test("a broken file leaves the previous content and revision in place, and the log names the file and the field", () => {
    writeIntervention("panne-reseau");
    expect(reloadSiteContent(dir, now).ok).toBe(true);
    const before = getSiteContent();
    const revision = getContentRevision();

    writeIntervention("panne-mal-ecrite", "panne");
    const result = reloadSiteContent(dir, now);

    expect(result.ok).toBe(false);
    expect(getSiteContent()).toBe(before);
    expect(getContentRevision()).toBe(revision);
    const log = describeReload(result);
    expect(log[0]).toBe(`Contenu refusé : le site continue de servir la révision ${revision}. 1 erreur(s) :`);
    expect(log[1]).toMatch(/interventions\/panne-mal-ecrite\.mdx:3 — kind : valeur « panne » inconnue/);
  });

  test("the clock check of the build applies too: completed work cannot end in the future", () => {
    expect(reloadSiteContent(dir, now).ok).toBe(true);
    fs.writeFileSync(
      path.join(dir, "interventions", "maintenance-future.mdx"),
      `---\ntitle: Maintenance déjà marquée terminée\nkind: maintenance\nstart: 2026-12-20T10:00:00+01:00\nend: 2026-12-20T11:00:00+01:00\nimpact: none\nannounced: 2026-11-20T10:00:00+01:00\nstatus: completed\nservices: [site]\nsummary: Écrite trop tôt.\n---\n\nTexte.\n`,
    );
    const result = reloadSiteContent(dir, now);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.field)).toContain("status");
  });
});

describe("the content revision", () => {
  test("changes with one byte of one file, not with hidden files such as an editor's swap file", () => {
    const revision = computeContentRevision(dir);
    expect(revision).toMatch(/^[0-9a-f]{16}$/);
    expect(computeContentRevision(dir)).toBe(revision);
    fs.writeFileSync(path.join(dir, "interventions", ".panne.mdx.swp"), "brouillon");
    expect(computeContentRevision(dir)).toBe(revision);
    const file = path.join(dir, "pages", "couts.mdx");
    fs.writeFileSync(file, `${fs.readFileSync(file, "utf8")} `);
    expect(computeContentRevision(dir)).not.toBe(revision);
  });

  test("is the same for two copies of the same files, wherever they are", () => {
    const other = copyDemoContent();
    try {
      expect(computeContentRevision(other)).toBe(computeContentRevision(dir));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
