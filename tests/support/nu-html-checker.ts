import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/**
 * Fetches pages as served and runs them through the Nu HTML checker (vnu-jar, with the system's
 * Java), all in one JVM. Returns the errors, one line each.
 */
export async function findHtmlErrors(request: APIRequestContext, paths: readonly string[]): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  try {
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
    return messages
      .filter((message) => message.type === "error")
      .map((message) => `${path.basename(message.url)} : ${message.message} ${message.extract ?? ""}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
