/**
 * Machine-level helpers for the production bench: Debian packages, child processes that must not
 * outlive the bench, ports and HTTP readiness.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export function log(message: string): void {
  console.log(`[bench] ${message}`);
}

export function commandExists(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Runs a command as root: directly when we are root, through sudo otherwise. */
function asRoot(command: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  execFileSync(isRoot ? command : "sudo", isRoot ? args : [command, ...args], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/**
 * Installs the Debian packages whose command is missing. Says what it does: the bench changes
 * the machine only when it has to.
 */
export function ensureDebianPackages(packages: { command: string; debianPackage: string }[]): void {
  const missing = packages.filter(({ command }) => !commandExists(command));
  if (missing.length === 0) {
    log(`outils présents : ${packages.map(({ command }) => command).join(", ")}`);
    return;
  }
  const names = missing.map(({ debianPackage }) => debianPackage);
  log(`installation des paquets Debian manquants : ${names.join(", ")} (apt-get)`);
  asRoot("apt-get", ["update", "-qq"]);
  asRoot("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...names]);
  const stillMissing = missing.filter(({ command }) => !commandExists(command));
  if (stillMissing.length > 0) {
    throw new Error(`introuvable après installation : ${stillMissing.map(({ command }) => command).join(", ")}`);
  }
}

/** Every long-running child we start, so that they are stopped whatever happens. */
const children = new Map<string, ChildProcess>();

/**
 * Starts a long-running process in its own process group (so that its own children, e.g. nginx
 * workers, are stopped with it), with stdout and stderr appended to `logFile`.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; logFile: string },
): ChildProcess {
  const output = fs.openSync(options.logFile, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", output, output],
    detached: true,
  });
  fs.closeSync(output);
  children.set(name, child);
  child.on("exit", () => children.delete(name));
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Stops one started process: SIGTERM to its group, SIGKILL if it lingers. */
export async function stopProcess(name: string, graceMs = 5000): Promise<void> {
  const child = children.get(name);
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child, "SIGTERM");
  const timer = setTimeout(() => killGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...children.keys()].map((name) => stopProcess(name)));
}

/**
 * Last-resort cleanup: on Ctrl-C, a kill, or an exit that skipped the `finally` blocks, stop
 * every child synchronously so that no nginx or Node server is left listening.
 */
export function stopChildrenOnExit(): void {
  const killAll = () => {
    for (const child of children.values()) killGroup(child, "SIGKILL");
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      log(`${signal} reçu : arrêt des processus lancés`);
      killAll();
      process.exit(130);
    });
  }
}

/** Fails early when a port is taken: measuring someone else's server would be meaningless. */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
  if (inUse) throw new Error(`le port ${port} est déjà utilisé sur 127.0.0.1`);
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} : le processus s'est arrêté (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} ne répond pas après ${timeoutMs / 1000} s`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
