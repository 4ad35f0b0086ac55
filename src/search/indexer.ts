/**
 * A thin wrapper around Pagefind's Node API (createIndex → addDirectory →
 * writeFiles → close), so the search index is written by the same build that
 * renders the pages, not by a separate CLI step.
 */
import { createHash } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { indexVersionToken, searchAssets } from "./model.js";

/** Pagefind's UI bundles: the search page has its own interface, so these are never loaded. */
const unusedBundleFiles = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-highlight.js",
  "wasm.unknown.pagefind",
];

/**
 * The glob of the top-level folders holding the given pages, so Pagefind
 * reads those folders and not the large browse pages beside them; undefined
 * for no pages (Pagefind would then index every page whole).
 * @example indexGlob(["/angebote/a/b/", "/angebote/c/d/"]) // "angebote/**\/*.html"
 */
export function indexGlob(urls: Iterable<string>): string | undefined {
  const folders = [...new Set([...urls].map((url) => url.split("/")[1] ?? ""))].sort();
  if (folders.length === 0) return undefined;
  if (folders.includes("")) return "**/*.html";
  return `${folders.length === 1 ? folders[0] : `{${folders.join(",")}}`}/**/*.html`;
}

/**
 * Indexes the pages at `urls` of the site in `siteDir` (German stemming) and
 * writes the bundle to `bundleDir` (e.g. `dist/pagefind`). Pagefind reads the
 * files itself, in parallel; sending each page through the API is slower.
 */
export async function writeSearchIndex(siteDir: string, urls: readonly string[], bundleDir: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const glob = indexGlob(urls);
    if (glob !== undefined) failOnErrors("addDirectory", await index.addDirectory({ path: siteDir, glob }));
    failOnErrors("writeFiles", await index.writeFiles({ outputPath: bundleDir }));
    await Promise.all(unusedBundleFiles.map((file) => rm(path.join(bundleDir, file), { force: true })));
  } finally {
    await pagefind.close();
  }
}

const failOnErrors = (what: string, response: { readonly errors: readonly string[] }): void => {
  if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join("; ")}`);
};

/**
 * The version of the index in `bundleDir`: a hash of Pagefind's entry file, which names
 * the content-hashed metadata of every language, so it changes exactly when the index does.
 */
export async function indexVersion(bundleDir: string): Promise<string> {
  const entry = await readFile(path.join(bundleDir, "pagefind-entry.json"));
  return createHash("sha256").update(entry).digest("hex").slice(0, 12);
}

/**
 * Writes the index version into the pages that carry its placeholder (the search
 * configuration of the search, builder and print pages), as Pagefind's `metaCacheTag`.
 */
async function stampIndexVersion(files: readonly string[], version: string): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      const html = await readFile(file, "utf8");
      if (html.includes(indexVersionToken)) await writeFile(file, html.replaceAll(indexVersionToken, version));
    }),
  );
}

/** The folder of a site's index bundle, e.g. `dist/pagefind`. */
const searchBundleDir = (siteDir: string): string => path.join(siteDir, path.dirname(searchAssets.pagefind));

/** Writes the index of the offer pages at `urls` into the site in `siteDir` (its `pagefind/` folder). */
export const indexSite = (siteDir: string, urls: readonly string[]): Promise<void> =>
  writeSearchIndex(siteDir, urls, searchBundleDir(siteDir));

/** Writes the version of the site's index into `pages`, the pages that carry its placeholder. */
export async function stampSite(siteDir: string, pages: readonly string[]): Promise<void> {
  await stampIndexVersion(pages, await indexVersion(searchBundleDir(siteDir)));
}
