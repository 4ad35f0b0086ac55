/**
 * The search as one Eleventy plugin: the filters the offer and search pages
 * print with, the offline offer list, the client bundle and, after every
 * build, the Pagefind index of the offer pages.
 */
import type { UserConfig } from "@11ty/eleventy";
import { build } from "esbuild";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { indexSite, stampSite } from "./indexer.js";
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
   * With it, a build writes the search index itself (`indexSite`): it starts as soon as the
   * offer pages are written, while the rest of the site renders. The plugin hands it the pages
   * to stamp with the index's version (`stampSite`) once both are done.
   */
  readonly stampLater?: (pages: readonly string[]) => void;
  /**
   * The URLs of the pages the index covers (the offer pages, from the catalog): a run may write
   * only some of them (a build in parts, the dev server after an edit), the index reads them all.
   */
  readonly indexedPages: () => Promise<readonly string[]>;
}

/** Registers the search with Eleventy. */
export function searchPlugin(eleventyConfig: UserConfig, options: SearchPluginOptions): void {
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
    const stamped = results.flatMap((result) =>
      typeof result.outputPath === "string" && result.content.includes(indexVersionToken) ? [result.outputPath] : [],
    );
    const client = () => bundleClient(clientEntry, path.join(output, searchAssets.client));
    if (runMode === "build" && options.stampLater !== undefined) {
      options.stampLater(stamped);
      return client();
    }
    const search = async () => {
      const indexed = await options.indexedPages();
      await Promise.all([client(), indexSite(output, indexed).then(() => stampSite(output, stamped))]);
    };
    if (runMode === "build") return search();
    previewIndex = previewIndex.then(search).catch((error: unknown) => {
      console.error(`Der Suchindex der Vorschau wurde nicht geschrieben: ${String(error)}`);
    });
  });
}
