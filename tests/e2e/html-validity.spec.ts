import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { cguHistoryHref, cguVersionHref, interventionYearHref, pageHref, pageIds } from "@/lib/routes";
import { siteContent } from "./site-expectations";

/**
 * Every page, as served, through the Nu HTML checker (vnu-jar, with the system's Java).
 * One JVM checks all the files at once.
 */
const paths = [
  ...pageIds.map(pageHref),
  ...siteContent.interventions.map((entry) => `/interventions/${entry.slug}`),
  interventionYearHref(siteContent.interventions[0]!.frontmatter.start.getUTCFullYear()),
  cguHistoryHref(),
  ...siteContent.cguVersions.map((version) => cguVersionHref(version.frontmatter.effective)),
  "/page-inexistante",
];

test("every page passes the Nu HTML checker with zero errors", async ({ request }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  const files = await Promise.all(
    paths.map(async (pagePath, index) => {
      const file = path.join(dir, `${String(index).padStart(2, "0")}-${pagePath.replace(/[^a-z0-9]+/gi, "_")}.html`);
      fs.writeFileSync(file, await (await request.get(pagePath)).text());
      return file;
    }),
  );
  let report: string;
  try {
    report = execFileSync(
      "java",
      ["-jar", path.join("node_modules", "vnu-jar", "build", "dist", "vnu.jar"), "--errors-only", "--format", "json", ...files],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
  } catch (error) {
    // vnu exits with 1 when it finds errors and writes its report to stderr.
    report = (error as { stderr?: string }).stderr ?? String(error);
  }
  const messages = (
    JSON.parse(report || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] }
  ).messages;
  const errors = messages
    .filter((message) => message.type === "error")
    .map((message) => `${path.basename(message.url)} : ${message.message} ${message.extract ?? ""}`);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});
