/**
 * A thin wrapper around Pagefind's Node API (createIndex → add pages →
 * writeFiles → close), so the search index is written by the same build that
 * renders the pages, not by a separate CLI step.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

/** A rendered page: its URL below the site root and its HTML. */
export interface IndexablePage {
  readonly url: string;
  readonly content: string;
}

/** What an indexing run did. */
export interface IndexReport {
  readonly pages: number;
  readonly milliseconds: number;
}

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

/** Pages sent to the Pagefind service at once; more gains nothing and holds more HTML in memory. */
const batchSize = 64;

/**
 * True for pages the search covers: those with a `data-pagefind-body` region
 * (the offer pages). Navigation, footers and all other pages stay out.
 */
export const isIndexable = (content: string): boolean => content.includes("data-pagefind-body");

/**
 * Indexes the pages (German stemming) and writes the bundle to `bundleDir`
 * (e.g. `dist/pagefind`).
 */
export async function writeSearchIndex(pages: Iterable<IndexablePage>, bundleDir: string): Promise<IndexReport> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    let count = 0;
    let batch: Promise<unknown>[] = [];
    for (const page of pages) {
      if (!isIndexable(page.content)) continue;
      batch.push(index.addHTMLFile({ url: page.url, content: page.content }).then(failOnErrors(page.url)));
      count++;
      if (batch.length === batchSize) batch = await settle(batch);
    }
    await settle(batch);
    failOnErrors("writeFiles")(await index.writeFiles({ outputPath: bundleDir }));
    await Promise.all(unusedBundleFiles.map((file) => rm(path.join(bundleDir, file), { force: true })));
    return { pages: count, milliseconds: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

const settle = async (batch: Promise<unknown>[]): Promise<Promise<unknown>[]> => {
  await Promise.all(batch);
  return [];
};

const failOnErrors =
  (what: string) =>
  <T extends { errors: string[] }>(response: T): T => {
    if (response.errors.length > 0) throw new Error(`Pagefind (${what}): ${response.errors.join("; ")}`);
    return response;
  };
