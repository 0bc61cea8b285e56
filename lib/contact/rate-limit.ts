/**
 * At most `max` posts per client address within a sliding window, in memory: the site runs as one
 * process, and a restart forgetting the counts only gives a robot one more window.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limits: { max: number; windowMs: number }) {}

  /** Counts one post for `key`; says when to come back if it is over the limit (not counted then). */
  take(key: string, now: number): { allowed: true } | { allowed: false; retryAfterMs: number } {
    const since = now - this.limits.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((time) => time > since);
    if (recent.length >= this.limits.max) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: Math.max(1000, recent[0]! + this.limits.windowMs - now) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.forgetExpired(since);
    return { allowed: true };
  }

  private forgetExpired(since: number): void {
    for (const [key, times] of this.hits) if (times.every((time) => time <= since)) this.hits.delete(key);
  }
}
