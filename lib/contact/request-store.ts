import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { RequestFields } from "./validate-request";

/** A request as kept on disk: one JSON file, readable with any text editor. */
export interface StoredRequest {
  id: string;
  /** ISO instant the server stored it. */
  receivedAt: string;
  /** ISO instant of the last contact with this prospect; the retention period counts from it. */
  lastContactAt: string;
  /** The Message-ID of every delivery attempt: the same on a retry, so a mailbox can drop a copy. */
  messageId: string;
  fields: RequestFields;
  /** Set once the operator's SMTP server has accepted the message. */
  deliveredAt?: string;
}

/**
 * Requests on disk, one file per request, in two folders:
 *   <DATA_DIR>/demandes/en-attente/<id>.json   stored, not yet accepted by the SMTP server
 *   <DATA_DIR>/demandes/envoyees/<id>.json     accepted by the SMTP server (deliveredAt set)
 * Every write goes to a temporary file that is fsynced, renamed over its final name, and the folder
 * is fsynced: after `save` returns, a power cut or a SIGKILL leaves either the whole request or
 * nothing, never half of it (the same scheme as Maildir's tmp/ → new/).
 */
export class RequestStore {
  readonly pendingDir: string;
  readonly deliveredDir: string;

  constructor(dataDir: string) {
    this.pendingDir = path.join(dataDir, "demandes", "en-attente");
    this.deliveredDir = path.join(dataDir, "demandes", "envoyees");
  }

  /** Stores a new request durably and returns it; throws if the disk refuses. */
  async save(fields: RequestFields, now: Date, messageDomain: string): Promise<StoredRequest> {
    await this.ensureFolders();
    const id = createRequestId(now);
    const request: StoredRequest = {
      id,
      receivedAt: now.toISOString(),
      lastContactAt: now.toISOString(),
      messageId: `<demande-${id}@${messageDomain}>`,
      fields,
    };
    await writeDurably(this.pendingDir, `${id}.json`, request);
    return request;
  }

  /**
   * Moves a request to the delivered folder. The delivered copy is durable before the pending one
   * goes: a crash in between leaves both, which `listPending` reads as delivered.
   */
  async markDelivered(request: StoredRequest, at: Date): Promise<StoredRequest> {
    await this.ensureFolders();
    const delivered = { ...request, deliveredAt: at.toISOString() };
    await writeDurably(this.deliveredDir, `${request.id}.json`, delivered);
    await removeDurably(this.pendingDir, `${request.id}.json`);
    return delivered;
  }

  /** Requests waiting for delivery, oldest first. */
  async listPending(): Promise<StoredRequest[]> {
    const delivered = new Set(await listIds(this.deliveredDir));
    const pending: StoredRequest[] = [];
    for (const id of await listIds(this.pendingDir)) {
      if (delivered.has(id)) {
        // Left by a crash between the two steps of markDelivered: already sent.
        await removeDurably(this.pendingDir, `${id}.json`);
        continue;
      }
      const request = await readRequest(this.pendingDir, id);
      if (request) pending.push(request);
    }
    return pending;
  }

  /** Every stored request, delivered or not, oldest first. */
  async listAll(): Promise<StoredRequest[]> {
    const pending = await this.listPending();
    const delivered = await Promise.all((await listIds(this.deliveredDir)).map((id) => readRequest(this.deliveredDir, id)));
    return [...pending, ...delivered.filter((request): request is StoredRequest => request !== undefined)].sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  }

  async find(id: string): Promise<StoredRequest | undefined> {
    if (!isRequestId(id)) return undefined;
    return (await readRequest(this.deliveredDir, id)) ?? (await readRequest(this.pendingDir, id));
  }

  /** Records a later contact with the prospect, which restarts the retention period. */
  async recordContact(request: StoredRequest, at: Date): Promise<StoredRequest> {
    const updated = { ...request, lastContactAt: at.toISOString() };
    await writeDurably(request.deliveredAt ? this.deliveredDir : this.pendingDir, `${request.id}.json`, updated);
    return updated;
  }

  async remove(request: StoredRequest): Promise<void> {
    await removeDurably(this.pendingDir, `${request.id}.json`);
    await removeDurably(this.deliveredDir, `${request.id}.json`);
  }

  private async ensureFolders(): Promise<void> {
    // Only the service user may read what visitors wrote.
    await fs.mkdir(this.pendingDir, { recursive: true, mode: 0o700 });
    await fs.mkdir(this.deliveredDir, { recursive: true, mode: 0o700 });
  }
}

/** Sortable by time, unique enough for a one-person business: 20261129-224800-1a2b3c4d5e6f. */
function createRequestId(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, "")
    .replace(/[-:]/g, "")
    .replace("T", "-");
  return `${stamp.slice(0, 8)}-${stamp.slice(9)}-${randomBytes(6).toString("hex")}`;
}

const requestIdPattern = /^\d{8}-\d{6}-[0-9a-f]{12}$/;

export function isRequestId(text: string): boolean {
  return requestIdPattern.test(text);
}

async function writeDurably(dir: string, name: string, request: StoredRequest): Promise<void> {
  const temporary = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const file = await fs.open(temporary, "wx", 0o600);
  try {
    await file.writeFile(`${JSON.stringify(request, null, 2)}\n`, "utf8");
    await file.sync();
  } finally {
    await file.close();
  }
  await fs.rename(temporary, path.join(dir, name));
  await syncFolder(dir);
}

async function removeDurably(dir: string, name: string): Promise<void> {
  try {
    await fs.unlink(path.join(dir, name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  await syncFolder(dir);
}

/** A rename or an unlink is durable only once the folder itself is flushed. */
async function syncFolder(dir: string): Promise<void> {
  const folder = await fs.open(dir, "r");
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

async function listIds(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir))
      .filter((name) => name.endsWith(".json") && isRequestId(name.slice(0, -".json".length)))
      .map((name) => name.slice(0, -".json".length))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

async function readRequest(dir: string, id: string): Promise<StoredRequest | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, `${id}.json`), "utf8")) as StoredRequest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
