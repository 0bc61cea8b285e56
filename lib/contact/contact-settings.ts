import path from "node:path";

/**
 * The request form's settings, from the server's environment. A value that does not parse stops
 * the server at start-up (instrumentation.ts reads them), rather than being guessed.
 */
export interface ContactSettings {
  /** Where requests are stored; outside the release directory in production (deploy/README.md). */
  dataDir: string;
  /** A form sent sooner than this after the page was shown is a robot's. */
  minFillMs: number;
  rateLimit: { max: number; windowMs: number };
  retry: { minMs: number; maxMs: number };
}

/** Largest request body accepted on the form's path; nginx has the same limit. */
export const maxRequestBodyBytes = 64 * 1024;

export function readContactSettings(env: NodeJS.ProcessEnv = process.env): ContactSettings {
  const retryMin = readNumber(env, "SMTP_RETRY_MIN_SECONDS", 30);
  return {
    // npm start sets DATA_DIR to the project's .data: the standalone server runs from .next/standalone.
    dataDir: path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR || path.join(process.cwd(), ".data")),
    minFillMs: readNumber(env, "CONTACT_MIN_FILL_SECONDS", 3) * 1000,
    rateLimit: {
      max: Math.floor(readNumber(env, "CONTACT_RATE_LIMIT", 10)),
      windowMs: readNumber(env, "CONTACT_RATE_WINDOW_SECONDS", 3600) * 1000,
    },
    retry: { minMs: retryMin * 1000, maxMs: Math.max(retryMin, readNumber(env, "SMTP_RETRY_MAX_SECONDS", 3600)) * 1000 },
  };
}

function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} : nombre positif attendu, « ${text} » reçu`);
  return value;
}
