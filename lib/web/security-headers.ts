/**
 * The security headers of every response. The proxy (proxy.ts) sets them on everything it sees;
 * next.config.ts sets them on the build's static files, which the proxy skips.
 */

/**
 * A strict policy for pages rendered at request time: no 'unsafe-inline', no 'unsafe-eval'.
 * Next's own inline scripts carry the per-request nonce; the script files they load are trusted
 * through 'strict-dynamic'.
 */
export function buildContentSecurityPolicy(nonce: string): string {
  const development = process.env.NODE_ENV === "development";
  const directives = [
    // Anything not listed below: this origin only.
    "default-src 'self'",
    // Next's inline bootstrap and RSC payload scripts carry the nonce; 'strict-dynamic' lets them
    // load the framework's chunks. 'self' is only a fallback for browsers without CSP 3.
    // React needs eval in development only (`npm run dev`), never in a build.
    `script-src 'nonce-${nonce}' 'strict-dynamic' 'self'${development ? " 'unsafe-eval'" : ""}`,
    // One stylesheet file; the site writes no inline style. Next's development overlay does.
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    // The icon and the Open Graph images are served by the site itself.
    "img-src 'self'",
    // System fonts only.
    "font-src 'self'",
    // Client-side navigation fetches its data from the site.
    "connect-src 'self'",
    "manifest-src 'self'",
    // No plugins, no frames, no workers, no <base> rewriting.
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    // The calculator's form never submits; nothing may post elsewhere.
    "form-action 'self'",
    // No site may frame these pages (clickjacking).
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

/** For files that are never documents (scripts, stylesheets): they need no capability at all. */
export const staticFilePolicy = "default-src 'none'; frame-ancestors 'none'";

export const securityHeaders: Record<string, string> = {
  // Two years, subdomains included; browsers ignore it over plain HTTP.
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  // The site measures nothing and needs no referrer, internal or external.
  "referrer-policy": "no-referrer",
  "permissions-policy": [
    "accelerometer=()",
    "autoplay=()",
    "browsing-topics=()",
    "camera=()",
    "display-capture=()",
    "encrypted-media=()",
    "fullscreen=()",
    "geolocation=()",
    "gyroscope=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "picture-in-picture=()",
    "publickey-credentials-get=()",
    "screen-wake-lock=()",
    "sync-xhr=()",
    "usb=()",
    "xr-spatial-tracking=()",
  ].join(", "),
  // frame-ancestors covers modern browsers; this covers the old ones.
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};
