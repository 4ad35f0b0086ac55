/** A minimal static file server on 127.0.0.1 for browser tests (Pagefind needs http). */
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
  ".webmanifest": "application/manifest+json",
};

export interface StaticServer {
  /** Base URL with the sub-path, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** Bytes sent so far, for transfer measurements. */
  readonly bytesSent: () => number;
  close(): Promise<void>;
}

/**
 * Serves `root` under `prefix` ("/" or "/weiterbildung/") on a free port.
 * @example const server = await serveStatic("dist"); await page.goto(server.url);
 */
export async function serveStatic(root: string, prefix = "/"): Promise<StaticServer> {
  let sent = 0;
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : undefined;
    let file = relative === undefined ? undefined : path.join(root, path.normalize(`/${relative}`));
    try {
      if (file !== undefined && (await stat(file)).isDirectory()) file = path.join(file, "index.html");
      if (file === undefined) throw new Error("outside prefix");
      const size = (await stat(file)).size;
      response.writeHead(200, {
        "content-type": types[path.extname(file)] ?? "application/octet-stream",
        "content-length": size,
      });
      sent += size;
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
    bytesSent: () => sent,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
