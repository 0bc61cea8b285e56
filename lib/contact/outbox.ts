import type { RequestMessage } from "./compose-message";
import { composeRequestMessage } from "./compose-message";
import type { RequestStore, StoredRequest } from "./request-store";

/** Hands one message to the operator's SMTP server; resolves once the server has accepted it. */
export type SendMessage = (message: RequestMessage) => Promise<void>;

export interface OutboxOptions {
  store: RequestStore;
  send: SendMessage;
  retry: { minMs: number; maxMs: number };
  log?: (line: string) => void;
  now?: () => Date;
}

/**
 * Sends stored requests to the operator, one at a time, from their copy on disk, until the SMTP
 * server accepts each; a failed request is retried after 1, 2, 4… times `retry.minMs`, at most
 * `retry.maxMs` apart. A request leaves the pending folder only after the server accepted it, so a
 * restart resends only what was not accepted. The one case of a duplicate: a crash between the
 * server's acceptance and the move on disk; the copy then has the same Message-ID.
 */
export class Outbox {
  private readonly failures = new Map<string, { attempts: number; nextAt: number }>();
  /** The run in progress: a wake() during it asks for one more pass and waits for both. */
  private running: Promise<void> | undefined;
  private runAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Set when the store itself failed: when to read it again. */
  private storeRetryAt: number | undefined;
  private readonly log: (line: string) => void;
  private readonly now: () => Date;

  constructor(private readonly options: OutboxOptions) {
    this.log = options.log ?? ((line) => console.log(line));
    this.now = options.now ?? (() => new Date());
  }

  /** Sends whatever is due now: at start-up, and right after each new request is stored. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = this.run();
    return this.running;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    try {
      do {
        this.runAgain = false;
        const pending = await this.options.store.listPending();
        const pendingIds = new Set(pending.map((request) => request.id));
        for (const id of this.failures.keys()) if (!pendingIds.has(id)) this.failures.delete(id);
        for (const request of pending) {
          if (this.stopped) return;
          const failure = this.failures.get(request.id);
          if (failure && failure.nextAt > this.now().getTime()) continue;
          await this.deliver(request);
        }
      } while (this.runAgain && !this.stopped);
    } catch (error) {
      // The store itself failed (disk): try again later, like a failed delivery.
      this.log(`Demandes : lecture des demandes en attente impossible (${describe(error)}) ; nouvel essai plus tard.`);
      this.storeRetryAt = this.now().getTime() + this.options.retry.minMs;
    } finally {
      this.running = undefined;
      this.scheduleNextRun();
    }
  }

  private async deliver(request: StoredRequest): Promise<void> {
    try {
      await this.options.send(composeRequestMessage(request));
    } catch (error) {
      const attempts = (this.failures.get(request.id)?.attempts ?? 0) + 1;
      const delay = Math.min(this.options.retry.maxMs, this.options.retry.minMs * 2 ** (attempts - 1));
      this.failures.set(request.id, { attempts, nextAt: this.now().getTime() + delay });
      this.log(
        `Demandes : envoi de ${request.id} impossible (essai ${attempts} : ${describe(error)}) ; nouvel essai dans ${Math.round(delay / 1000)} s.`,
      );
      return;
    }
    this.failures.delete(request.id);
    await this.options.store.markDelivered(request, this.now());
    this.log(`Demandes : ${request.id} envoyée.`);
  }

  private scheduleNextRun(): void {
    const dueTimes = [...this.failures.values()].map((failure) => failure.nextAt);
    if (this.storeRetryAt !== undefined) dueTimes.push(this.storeRetryAt);
    this.storeRetryAt = undefined;
    if (this.stopped || dueTimes.length === 0) return;
    const next = Math.min(...dueTimes);
    // unref: a pending retry never keeps a process (a test, a script) alive on its own.
    this.timer = setTimeout(() => void this.wake(), Math.max(0, next - this.now().getTime())).unref();
  }
}

/** The reason without the SMTP URL, which may hold a password. */
function describe(error: unknown): string {
  const { code, responseCode, message } = error as { code?: string; responseCode?: number; message?: string };
  return [code, responseCode, message?.split("\n")[0]].filter(Boolean).join(" ");
}
