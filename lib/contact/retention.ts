import type { StoredRequest } from "./request-store";

/** The day a prospect's request must be deleted: `years` after the last contact. */
export function computeRetentionEnd(request: StoredRequest, years: number): Date {
  const end = new Date(request.lastContactAt);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

export function isPastRetention(request: StoredRequest, years: number, now: Date): boolean {
  return computeRetentionEnd(request, years).getTime() <= now.getTime();
}
