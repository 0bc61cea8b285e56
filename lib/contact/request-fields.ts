/**
 * The request form's fields: names, French labels and limits, shared by the form (client), the
 * server's validation and the message sent to the operator. No dependency: the form ships it.
 */
export const requestFields = {
  name: { label: "Nom", maxLength: 100, autoComplete: "name", required: true },
  email: { label: "Adresse e-mail", maxLength: 254, autoComplete: "email", required: true },
  organization: { label: "Organisation (facultatif)", maxLength: 150, autoComplete: "organization", required: false },
  spaceTb: { label: "Espace souhaité (To)", maxLength: 10, autoComplete: "off", required: false },
  project: { label: "Votre projet", maxLength: 5000, autoComplete: "off", required: true },
} as const;

export type RequestFieldName = keyof typeof requestFields;
export const requestFieldNames = Object.keys(requestFields) as RequestFieldName[];

/** What the visitor typed, as typed: kept on the page when something must be corrected. */
export type RequestValues = Record<RequestFieldName, string>;

export const emptyRequestValues: RequestValues = { name: "", email: "", organization: "", spaceTb: "", project: "" };

/**
 * Left empty by people, who never see it (display: none); filled by robots that fill every
 * field. Its name looks like a field worth filling.
 */
export const honeypotField = "website";

/** When the page with the form was rendered (milliseconds since 1970), to spot robots' speed. */
export const startedAtField = "startedAt";
