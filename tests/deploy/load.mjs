// Load for tests/deploy: keeps CONCURRENCY requests in flight against URL until STOP_FILE exists,
// for at most MAX_SECONDS and MAX_REQUESTS, then prints a JSON summary on stdout.
//   node load.mjs <url> <stop-file> [max-seconds=120] [concurrency=8] [max-requests=200000]
// Each request has its own query string, unique across runs too (nginx keeps an expired copy for
// 10 minutes and may serve it while it refreshes it), so that nginx's micro-cache never answers
// it: every request reaches an instance, and a gap in the switch would show as a 502.
// Connections are kept alive, as browsers do, and, as browsers do, a request whose reused
// connection was closed by the server before any answer is sent again once (Node's documented
// `reusedSocket` pattern); those retries are counted apart.
import fs from "node:fs";
import http from "node:http";

const [url, stopFile, maxSeconds = "120", concurrency = "8", maxRequests = "200000"] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const deadline = Date.now() + Number(maxSeconds) * 1000;
const summary = { requests: 0, failed: 0, retriedOnClosedConnection: 0, releases: {}, failures: [], seconds: 0, longestGapMs: 0 };
const started = Date.now();
// The longest time without any successful answer: the site's downtime, as visitors would see it.
let lastSuccess = Date.now();
let counter = 0;
const run = `${process.pid}-${Date.now()}`;

function get(path, retried = false) {
  return new Promise((resolve) => {
    const request = http.get(new URL(path, url), { agent, timeout: 10_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode, release: response.headers["x-release"] }));
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", (error) => {
      if (!retried && request.reusedSocket && error.code === "ECONNRESET") {
        summary.retriedOnClosedConnection++;
        resolve(get(path, true));
      } else resolve({ error: error.message });
    });
  });
}

async function worker() {
  while (Date.now() < deadline && summary.requests < Number(maxRequests) && !fs.existsSync(stopFile)) {
    const result = await get(`/?load=${run}-${++counter}`);
    summary.requests++;
    if (result.status === 200) {
      summary.longestGapMs = Math.max(summary.longestGapMs, Date.now() - lastSuccess);
      lastSuccess = Date.now();
      const release = result.release ?? "(no x-release)";
      summary.releases[release] = (summary.releases[release] ?? 0) + 1;
    } else {
      summary.failed++;
      if (summary.failures.length < 10) summary.failures.push(result.error ?? `HTTP ${result.status}`);
    }
  }
}

await Promise.all(Array.from({ length: Number(concurrency) }, worker));
summary.seconds = (Date.now() - started) / 1000;
agent.destroy();
console.log(JSON.stringify(summary));
