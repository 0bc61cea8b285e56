import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * How `npm run publier` finds the servers to reload: each server writes a small file in a runtime
 * directory with its process id, its address and the content directory it serves, and removes it
 * when it stops. The command only signals the servers that serve the directory it has just
 * checked, so that a test server or another checkout on the same machine is never touched.
 */
export interface ServerRegistration {
  pid: number;
  origin: string;
  contentDir: string;
}

/**
 * SERVER_RUNTIME_DIR, else systemd's RUNTIME_DIRECTORY (RuntimeDirectory= in the unit), else a
 * directory of the user's own in the system's temporary directory.
 */
export function getRuntimeDir(): string {
  const uid = typeof process.getuid === "function" ? process.getuid() : "utilisateur";
  return process.env.SERVER_RUNTIME_DIR ?? process.env.RUNTIME_DIRECTORY ?? path.join(os.tmpdir(), `hebergement-transparent-${uid}`);
}

/** Called once by the server at start-up (instrumentation.ts). */
export function registerServer(contentDir: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const port = Number(env.PORT) || 3000;
  const host = !env.HOSTNAME || env.HOSTNAME === "0.0.0.0" || env.HOSTNAME === "::" ? "127.0.0.1" : env.HOSTNAME;
  const registration: ServerRegistration = {
    pid: process.pid,
    origin: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    contentDir: resolveReal(contentDir),
  };
  const dir = getRuntimeDir();
  const file = path.join(dir, `serveur-${port}.json`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, `${JSON.stringify(registration)}\n`);
  } catch (error) {
    // Publishing then needs --pid or PUBLISH_RELOAD_COMMAND; serving the site does not depend on it.
    console.warn(`Impossible d'écrire ${file} : ${(error as Error).message}. npm run publier ne trouvera pas ce serveur.`);
    return undefined;
  }
  process.once("exit", () => {
    try {
      const current = JSON.parse(fs.readFileSync(file, "utf8")) as ServerRegistration;
      if (current.pid === process.pid) fs.rmSync(file);
    } catch {
      // Already gone, or replaced by another server on the same port.
    }
  });
  return file;
}

/** Servers registered for this content directory whose process is still a running Node.js. */
export function findServersServing(contentDir: string): ServerRegistration[] {
  const wanted = resolveReal(contentDir);
  const dir = getRuntimeDir();
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => /^serveur-\d+\.json$/.test(name));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const registration = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as ServerRegistration;
      return registration.contentDir === wanted && isRunningNode(registration.pid) ? [registration] : [];
    } catch {
      return [];
    }
  });
}

/**
 * A file left by a server killed outright names a process id that may since belong to another
 * program, which SIGHUP would stop: check that it is still Node.js.
 */
function isRunningNode(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Next renames its process « next-server (v…) ».
    return /node|next-server/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    // No /proc (macOS): the process exists, which is all that can be known.
    return true;
  }
}

function resolveReal(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}
