"use server";

import type { RequestFormState } from "./form-state";
import { receiveRequest } from "./receive-request";
import { getRequestService } from "./request-service";

/**
 * The form's server action. Without JavaScript the browser posts the form and Next renders the
 * page again with the returned state; with it, the form calls this directly. proxy.ts has
 * already refused foreign origins, oversized bodies and clients over the rate limit.
 */
export async function sendRequest(previous: RequestFormState, formData: FormData): Promise<RequestFormState> {
  return receiveRequest(previous, formData, getRequestService());
}
