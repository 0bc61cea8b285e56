import fs from "node:fs";
import http from "node:http";
import path from "node:path";

/**
 * The plainest static host: files as they are, a directory's index.html, a redirect to add the
 * final slash, 404 otherwise. No rewriting and no fallback, so that a mirror that works here
 * works on nginx, GitHub Pages or any bucket. It serves `dir` under `prefix`, so that a link
 * that only works at a host's root is caught.
 */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export async function startStaticServer(dir: string, port: number, prefix = "/"): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const relative = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : undefined;
    const file = relative === undefined ? undefined : path.join(dir, relative);
    if (!file || !file.startsWith(path.resolve(dir)) || !fs.existsSync(file)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Introuvable.\n");
      return;
    }
    if (fs.statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        response.writeHead(301, { location: `${url.pathname}/` }).end();
        return;
      }
      const index = path.join(file, "index.html");
      if (!fs.existsSync(index)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { "content-type": types[".html"]! }).end(fs.readFileSync(index));
      return;
    }
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
