import type { RequestFieldName, RequestValues } from "./request-fields";

/**
 * What the form shows after a submission. It travels from the server action to the form, and
 * without JavaScript inside the page itself, so it holds only what the visitor typed and French
 * messages.
 */
export interface RequestFormState {
  /** When the form was first shown, in milliseconds: kept across corrections. */
  startedAt: number;
  values: RequestValues;
  /** One French message per field in error. */
  fieldErrors: Partial<Record<RequestFieldName, string>>;
  /** A problem with the whole submission (too fast, not saved, refused…), in French. */
  formError?: string;
  /** Set once the request is stored durably: the form gives way to the confirmation. */
  sent?: { reference: string };
}
