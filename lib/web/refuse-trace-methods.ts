import http from "node:http";
import { securityHeaders, staticFilePolicy } from "./security-headers";

/**
 * TRACE and TRACK cannot become a fetch Request (undici refuses them), so Next.js fails with a
 * 500 while preparing the proxy, before any app code runs. They are answered here, at the HTTP
 * server, with the same 405 the proxy gives to every other method it does not serve.
 */
const refusedMethods = new Set(["TRACE", "TRACK"]);

export function refuseTraceMethods(): void {
  const prototype = http.Server.prototype as http.Server & { refusesTrace?: boolean };
  if (prototype.refusesTrace) return;
  prototype.refusesTrace = true;
  const emit = prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (refusedMethods.has(request.method ?? "")) {
        response.writeHead(405, {
          ...securityHeaders,
          "content-security-policy": staticFilePolicy,
          "content-type": "text/plain; charset=utf-8",
          allow: "GET, HEAD, OPTIONS",
        });
        response.end("Méthode non autorisée : ce site se consulte ; seul son formulaire de demande reçoit des envois.\n");
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof prototype.emit;
}
