import * as z from "zod";
import { requestFields, type RequestFieldName, type RequestValues } from "./request-fields";

/** A request that passed validation: what is stored and sent to the operator. */
export interface RequestFields {
  name: string;
  email: string;
  organization?: string;
  /** Space asked for, in To; absent when the visitor left it empty. */
  spaceTb?: number;
  project: string;
}

/** Control characters (other than the line breaks and tabs a text area may hold) are never needed. */
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const lineBreaks = /[\r\n\u2028\u2029]/;

function tooLong(name: RequestFieldName): string {
  return `${requestFields[name].maxLength} caractères au plus.`;
}

/** One line of text: a name or an organisation ends up in an e-mail header (subject, Reply-To). */
function singleLine(name: RequestFieldName) {
  return z
    .string()
    .trim()
    .max(requestFields[name].maxLength, tooLong(name))
    .refine((value) => !lineBreaks.test(value) && !controlCharacters.test(value), "Sur une seule ligne, sans caractère de contrôle.");
}

const requestSchema = z.object({
  name: singleLine("name").pipe(z.string().min(1, "Indiquez votre nom.")),
  email: z
    .string()
    .trim()
    .min(1, "Indiquez votre adresse e-mail, pour que je puisse vous répondre.")
    .max(requestFields.email.maxLength, tooLong("email"))
    .pipe(z.email("Cette adresse e-mail n’est pas valide (exemple\u00a0: nom@exemple.fr).")),
  organization: singleLine("organization").transform((value) => value || undefined),
  spaceTb: z
    .string()
    .trim()
    .max(requestFields.spaceTb.maxLength, tooLong("spaceTb"))
    .transform((value, context) => {
      if (value === "") return undefined;
      const number = /^\d+(?:[.,]\d{1,2})?$/.test(value) ? Number(value.replace(",", ".")) : Number.NaN;
      if (!(number > 0 && number <= 1000)) {
        context.addIssue({ code: "custom", message: "Un nombre de To entre 0 et 1\u202f000, par exemple 2 ou 1,5\u202f; ou rien." });
        return z.NEVER;
      }
      return number;
    }),
  project: z
    .string()
    .trim()
    .min(1, "Décrivez votre projet en quelques mots.")
    .max(requestFields.project.maxLength, tooLong("project"))
    .refine((value) => !controlCharacters.test(value), "Ce texte contient des caractères de contrôle."),
});

export type ValidationResult = { ok: true; fields: RequestFields } | { ok: false; fieldErrors: Partial<Record<RequestFieldName, string>> };

/** Checks what the visitor typed; every field in error gets its own French message. */
export function validateRequest(values: RequestValues): ValidationResult {
  const result = requestSchema.safeParse(values);
  if (result.success) return { ok: true, fields: result.data };
  const fieldErrors: Partial<Record<RequestFieldName, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as RequestFieldName;
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
