import { spawn, type ChildProcess } from "node:child_process";

/** A standalone server started by a test, on its own port, with its own environment. */
export interface TestServer {
  port: number;
  process: ChildProcess;
  /** Everything the server printed on stdout so far. */
  output: () => string;
  /** Everything the server printed on stderr so far (refused reloads, errors). */
  errorOutput: () => string;
}

/** Starts `.next/standalone/server.js` (built by `npm run build`) and waits until it answers. */
export async function startStandaloneServer(port: number, env: Record<string, string> = {}): Promise<TestServer> {
  // A server left over from an earlier run would answer in its place.
  if (await isUp(port)) throw new Error(`le port ${port} est déjà occupé : arrêtez ce serveur`);
  const child = spawn(process.execPath, [".next/standalone/server.js"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  let errorOutput = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (errorOutput += chunk.toString()));
  await waitUntilUp(port);
  return { port, process: child, output: () => output, errorOutput: () => errorOutput };
}

export function stopServer(server: TestServer | undefined): void {
  // The whole process group, in case the server forks.
  if (server?.process.pid) process.kill(-server.process.pid);
}

async function isUp(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilUp(port: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (await isUp(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`le serveur du port ${port} n'a pas démarré`);
}
