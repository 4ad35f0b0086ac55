/**
 * A minimal static file server on 127.0.0.1: the built site for Chromium when
 * it prints the brochures, and for the browser tests (Pagefind needs http).
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".webmanifest": "application/manifest+json",
  ".ics": "text/calendar; charset=utf-8",
};

export interface StaticServer {
  /** Base URL with the sub-path, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `root` under `prefix` ("/" or "/weiterbildung/") on a free port.
 * @example const server = await serveStatic("dist"); await page.goto(server.url);
 */
export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      if (!pathname.startsWith(prefix)) throw new Error("outside prefix");
      let file = path.join(root, path.normalize(`/${pathname.slice(prefix.length)}`));
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, "index.html");
        info = await stat(file);
      }
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
        "content-length": info.size,
      });
      createReadStream(file).pipe(response);
    } catch {
      // Like a real host configured for the site: its own 404 page.
      const notFound = await readFile(path.join(root, "404.html")).catch(() => "<!doctype html><title>404</title>");
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
      response.end(notFound);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
