import { z } from "./zod-fr";

/**
 * A fact the seed text did not give. The operator writes `À COMPLÉTER : ce qu'il faut mettre`;
 * the site shows it as visibly missing and `npm run check` lists it until it is filled in.
 */
export type Fillable<T> = { filled: true; value: T } | { filled: false; hint: string };

const placeholderPattern = /^\s*[AÀ] COMPL[EÉ]TER\s*[:—–-]?\s*(.*)$/iu;

export function readPlaceholderHint(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const match = placeholderPattern.exec(value);
  return match ? (match[1] ?? "").trim() || "valeur à compléter" : undefined;
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
