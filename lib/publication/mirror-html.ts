import path from "node:path";
import { formatDateParis, formatTimeParis } from "../format/dates";
import { parisTimeZoneLabel } from "../format/locale";

/**
 * What turns a page served by the site into a page of the static mirror (`npm run miroir`). The
 * server's HTML is well-formed and predictable (React writes every attribute in double quotes),
 * so a few precise substitutions are enough; no HTML parser is needed.
 */

/** The stylesheet of the copy notice, written at the mirror's root. */
export const mirrorStylesheetFile = "miroir.css";

export const mirrorStylesheet = `/* Copie de secours : le bandeau qui date la copie. */
.copie-de-secours {
  margin: 0;
  padding: 0.5rem 1rem;
  text-align: center;
  font-weight: 600;
  background: #fef3c7;
  color: #451a03;
  border-bottom: 2px solid #92400e;
}
.copie-de-secours p {
  margin: 0;
}
@media (prefers-color-scheme: dark) {
  .copie-de-secours {
    background: #451a03;
    color: #fef3c7;
    border-bottom-color: #f59e0b;
  }
}
`;

/**
 * Where a path of the site lives in the mirror. A page becomes a directory's index.html, so that
 * /couts is found at couts/ by any static server; any other file keeps its path.
 */
export function toMirrorFile(sitePath: string, isPage: boolean): string {
  const clean = sitePath.replace(/^\/+|\/+$/g, "");
  if (!isPage) return clean;
  return clean === "" ? "index.html" : `${clean}/index.html`;
}

/**
 * A link from one mirror file to another, relative, so that the mirror works at the root of a
 * host or in any sub-directory. A page is linked as its directory ("../couts/"), as on the site.
 */
export function linkBetween(fromFile: string, toFile: string): string {
  const fromDir = path.posix.dirname(fromFile);
  if (toFile === "index.html" || toFile.endsWith("/index.html")) {
    const relative = path.posix.relative(fromDir, path.posix.dirname(toFile));
    return relative === "" ? "./" : `${relative}/`;
  }
  return path.posix.relative(fromDir, toFile);
}

/** The instant of the copy, as the notice shows it: « Copie de secours du 2 mars 2026 à 14:05 (heure de Paris) ». */
export function buildCopyNotice(copiedAt: Date): string {
  const when = `${formatDateParis(copiedAt)} à ${formatTimeParis(copiedAt)}`;
  return (
    `<aside class="copie-de-secours" aria-label="Copie de secours"><p>` +
    `Copie de secours du <time datetime="${copiedAt.toISOString()}">${when}</time> (${parisTimeZoneLabel}). ` +
    `Elle reste lisible quand le serveur du site est arrêté, mais n’est pas mise à jour en direct.</p></aside>`
  );
}

export interface MirrorPageOptions {
  /** The page's own file in the mirror, e.g. "interventions/index.html". */
  file: string;
  copiedAt: Date;
  /** The mirror file of a site path (without query or fragment), or undefined if it was not copied. */
  resolve: (sitePath: string) => string | undefined;
  /** Origins whose absolute links point into the site: the public address and the one copied from. */
  siteOrigins: readonly string[];
}

/**
 * The mirror's version of a page: no script at all (the mirror's policy forbids them, and the
 * site works without), links rewritten to the copied files, and the copy notice at the top.
 */
export function transformPage(html: string, options: MirrorPageOptions): string {
  const withoutScripts = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "")
    // Hints that the browser should fetch the scripts removed above.
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, "")
    // A nonce is only meaningful with the live server's policy.
    .replace(/\snonce="[^"]*"/g, "");
  const rewritten = withoutScripts.replace(/<(a|link|img|source)\b[^>]*>/gi, (tag) => rewriteTag(tag, options));
  const stylesheet = `<link rel="stylesheet" href="${linkBetween(options.file, mirrorStylesheetFile)}"/>`;
  return rewritten
    .replace(/<\/head>/i, `${stylesheet}</head>`)
    .replace(/<body\b[^>]*>/i, (body) => `${body}${buildCopyNotice(options.copiedAt)}`);
}

function rewriteTag(tag: string, options: MirrorPageOptions): string {
  // The canonical address names the site itself, not its copy.
  if (/^<link\b/i.test(tag) && /\brel="canonical"/i.test(tag)) return tag;
  return tag.replace(/\b(href|src)="([^"]*)"/gi, (attribute, name: string, value: string) => {
    const link = rewriteLink(decodeAttribute(value), options);
    return link === undefined ? attribute : `${name}="${encodeAttribute(link)}"`;
  });
}

/** The mirror's link for a link of the site, or undefined to keep it as it is. */
export function rewriteLink(href: string, options: Pick<MirrorPageOptions, "file" | "resolve" | "siteOrigins">): string | undefined {
  const sitePath = toSitePath(href, options.siteOrigins);
  if (sitePath === undefined) return undefined;
  const target = options.resolve(sitePath.pathname);
  if (target === undefined) return undefined;
  // The query only told the server's cache which version to send (icon.svg?…); a file has one.
  return `${linkBetween(options.file, target)}${sitePath.hash}`;
}

/** The path (and fragment) a link points to on the site, or undefined for another site or a fragment of the same page. */
export function toSitePath(href: string, siteOrigins: readonly string[]): { pathname: string; hash: string } | undefined {
  if (href === "" || href.startsWith("#")) return undefined;
  let url: URL;
  try {
    url = new URL(href, "http://site.invalid");
  } catch {
    return undefined;
  }
  const internal = url.origin === "http://site.invalid" ? href.startsWith("/") && !href.startsWith("//") : siteOrigins.includes(url.origin);
  if (!internal) return undefined;
  return { pathname: decodeURIComponent(url.pathname), hash: url.hash };
}

/** Every link of a page that may lead to something to copy: pages, stylesheets, icon, pictures. */
export function listPageLinks(html: string): string[] {
  const links: string[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  for (const [tag] of withoutScripts.matchAll(/<(?:a|link|img|source)\b[^>]*>/gi)) {
    if (/\bas="script"|rel="modulepreload"/i.test(tag)) continue;
    for (const match of tag.matchAll(/\b(?:href|src)="([^"]*)"/gi)) links.push(decodeAttribute(match[1]!));
  }
  // Sharing pictures are only named in <meta> tags, with their absolute address.
  for (const match of withoutScripts.matchAll(/<meta\b[^>]*\bcontent="([^"]*\.(?:png|jpe?g|svg|webp))"[^>]*>/gi)) {
    links.push(decodeAttribute(match[1]!));
  }
  return links;
}

/** The url(…) references of a stylesheet (fonts, pictures). */
export function listStylesheetLinks(css: string): string[] {
  return [...css.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g)].map((match) => match[2]!).filter((href) => !href.startsWith("data:"));
}

/** A stylesheet whose url(…) references point to the copied files. */
export function transformStylesheet(css: string, options: Pick<MirrorPageOptions, "file" | "resolve" | "siteOrigins">): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, href: string) => {
    const link = rewriteLink(href, options);
    return link === undefined ? whole : `url(${quote}${link}${quote})`;
  });
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}
