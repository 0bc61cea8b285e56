/**
 * Raw HTTP requests (no decompression, every header line kept) and the checks that the shipped
 * nginx set-up behaves as deploy/nginx/ says: cache, compression, headers, TLS and unknown names.
 */
import http from "node:http";
import https from "node:https";
import tls from "node:tls";

export interface RawResponse {
  status: number;
  /** Header lines as sent, names lower-cased: a duplicate shows up twice. */
  headers: [string, string][];
  body: Buffer;
}

/** Reads a whole response, keeping every header as sent (repeated ones included), in order. */
function collectResponse(response: http.IncomingMessage, resolve: (value: RawResponse) => void, reject: (error: Error) => void): void {
  const chunks: Buffer[] = [];
  response.on("data", (chunk: Buffer) => chunks.push(chunk));
  response.on("end", () => {
    const pairs: [string, string][] = [];
    for (let i = 0; i < response.rawHeaders.length; i += 2)
      pairs.push([response.rawHeaders[i]!.toLowerCase(), response.rawHeaders[i + 1]!]);
    resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
  });
  response.on("error", reject);
}

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => collectResponse(response, resolve, reject));
    request.setTimeout(30_000, () => request.destroy(new Error(`${url} : délai dépassé`)));
    request.on("error", reject);
  });
}

export const header = (response: RawResponse, name: string) => response.headers.find(([key]) => key === name)?.[1];

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

/** Headers that belong to one connection or one hop, not to the page. */
const perHop = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "server", "content-encoding"]);

/** Headers nginx adds on purpose. */
const addedByNginx = new Set(["x-cache-status"]);

/**
 * The application's own headers (security headers among them) must reach the client unchanged
 * and exactly once: nginx adds none of them.
 */
function comparePassedHeaders(direct: RawResponse, proxied: RawResponse): Check {
  const names = (response: RawResponse) =>
    response.headers.map(([name]) => name).filter((name) => !perHop.has(name) && !addedByNginx.has(name));
  const count = (list: string[]) => list.reduce((map, name) => map.set(name, (map.get(name) ?? 0) + 1), new Map<string, number>());
  const fromNext = count(names(direct));
  const toClient = count(names(proxied));
  // Next sends `Link` (a preload hint) only on some responses; it is not a header nginx touches.
  fromNext.delete("link");
  toClient.delete("link");
  const problems: string[] = [];
  for (const [name, times] of fromNext)
    if (toClient.get(name) !== times) problems.push(`${name} : ${times} chez Next, ${toClient.get(name) ?? 0} via nginx`);
  for (const [name, times] of toClient) if (!fromNext.has(name)) problems.push(`${name} ajouté (${times})`);
  const cacheControl = [header(direct, "cache-control"), header(proxied, "cache-control")];
  if (cacheControl[0] !== cacheControl[1]) problems.push(`Cache-Control modifié : « ${cacheControl[0]} » → « ${cacheControl[1]} »`);
  return {
    name: "En-têtes de l'application transmis tels quels, sans doublon",
    ok: problems.length === 0,
    detail: problems.length === 0 ? [...fromNext.keys()].sort().join(", ") : problems.join(" ; "),
  };
}

async function checkMicroCache(proxyOrigin: string): Promise<Check> {
  // A path no earlier request used, so the first answer must come from Node.
  const url = `${proxyOrigin}/?verification-cache=${Date.now()}`;
  const first = await rawGet(url, { "accept-encoding": "gzip" });
  const second = await rawGet(url, { "accept-encoding": "gzip" });
  const statuses = [header(first, "x-cache-status"), header(second, "x-cache-status")];
  return {
    name: "Micro-cache : MISS puis HIT, Cache-Control de Next conservé",
    ok: statuses[0] === "MISS" && statuses[1] === "HIT" && /no-store/.test(header(second, "cache-control") ?? ""),
    detail: `${statuses.join(" puis ")}, Cache-Control « ${header(second, "cache-control")} »`,
  };
}

async function checkCompressed(proxyOrigin: string, pathname: string): Promise<Check> {
  const response = await rawGet(proxyOrigin + pathname, { "accept-encoding": "gzip" });
  const encoding = header(response, "content-encoding");
  return {
    name: `gzip : ${pathname}`,
    ok: response.status === 200 && encoding === "gzip",
    detail: `${response.status}, ${header(response, "content-type")}, Content-Encoding ${encoding ?? "absent"}, ${response.body.length} octets`,
  };
}

async function checkStaticAsset(proxyOrigin: string, assetPath: string): Promise<Check[]> {
  const first = await rawGet(proxyOrigin + assetPath, { "accept-encoding": "gzip" });
  const hit = await rawGet(proxyOrigin + assetPath, { "accept-encoding": "gzip" });
  const missing = await rawGet(`${proxyOrigin}/_next/static/chunks/absent-${Date.now()}.js`);
  return [
    {
      name: "/_next/static/ : cache d'un an immuable, en-têtes de sécurité de l'application, puis servi par le cache de nginx",
      ok:
        hit.status === 200 &&
        header(hit, "cache-control") === "public, max-age=31536000, immutable" &&
        header(hit, "content-encoding") === "gzip" &&
        /default-src 'none'/.test(header(hit, "content-security-policy") ?? "") &&
        Boolean(header(hit, "strict-transport-security")) &&
        header(hit, "x-cache-status") === "HIT",
      detail: `${assetPath} : ${first.status} ${header(first, "x-cache-status")} puis ${hit.status} ${header(hit, "x-cache-status")}, Cache-Control « ${header(hit, "cache-control")} », CSP « ${header(hit, "content-security-policy")} », Content-Encoding ${header(hit, "content-encoding") ?? "absent"}`,
    },
    {
      name: "/_next/static/ absent : 404, avec les en-têtes de sécurité",
      ok:
        missing.status === 404 && Boolean(header(missing, "x-content-type-options")) && Boolean(header(missing, "content-security-policy")),
      detail: `${missing.status}, CSP « ${header(missing, "content-security-policy") ?? "absente"} »`,
    },
  ];
}

export async function checkShippedSetup(options: { nextOrigin: string; proxyOrigin: string; feeds: string[] }): Promise<Check[]> {
  const direct = await rawGet(`${options.nextOrigin}/`, { "accept-encoding": "gzip" });
  const proxied = await rawGet(`${options.proxyOrigin}/?verification-entetes=${Date.now()}`, { "accept-encoding": "gzip" });
  const page = (await rawGet(`${options.nextOrigin}/`)).body.toString();
  const asset = /\/_next\/static\/[^"\\]+\.(?:css|js)/.exec(page)?.[0];
  const checks = [comparePassedHeaders(direct, proxied), await checkMicroCache(options.proxyOrigin)];
  for (const pathname of ["/", ...options.feeds]) checks.push(await checkCompressed(options.proxyOrigin, pathname));
  if (asset) checks.push(...(await checkStaticAsset(options.proxyOrigin, asset)));
  else checks.push({ name: "/_next/static/", ok: false, detail: "aucun fichier /_next/static/ dans la page d'accueil" });
  return checks;
}

const siteName = "hebergement.example";
const foreignName = "forged.example";

/** How a request that may be refused ended: its status (and redirect), or the connection's fate. */
async function outcome(request: Promise<RawResponse>): Promise<string> {
  try {
    const response = await request;
    const location = header(response, "location");
    return `${response.status}${location ? ` → ${location}` : ""}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ECONNRESET" ? "connexion fermée sans réponse" : `erreur ${code ?? (error as Error).message}`;
  }
}

function plainGet(port: number, host: string): Promise<RawResponse> {
  return rawGet(`http://127.0.0.1:${port}/`, { host });
}

/** HTTPS to 127.0.0.1 with a chosen TLS name (SNI) and Host header; the certificate is self-signed. */
function tlsGet(port: number, servername: string, host: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = https.get(
      { host: "127.0.0.1", port, path: "/", servername, headers: { host }, rejectUnauthorized: false, agent: false },
      (response) => collectResponse(response, resolve, reject),
    );
    request.setTimeout(30_000, () => request.destroy(new Error("délai dépassé")));
    request.on("error", reject);
  });
}

function tlsHandshake(port: number, servername: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: "127.0.0.1", port, servername, rejectUnauthorized: false }, () => {
      resolve(`acceptée (${socket.getProtocol()})`);
      socket.end();
    });
    socket.on("error", (error: NodeJS.ErrnoException) => resolve(`refusée (${error.code ?? error.message})`));
  });
}

/**
 * The whole site (hebergement.conf) on its loopback stand-ins for 80 and 443: redirect to HTTPS,
 * the site over TLS, and every unknown name refused before it reaches the application.
 */
export async function checkSiteServers(options: { httpPort: number; httpsPort: number }): Promise<Check[]> {
  const { httpPort, httpsPort } = options;
  const redirect = await outcome(plainGet(httpPort, siteName));
  const plainForeign = await outcome(plainGet(httpPort, foreignName));
  const site = await tlsGet(httpsPort, siteName, siteName).catch((error: Error) => error);
  const handshake = await tlsHandshake(httpsPort, foreignName);
  const forgedHost = await outcome(tlsGet(httpsPort, siteName, foreignName));
  const siteOk = !(site instanceof Error) && site.status === 200 && header(site, "x-cache-status") !== undefined;
  return [
    { name: "HTTP (80) : redirection vers HTTPS", ok: redirect === `301 → https://${siteName}/`, detail: redirect },
    {
      name: "HTTP (80) : nom inconnu refusé (444)",
      ok: plainForeign === "connexion fermée sans réponse",
      detail: `Host ${foreignName} : ${plainForeign}`,
    },
    {
      name: "HTTPS (443) : le site, par nginx et son micro-cache",
      ok: siteOk,
      detail: site instanceof Error ? site.message : `${site.status}, X-Cache-Status ${header(site, "x-cache-status") ?? "absent"}`,
    },
    {
      name: "HTTPS (443) : poignée de main refusée pour un nom inconnu",
      ok: handshake.startsWith("refusée"),
      detail: `SNI ${foreignName} : ${handshake}`,
    },
    {
      name: "HTTPS (443) : Host falsifié refusé (444)",
      ok: forgedHost === "connexion fermée sans réponse",
      detail: `SNI ${siteName}, Host ${foreignName} : ${forgedHost}`,
    },
  ];
}
