import http from "node:http";
import { expect, test } from "@playwright/test";
import { site } from "@/lib/web/site";

const port = 3100;

/** A raw HTTP request: exact method, path and Host, as an attacker would send them. */
function rawRequest(path: string, { method = "GET", headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const everyKindOfResponse = [
  "/",
  "/couts",
  "/interventions",
  "/interventions/2026-06-16-proxmox-ve-9",
  "/page-inexistante",
  "/interventions/rss.xml",
  "/interventions/calendrier.ics",
  "/status.json",
  "/icon.svg",
  "/%zz",
];

test.describe("security headers", () => {
  test("are on every kind of response, with no X-Powered-By", async () => {
    const chunk = /\/_next\/static\/[^"]+\.js/.exec((await rawRequest("/")).body)?.[0];
    expect(chunk).toBeDefined();
    for (const path of [...everyKindOfResponse, chunk!]) {
      const { headers } = await rawRequest(path);
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
      expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["permissions-policy"], path).toContain("camera=()");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("pages allow only scripts carrying this response's nonce, never inline code or eval", async () => {
    const first = await rawRequest("/couts");
    const policy = first.headers["content-security-policy"] as string;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).not.toContain("unsafe-inline");
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)]
      .map((match) => match[0])
      .filter((tag) => !tag.includes('type="application/ld+json"'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    const second = await rawRequest("/couts");
    expect(second.headers["content-security-policy"]).not.toBe(policy);
  });

  test("no page breaks its own policy in the browser", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on("pageerror", (error) => violations.push(error.message));
    for (const path of [
      "/",
      "/infrastructure",
      "/couts",
      "/cgu",
      "/interventions",
      "/mentions-legales",
      "/interventions/2026-06-16-proxmox-ve-9",
      "/page-inexistante",
    ]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    // The calculator is the one page that runs code of its own: use it.
    await page.goto("/couts");
    await page.getByLabel("Capacité louée (To)").fill("3");
    expect(violations).toEqual([]);
  });
});

test.describe("a forged Host or X-Forwarded-Host", () => {
  const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" };
  for (const path of [
    "/",
    "/couts",
    "/interventions",
    "/interventions/2026-06-16-proxmox-ve-9",
    "/interventions/rss.xml",
    "/interventions/atom.xml",
    "/interventions/feed.json",
    "/interventions/calendrier.ics",
    "/status.json",
    "/sitemap.xml",
    "/robots.txt",
  ]) {
    test(`never appears in ${path}`, async () => {
      const response = await rawRequest(path, { headers: forged });
      expect(response.status).toBe(200);
      expect(response.body).not.toContain("evil.example");
      expect(JSON.stringify(response.headers)).not.toContain("evil.example");
      expect(response.body).toContain(site.origin.host);
    });
  }
});

test.describe("bad input", () => {
  const leaks = /node_modules|\/work\/|\.next\/|at [\w.<>]+ \(|Error:|TypeError|digest/;
  const cases: { name: string; path: string; method?: string; expected: number }[] = [
    { name: "a malformed percent-encoding", path: "/%zz", expected: 400 },
    { name: "a malformed percent-encoding inside a section", path: "/interventions/%zz", expected: 400 },
    { name: "a truncated UTF-8 sequence", path: "/%E0%A4%A", expected: 400 },
    { name: "an overlong path", path: `/${"a".repeat(4000)}`, expected: 414 },
    { name: "a path traversal", path: "/../../etc/passwd", expected: 404 },
    { name: "an encoded path traversal", path: "/..%2f..%2fetc%2fpasswd", expected: 404 },
    { name: "a traversal through the static files", path: "/_next/static/../../../../etc/passwd", expected: 404 },
    { name: "an unknown intervention", path: "/interventions/n-existe-pas", expected: 404 },
    { name: "an unknown year", path: "/interventions/annee/1890", expected: 404 },
    { name: "a null byte", path: "/%00", expected: 404 },
    { name: "a POST", path: "/couts", method: "POST", expected: 405 },
    { name: "a DELETE", path: "/", method: "DELETE", expected: 405 },
    { name: "a PROPFIND", path: "/", method: "PROPFIND", expected: 405 },
    { name: "a TRACE", path: "/", method: "TRACE", expected: 405 },
  ];
  for (const { name, path, method, expected } of cases) {
    test(`${name} gets a ${expected}, without any internal detail`, async () => {
      const response = await rawRequest(path, { method });
      expect(response.status).toBe(expected);
      expect(response.body).not.toMatch(leaks);
    });
  }

  test("OPTIONS says which methods the site answers", async () => {
    const response = await rawRequest("/", { method: "OPTIONS" });
    expect(response.status).toBe(204);
    expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
  });
});
