/** Files of a built site, for tests and benchmarks that inspect `dist/`. */
import { readdir } from "node:fs/promises";
import path from "node:path";

/**
 * Paths of every file below `dir`, at any depth.
 * @example (await filesBelow("dist")).filter((file) => file.endsWith(".css"))
 */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The site URL of an HTML file below `dir`: "index.html" is dropped as a server does.
 * @example pageUrl("dist", "dist/orte/solingen/index.html") // "/orte/solingen/"
 */
const pageUrl = (dir: string, file: string): string =>
  `/${path.relative(dir, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");

/**
 * Every HTML page below `dir`: its site URL and its file.
 * @example (await htmlPages("dist")).map((page) => page.url) // "/", "/404.html", "/orte/solingen/", … in no set order
 */
export async function htmlPages(dir: string): Promise<{ url: string; file: string }[]> {
  return (await filesBelow(dir))
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ url: pageUrl(dir, file), file }));
}
