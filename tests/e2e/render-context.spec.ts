import { expect, test } from "@playwright/test";
import { startStandaloneServer, stopServer, type TestServer } from "../support/standalone-server";

/**
 * The layout, the page and its components all ask for the render context (facts, business
 * figures, CGU in force); React's cache() must make them share one per request. This server logs
 * each context it builds (TRACE_RENDER_CONTEXT=1), and each request must log exactly one.
 */
let server: TestServer | undefined;

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  server = await startStandaloneServer(3104, { TRACE_RENDER_CONTEXT: "1" });
});
test.afterAll(() => stopServer(server));

function countBuilds(): number {
  return (server?.output().match(/^render-context /gm) ?? []).length;
}

for (const path of ["/", "/couts", "/infrastructure", "/cgu", "/interventions", "/mentions-legales", "/status.json"]) {
  test(`a request to ${path} computes the render context once`, async () => {
    const before = countBuilds();
    const response = await fetch(`http://127.0.0.1:3104${path}`);
    await response.text();
    expect(response.status).toBe(200);
    // Logs reach the pipe a moment after the response.
    await expect.poll(countBuilds).toBeGreaterThan(before);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(countBuilds() - before).toBe(1);
  });
}
