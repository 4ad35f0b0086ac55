/**
 * The search as one Eleventy plugin: the filters the offer and search pages
 * print with, the offline offer list, the client bundle and, after every
 * build, the Pagefind index of the offer pages.
 */
import type { UserConfig } from "@11ty/eleventy";
import { build } from "esbuild";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { indexVersion, isIndexable, stampIndexVersion, writeSearchIndex } from "./indexer.js";
import { indexVersionToken, searchAssets } from "./model.js";
import { fallbackScript, searchPage, wordListScript } from "./page.js";
import { searchRecord } from "./record.js";

/** Entry point of the search page's browser code. */
const clientEntry = path.join(projectRoot, "src/client/search.ts");

/**
 * Bundles browser code as one classic script (an IIFE): module scripts do not
 * run from `file://`, and the pages must still work there. The print pages' scripts and the
 * service worker are bundled the same way; `define` replaces global names with the build's values.
 * @example await bundleClient(path.join(projectRoot, "src/client/search.ts"), "dist/assets/js/search.js");
 */
export async function bundleClient(entry: string, outfile: string, define: Record<string, string> = {}): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    define,
    bundle: true,
    format: "iife",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
}

/** How the build wants the search index. */
export interface SearchPluginOptions {
  /**
   * Takes the search index of a build instead of waiting for it: the build's other
   * after-build work ends without it, and the promise resolves, once the index is written
   * and stamped into the pages, to the pages the stamp changed.
   */
  readonly deferIndex?: (indexing: Promise<readonly string[]>) => void;
}

/** Registers the search with Eleventy. */
export function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions = {}): void {
  // Filters
  eleventyConfig.addFilter("searchRecord", searchRecord);
  eleventyConfig.addFilter("searchPage", searchPage);
  eleventyConfig.addFilter("searchFallbackScript", fallbackScript);
  eleventyConfig.addFilter("searchWordListScript", wordListScript);

  // Virtual templates
  eleventyConfig.addTemplate("search-fallback.njk", "{{ catalog | searchFallbackScript | safe }}", {
    permalink: `/${searchAssets.fallback}`,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate("search-words.njk", "{{ catalog | searchWordListScript | safe }}", {
    permalink: `/${searchAssets.words}`,
    eleventyExcludeFromCollections: true,
  });

  // Events
  // Under `npm start` the browser reloads as soon as the pages are written; the index follows
  // right after, one rebuild's index after the other.
  let previewIndex: Promise<void> = Promise.resolve();
  eleventyConfig.on("eleventy.after", async ({ directories, results, runMode }) => {
    const output = directories.output;
    const indexed = results.flatMap((result) =>
      typeof result.url === "string" && isIndexable(result.content) ? [result.url] : [],
    );
    const bundleDir = path.join(output, path.dirname(searchAssets.pagefind));
    const stamped = results.flatMap((result) =>
      typeof result.outputPath === "string" && result.content.includes(indexVersionToken) ? [result.outputPath] : [],
    );
    const index = () =>
      writeSearchIndex(output, indexed, bundleDir).then(async () => {
        await stampIndexVersion(stamped, await indexVersion(bundleDir));
        return stamped;
      });
    const client = () => bundleClient(clientEntry, path.join(output, searchAssets.client));
    const search = () => Promise.all([client(), index()]).then(() => undefined);
    if (runMode === "build" && options.deferIndex !== undefined) {
      options.deferIndex(index());
      return client();
    }
    if (runMode === "build") return search();
    previewIndex = previewIndex.then(search).catch((error: unknown) => {
      console.error(`Der Suchindex der Vorschau wurde nicht geschrieben: ${String(error)}`);
    });
  });
}
