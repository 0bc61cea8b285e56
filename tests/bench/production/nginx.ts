/**
 * nginx for the production bench, built from the shipped files in deploy/nginx/. One private nginx
 * runs:
 * - the whole shipped site (hebergement.conf: HTTP redirect, HTTPS with a throw-away certificate,
 *   default servers refusing unknown names), on loopback stand-ins for ports 80 and 443;
 * - the shipped set-up on plain HTTP (the unmodified gzip and locations includes), for wrk and
 *   Lighthouse;
 * - a static-file baseline serving the same HTML bytes.
 * Only machine paths, addresses and ports are substituted; every rule is the shipped one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { log } from "./system";

export const deployNginxDir = path.resolve("deploy/nginx");
const siteFile = path.join(deployNginxDir, "hebergement.conf");
const gzipInclude = path.join(deployNginxDir, "hebergement-gzip.conf");
const locationsInclude = path.join(deployNginxDir, "hebergement-locations.conf");

export interface NginxLayout {
  /** nginx prefix (-p): config, logs, temp and cache directories live under it. */
  prefix: string;
  appPort: number;
  proxyPort: number;
  staticPort: number;
  /** Loopback stand-ins for the site's ports 80 and 443. */
  testHttpPort: number;
  testHttpsPort: number;
  /** Directory holding index.html for the static baseline. */
  staticRoot: string;
}

const paths = (layout: NginxLayout) => ({
  config: path.join(layout.prefix, "nginx.conf"),
  siteTestConfig: path.join(layout.prefix, "site-test.conf"),
  pid: path.join(layout.prefix, "nginx.pid"),
  logs: path.join(layout.prefix, "logs"),
  errorLog: path.join(layout.prefix, "logs", "error.log"),
  proxyAccessLog: path.join(layout.prefix, "logs", "proxy-access.log"),
  staticAccessLog: path.join(layout.prefix, "logs", "static-access.log"),
  temp: path.join(layout.prefix, "temp"),
  cache: path.join(layout.prefix, "cache"),
  tls: path.join(layout.prefix, "tls"),
});

export const proxyAccessLog = (layout: NginxLayout) => paths(layout).proxyAccessLog;

/** Replaces `from` by `to` everywhere, and insists that `from` was there: a renamed path in the
 * shipped file must break the bench, not silently test something else. */
function substitute(text: string, from: string | RegExp, to: string, what: string): string {
  const pattern = typeof from === "string" ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : from;
  if (!pattern.test(text)) throw new Error(`${path.basename(siteFile)} : ${what} introuvable (${from})`);
  pattern.lastIndex = 0;
  return text.replace(pattern, to);
}

/**
 * The shipped site with this machine's paths: certificates (self-signed), includes (deploy/nginx/),
 * logs, cache, the application's port, and loopback ports for 80 and 443.
 */
function adaptSite(layout: NginxLayout): string {
  const p = paths(layout);
  let site = fs.readFileSync(siteFile, "utf8");
  site = substitute(site, "/etc/letsencrypt/live/hebergement.example", p.tls, "le chemin des certificats");
  site = substitute(site, "/etc/nginx/snippets/", `${deployNginxDir}/`, "le chemin des includes");
  site = substitute(site, "/var/log/nginx/hebergement", p.logs, "le répertoire des journaux");
  site = substitute(site, "/var/cache/nginx/hebergement", p.cache, "le répertoire du cache");
  // deploy.sh writes the upstream file at each switch; the bench points it at its one server.
  site = substitute(
    site,
    "include /srv/hebergement/nginx-upstream.conf;",
    `server 127.0.0.1:${layout.appPort};`,
    "l'adresse de l'application",
  );
  for (const [shipped, bench] of [
    [80, layout.testHttpPort],
    [443, layout.testHttpsPort],
  ] as const) {
    site = substitute(site, new RegExp(`^(\\s*)listen ${shipped}\\b`, "gm"), `$1listen 127.0.0.1:${bench}`, `le port ${shipped}`);
    site = substitute(
      site,
      new RegExp(`^(\\s*)listen \\[::\\]:${shipped}\\b`, "gm"),
      `$1listen [::1]:${bench}`,
      `le port ${shipped} (IPv6)`,
    );
  }
  return site;
}

/** Directives every private nginx needs: its own pid, logs and temp files, never the system's. */
function mainContext(layout: NginxLayout, options: { daemon: boolean }): string {
  const p = paths(layout);
  return `
${process.getuid?.() === 0 ? "# The bench runs as root; workers read the worktree and write the cache as root too.\nuser root;" : ""}
worker_processes auto;
pid ${p.pid};
error_log ${p.errorLog} warn;
${options.daemon ? "" : "daemon off;"}
events { worker_connections 1024; }
`;
}

/** What Debian's /etc/nginx/nginx.conf puts in `http` before including sites-enabled/*. */
function debianHttpDefaults(layout: NginxLayout): string {
  const temp = paths(layout).temp;
  return `
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    gzip on;
    client_body_temp_path ${temp}/client;
    proxy_temp_path ${temp}/proxy;
    fastcgi_temp_path ${temp}/fastcgi;
    uwsgi_temp_path ${temp}/uwsgi;
    scgi_temp_path ${temp}/scgi;`;
}

function makeDirectories(layout: NginxLayout): void {
  const p = paths(layout);
  for (const dir of [p.logs, p.temp, p.cache, p.tls]) fs.mkdirSync(dir, { recursive: true });
}

function generateSelfSignedCertificate(tlsDir: string): void {
  const cert = path.join(tlsDir, "fullchain.pem");
  const key = path.join(tlsDir, "privkey.pem");
  if (fs.existsSync(cert) && fs.existsSync(key)) return;
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-nodes",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-days",
      "2",
      "-subj",
      "/CN=hebergement.example",
      "-keyout",
      key,
      "-out",
      cert,
    ],
    { stdio: "ignore" },
  );
}

/** `nginx -t` on the whole shipped site, TLS included, inside a copy of Debian's http defaults. */
export function testSiteConfig(layout: NginxLayout): string {
  makeDirectories(layout);
  const p = paths(layout);
  generateSelfSignedCertificate(p.tls);
  fs.writeFileSync(
    p.siteTestConfig,
    `${mainContext(layout, { daemon: true })}\nhttp {${debianHttpDefaults(layout)}\n\n${adaptSite(layout)}\n}\n`,
  );
  const result = spawnSync("nginx", ["-t", "-p", layout.prefix, "-e", p.errorLog, "-c", p.siteTestConfig], { encoding: "utf8" });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) throw new Error(`nginx -t a refusé la configuration livrée :\n${output}`);
  log(`nginx -t (site complet, TLS compris) : ${output.split("\n").at(-1)}`);
  return output;
}

/** The running bench configuration: the whole site, the shipped set-up on HTTP, the static baseline. */
export function writeBenchConfig(layout: NginxLayout): string {
  makeDirectories(layout);
  generateSelfSignedCertificate(paths(layout).tls);
  const p = paths(layout);
  // Same format for both servers, so that logging costs them the same; the cache status lets
  // the bench count hits.
  const config = `${mainContext(layout, { daemon: false })}
http {${debianHttpDefaults(layout)}
    log_format bench '$remote_addr [$time_local] "$request" $status $body_bytes_sent cache=$upstream_cache_status';

    # deploy/nginx/hebergement.conf, adapted (paths, ports): upstream, cache zone, default
    # servers, HTTP redirect, HTTPS site.
${indent(adaptSite(layout), 4)}

    # (a) The shipped set-up, on plain HTTP: the site's includes, unmodified.
    server {
        listen 127.0.0.1:${layout.proxyPort};
        server_name hebergement.example;
        server_tokens off;
        access_log ${p.proxyAccessLog} bench;
        include ${gzipInclude};
        include ${locationsInclude};
    }

    # (b) Baseline: the same HTML bytes as a file on disk, same compression.
    server {
        listen 127.0.0.1:${layout.staticPort};
        server_name static;
        server_tokens off;
        access_log ${p.staticAccessLog} bench;
        root ${layout.staticRoot};
        charset utf-8;
        include ${gzipInclude};
        location = / {
            try_files /index.html =404;
        }
    }
}
`;
  fs.writeFileSync(p.config, config);
  const result = spawnSync("nginx", ["-t", "-p", layout.prefix, "-e", p.errorLog, "-c", p.config], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`nginx -t a refusé la configuration du banc :\n${result.stdout}${result.stderr}`);
  return p.config;
}

/** Arguments to run the bench nginx in the foreground (`daemon off`), as a managed child. */
export function nginxArguments(layout: NginxLayout): string[] {
  const p = paths(layout);
  return ["-p", layout.prefix, "-e", p.errorLog, "-c", p.config];
}

function indent(text: string, spaces: number): string {
  return text
    .split("\n")
    .map((line) => (line ? " ".repeat(spaces) + line : line))
    .join("\n");
}
