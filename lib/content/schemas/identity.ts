import { text, url } from "../fields";
import { fillable } from "../placeholder";
import { z } from "../zod-fr";

/** content/data/identite.yaml: who publishes the site and sells the service. */
export const identitySchema = z.strictObject({
  /** Name shown in the header and the <title> of every page. */
  siteName: text,
  /** First and last name of the entrepreneur; « EI » is added by the site, as the law requires. */
  ownerName: fillable(text),
  siret: fillable(
    z
      .string()
      .transform((value) => value.replace(/\s/g, ""))
      .refine((value) => /^\d{14}$/.test(value), { message: "un SIRET compte 14 chiffres" }),
  ),
  /** City of the commercial court registry, for « RCS <ville> ». */
  rcsCity: fillable(text),
  address: z.strictObject({
    street: fillable(text),
    postalCode: fillable(z.string().regex(/^\d{5}$/, "code postal à 5 chiffres attendu")),
    city: fillable(text),
    country: text,
  }),
  phone: fillable(text),
  email: fillable(z.email({ message: "adresse e-mail invalide" })),
  /** Usually the entrepreneur himself; the law requires a name. */
  publicationDirector: fillable(text),
  /** The consumer mediator the law requires a professional to offer (C. conso. L612-1). */
  mediator: z.strictObject({
    name: fillable(text),
    website: fillable(url),
  }),
  /** true while the business stays under the VAT franchise (art. 293 B du CGI). */
  vatExempt: z.boolean(),
});

export type Identity = z.infer<typeof identitySchema>;
