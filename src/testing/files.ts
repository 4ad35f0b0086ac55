/** Files of a built site, for tests and benchmarks that inspect `dist/`. */
import { readFile, readdir } from "node:fs/promises";
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

/**
 * Every file of a built site by its path inside the site, to compare two builds byte by byte.
 * @example differingFiles(await siteFiles("a"), await siteFiles("b")) // []
 */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = await filesBelow(dir);
  return new Map(
    await Promise.all(files.map(async (file) => [path.relative(dir, file), await readFile(file)] as const)),
  );
}

/** The files two sites do not have alike: missing from one of them, or with other bytes. */
export function differingFiles(expected: ReadonlyMap<string, Buffer>, actual: ReadonlyMap<string, Buffer>): string[] {
  const alike = (a: Buffer | undefined, b: Buffer | undefined) => a !== undefined && b !== undefined && a.equals(b);
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names].filter((name) => !alike(expected.get(name), actual.get(name))).sort();
}
