/**
 * HTML throughput and latency with wrk: a warm-up run, then the measured run, parsed.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface WrkResult {
  label: string;
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses that were neither 2xx nor 3xx, and socket errors (connect, read, write, timeout). */
  non2xx3xx: number;
  socketErrors: number;
  /** Of the socket errors, requests without an answer within wrk's 2 s timeout. */
  timeouts: number;
  raw: string;
}

/** Every run sends the same headers, so that the three servers answer the same thing (gzip). */
export const wrkHeaders = ["Accept-Encoding: gzip"];

function wrkArguments(url: string, seconds: number): string[] {
  return ["-t2", "-c50", `-d${seconds}s`, "--latency", ...wrkHeaders.flatMap((header) => ["-H", header]), url];
}

/** wrk prints durations as 812.00us, 4.21ms or 1.02s. */
function parseDurationMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) throw new Error(`durée wrk illisible : ${value}`);
  const amount = Number(match[1]);
  const factor = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return amount * factor;
}

export function parseWrkOutput(label: string, url: string, raw: string): WrkResult {
  const requestsPerSecond = /Requests\/sec:\s+([\d.]+)/.exec(raw)?.[1];
  const p50 = /^\s+50%\s+(\S+)/m.exec(raw)?.[1];
  const p99 = /^\s+99%\s+(\S+)/m.exec(raw)?.[1];
  const requests = /(\d+) requests in/.exec(raw)?.[1];
  if (!requestsPerSecond || !p50 || !p99 || !requests) throw new Error(`sortie de wrk illisible pour ${label} :\n${raw}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  return {
    label,
    url,
    requestsPerSecond: Number(requestsPerSecond),
    p50Ms: parseDurationMs(p50),
    p99Ms: parseDurationMs(p99),
    requests: Number(requests),
    non2xx3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(raw)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
    raw,
  };
}

/** Warm-up (discarded: JIT, caches, keep-alive pools), then the measured run. */
export async function measureWithWrk(
  label: string,
  url: string,
  options: { warmupSeconds: number; seconds: number; beforeMeasure?: () => void },
): Promise<WrkResult> {
  await execFileAsync("wrk", wrkArguments(url, options.warmupSeconds));
  options.beforeMeasure?.();
  const { stdout } = await execFileAsync("wrk", wrkArguments(url, options.seconds));
  return parseWrkOutput(label, url, stdout);
}

export function wrkCommandLine(url: string, seconds: number): string {
  return ["wrk", ...wrkArguments(url, seconds).map((arg) => (arg.includes(" ") ? `'${arg}'` : arg))].join(" ");
}
