import { spawn } from "node:child_process";
import path from "node:path";

/** What an operator's command printed, and how it ended. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/**
 * Runs one of the operator's scripts (scripts/*.ts) as `npm run` would, with tsx, in the given
 * environment. Asynchronous, so that the servers started by the same test keep answering.
 */
export function runOperatorCommand(script: string, args: readonly string[], env: Record<string, string>): Promise<CommandResult> {
  const started = performance.now();
  const child = spawn(path.join("node_modules", ".bin", "tsx"), [path.join("scripts", script), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("close", (status) => resolve({ status, stdout, stderr, durationMs: performance.now() - started })),
  );
}
