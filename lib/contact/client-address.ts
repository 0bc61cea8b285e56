import http from "node:http";
import { isIP } from "node:net";

/**
 * The client's address for the rate limit, set on each request by the HTTP server before Next
 * sees it: the proxy (proxy.ts) has no access to the socket. Any value a client sends under this
 * name is replaced.
 */
export const clientAddressHeader = "x-hebergement-client-address";

/**
 * Behind nginx every connection comes from loopback and nginx's X-Real-IP names the visitor
 * (deploy/nginx/hebergement-locations.conf). A connection from anywhere else is the client itself,
 * and its forwarded headers are ignored: anyone can write them.
 */
export function readClientAddress(remoteAddress: string | undefined, headers: http.IncomingHttpHeaders): string {
  const remote = remoteAddress ?? "inconnue";
  if (!isLoopback(remote)) return remote;
  const forwarded = headers["x-real-ip"];
  return typeof forwarded === "string" && isIP(forwarded.trim()) ? forwarded.trim() : remote;
}

function isLoopback(address: string): boolean {
  return address === "::1" || /^(::ffff:)?127\./.test(address);
}

export function installClientAddressHeader(): void {
  const prototype = http.Server.prototype as http.Server & { setsClientAddress?: boolean };
  if (prototype.setsClientAddress) return;
  prototype.setsClientAddress = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request] = args as [http.IncomingMessage];
      request.headers[clientAddressHeader] = readClientAddress(request.socket.remoteAddress, request.headers);
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
