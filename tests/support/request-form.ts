import type { RequestValues } from "@/lib/contact/request-fields";

/**
 * Posts the request form the way a browser without JavaScript does: the page's hidden fields
 * (Next's server-action reference and the form's state) plus the visitor's fields, as
 * multipart/form-data. For tests and the benchmark, which need exact status codes.
 */
export const validRequest: RequestValues = {
  name: "Camille Martin",
  email: "camille@example.org",
  organization: "Association des jardins partagés",
  spaceTb: "2,5",
  project: "Héberger le site de l’association et ses photos : environ 2 To, une base PostgreSQL.",
};

export async function readHiddenFields(baseUrl: string): Promise<[string, string][]> {
  const html = await (await fetch(`${baseUrl}/contact`)).text();
  const form = /<form[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  return [...form.matchAll(/<input type="hidden" name="([^"]*)"(?: value="([^"]*)")?/g)].map((match) => [
    decodeEntities(match[1]!),
    decodeEntities(match[2] ?? ""),
  ]);
}

export interface PostOptions {
  /** Origin header; the server's own by default, null to leave it out. */
  origin?: string | null;
  /** Shown this long before posting (the form's hidden start time); 60 s by default. */
  filledInMs?: number;
  honeypot?: string;
  /** X-Real-IP, as nginx sets it: trusted because the test connects from loopback. */
  clientAddress?: string;
  /** Extra bytes in a field nobody reads, to make the body larger. */
  padding?: number;
}

export async function postRequestForm(
  baseUrl: string,
  hidden: [string, string][],
  values: Partial<RequestValues>,
  { origin = baseUrl, filledInMs = 60_000, honeypot = "", clientAddress, padding }: PostOptions = {},
): Promise<{ status: number; body: string }> {
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, name === "startedAt" ? String(Date.now() - filledInMs) : value);
  for (const [name, value] of Object.entries(values)) form.append(name, value);
  form.append("website", honeypot);
  if (padding) form.append("remplissage", "x".repeat(padding));
  const headers: Record<string, string> = {};
  if (origin !== null) headers.origin = origin;
  if (clientAddress) headers["x-real-ip"] = clientAddress;
  const response = await fetch(`${baseUrl}/contact`, { method: "POST", body: form, headers });
  return { status: response.status, body: await response.text() };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
