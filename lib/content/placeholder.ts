import { typesetFrench } from "../format/french-typography";
import { z } from "./zod-fr";

/**
 * A fact the seed text did not give. The operator writes `À COMPLÉTER : ce qu'il faut mettre`;
 * the site shows it as visibly missing and `npm run check` lists it until it is filled in.
 */
export type Fillable<T> = { filled: true; value: T } | { filled: false; hint: string };

export function filledWith<T>(value: T): Fillable<T> {
  return { filled: true, value };
}

/** Applies `transform` to a filled value; a placeholder stays the same placeholder. */
export function mapFillable<T, U>(fillable: Fillable<T>, transform: (value: T) => U): Fillable<U> {
  return fillable.filled ? { filled: true, value: transform(fillable.value) } : fillable;
}

/** The value, or undefined while it is a placeholder (for outputs that must never show one). */
export function readFilled<T>(fillable: Fillable<T>): T | undefined {
  return fillable.filled ? fillable.value : undefined;
}

/** The text shown where a value is still missing, in plain-text outputs (diffs, feeds). */
export function describeFillable(fillable: Fillable<string>): string {
  return fillable.filled ? fillable.value : `[à compléter : ${fillable.hint}]`;
}

const placeholderPattern = /^\s*[AÀ] COMPL[EÉ]TER\s*[:—–-]?\s*(.*)$/iu;

export function readPlaceholderHint(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = placeholderPattern.exec(value);
  // Shown to visitors inside the « à compléter » mark: French spacing like any other text.
  return match ? typesetFrench((match[1] ?? "").trim() || "valeur à compléter") : undefined;
}

export function fillable<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((input, ctx): Fillable<z.output<T>> => {
    const hint = readPlaceholderHint(input);
    if (hint !== undefined) return { filled: false, hint };
    const result = schema.safeParse(input);
    if (result.success) return { filled: true, value: result.data };
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path, input });
    }
    return z.NEVER;
  });
}

export function isFillable(value: unknown): value is Fillable<unknown> {
  return typeof value === "object" && value !== null && "filled" in value && typeof value.filled === "boolean";
}

/** Every placeholder left in a parsed data object, with the path where it sits. */
export function listPlaceholders(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; hint: string }[] {
  if (isFillable(data)) {
    return data.filled ? listPlaceholders(data.value, path) : [{ path, hint: data.hint }];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => listPlaceholders(item, [...path, index]));
  if (typeof data === "object" && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => listPlaceholders(value, [...path, key]));
  }
  return [];
}
