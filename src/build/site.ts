/**
 * The full build: validate, then render with Eleventy into a fresh folder,
 * print the brochures (PDF) from it, then replace `dist/` in one step. An
 * invalid offer stops the build before anything is written, and a failed
 * render or print never leaves a half-written `dist/`.
 */
import Eleventy from "@11ty/eleventy";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { normalisePrefix, pathPrefix, siteData } from "../config/site.js";
import { hasErrors, loadOffers, type LoadResult, type OfferFileCache } from "../content/load.js";
import { buildCatalog, offerUrls, type Catalog } from "../site/catalog.js";
import { indexSite, stampSite } from "../search/indexer.js";
import { createSetup } from "../site/eleventy.js";
import { ChromiumMissingError, findChromium, missingChromiumHint } from "../print/chromium.js";
import type { PrintedEdition } from "../print/editions.js";
import { printPlugin } from "../print/plugin.js";
import { writeOfflineFiles, type OfflineFiles } from "../offline/build.js";
import { offlinePlugin } from "../offline/plugin.js";
import { printSiteBrochures } from "./brochures.js";
import { cacheVersion, openBuildCache } from "./cache.js";

export interface BuildOptions {
  readonly offersDir: string;
  readonly outputDir: string;
  readonly today: string;
  /** Project root: Eleventy resolves `templates/` and `src/styles/` from here. */
  readonly root: string;
  readonly pathPrefix?: string;
  /**
   * Print the ready-made brochures (PDF) with the system Chromium: "when-found" skips them
   * without one (the result says why), "required" fails the build without one (CI).
   * Without this option no PDFs are printed (tests, benchmarks).
   */
  readonly brochures?: "when-found" | "required";
  /** Progress lines of the PDF step. */
  readonly log?: (line: string) => void;
  /**
   * The rebuild cache's folder (e.g. `.cache/build`): offer files whose bytes did not change
   * since the last successful build are not parsed, validated and rendered again.
   */
  readonly cacheDir?: string;
  /** At most this many offer pages per Eleventy run (default `offersPerRun`); more offers are written in parts. */
  readonly offersPerRun?: number;
}

/**
 * Offer pages one Eleventy run writes. Eleventy keeps every page of a run in memory (at
 * 50 000 offers more than Node's default heap); in parts of this size a build stays
 * well within it, and up to this size a build is one run.
 */
export const offersPerRun = 10_000;

/**
 * Node's heap limit for `npm run build` and the benchmark's builds, in MB (package.json passes it
 * as `--max-old-space-size`). The catalog-wide files (brochure data, open data, browse pages) are
 * one string each; at 50 000 offers they need more than the default limit of about 4 GB. The limit
 * is a ceiling, not a reservation: a small directory uses as little memory as before.
 */
export const buildHeapLimitMb = 8192;

/**
 * The offers split into the parts of a build, each at most `size` long and all of about
 * the same length; none for no offers.
 * @example runParts([a, b, c], 2) // [[a, b], [c]]
 */
export function runParts<T>(offers: readonly T[], size: number): (readonly T[])[] {
  const count = Math.ceil(offers.length / size);
  const length = Math.ceil(offers.length / count);
  return Array.from({ length: count }, (_, index) => offers.slice(index * length, (index + 1) * length));
}

export type BuildResult =
  | { readonly ok: false; readonly load: LoadResult }
  | {
      readonly ok: true;
      readonly load: LoadResult;
      readonly catalog: Catalog;
      readonly pages: number;
      readonly brochures: readonly PrintedEdition[];
      /** The service worker's precache and the portable copy (paths in the staging folder are moved to `outputDir`). */
      readonly offline: OfflineFiles;
      /** Why no brochures were printed although they were asked for (German). */
      readonly brochuresSkipped?: string;
      /**
       * With a rebuild cache: offer files taken from it and those checked afresh, and the same
       * for the offers' rendered pages.
       */
      readonly cached?: {
        readonly hits: number;
        readonly misses: number;
        readonly pages: { readonly hits: number; readonly misses: number };
      };
    };

/**
 * Loads and validates every offer; groups them into the catalog only when no file has an error.
 * @example const { load, catalog } = await loadCatalog("offers", "2026-11-27", process.cwd());
 */
export async function loadCatalog(
  offersDir: string,
  today: string,
  root: string,
  cache?: OfferFileCache,
): Promise<{ readonly load: LoadResult; readonly catalog?: Catalog }> {
  const load = await loadOffers(offersDir, { today, root, ...(cache ? { cache } : {}) });
  if (hasErrors(load)) return { load };
  return { load, catalog: buildCatalog(load.offers, load.providers, today) };
}

/** Validates and builds the site; returns the load result so callers can print the report. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const cache =
    options.cacheDir === undefined ? undefined : openBuildCache(options.cacheDir, cacheVersion(options.root));
  const { load, catalog } = await loadCatalog(options.offersDir, options.today, options.root, cache);
  if (catalog === undefined) return { ok: false, load };
  // Known before anything is written: without a browser, CI stops here and dist/ stays as it was.
  const chromiumMissing = options.brochures !== undefined && findChromium() === undefined;
  if (chromiumMissing && options.brochures === "required") {
    throw new ChromiumMissingError(
      "Mit CI=true braucht der Build Chromium für die PDF-Broschüren; dist/ bleibt unverändert.",
    );
  }

  const staging = `${options.outputDir}.partial`;
  await rm(staging, { recursive: true, force: true });
  const prefix = normalisePrefix(options.pathPrefix ?? pathPrefix);
  // From the cache, the pages of offers whose page would come out the same; the others are rendered.
  const cachedPages = cache?.offerPages(staging, [siteData(prefix), options.today]);
  const { rendered, files: restoredFiles } = (await cachedPages?.restore(catalog.offers)) ?? {
    rendered: catalog.offers,
    files: 0,
  };
  const previousDir = process.cwd();
  process.chdir(options.root);
  // Pagefind indexes the offer pages in its own process while the rest of the site is rendered
  // and the portable copy is read and compressed.
  let index: Promise<void> = Promise.resolve();
  let indexing: Promise<readonly string[]> = Promise.resolve([]);
  let storing: Promise<void> = Promise.resolve();
  try {
    // The offer pages first, in parts; the run that writes the rest of the site comes last.
    const runs = [
      ...runParts(rendered, options.offersPerRun ?? offersPerRun).map((offers) => ({ offers, siteWide: false })),
      { offers: [], siteWide: true },
    ];
    let stamped: readonly string[] = [];
    let pages = restoredFiles;
    for (const run of runs) {
      if (run.siteWide) {
        // Both are awaited below; until then a failure must not count as unhandled.
        index = indexSite(staging, offerUrls(catalog));
        index.catch(() => undefined);
        // The rendered offer pages go into the cache while the rest of the site renders.
        storing = cachedPages?.store(rendered) ?? storing;
        storing.catch(() => undefined);
      }
      const setup = createSetup({
        stampLater: (pending) => {
          stamped = pending;
        },
        catalog: async () => catalog,
        output: staging,
        pathPrefix: options.pathPrefix,
        plugins: [printPlugin, offlinePlugin],
        offerPages: () => run.offers,
        siteWide: run.siteWide,
      });
      const eleventy = new Eleventy("templates", staging, {
        quietMode: true,
        configPath: false,
        config: setup,
        pathPrefix: options.pathPrefix,
      });
      const [, written] = await eleventy.write();
      pages += written.length;
    }
    // The index's version goes into the search, builder and print pages once both are written.
    indexing = index.then(() => stampSite(staging, stamped)).then(() => stamped);
    indexing.catch(() => undefined);
    const printing = options.brochures !== undefined && !chromiumMissing;
    // The brochures are printed from the finished site, index included; the portable copy holds them.
    if (printing) await indexing;
    const printed = printing ? await printSiteBrochures(staging, catalog, prefix, options.log) : [];
    const offline = await writeOfflineFiles(
      staging,
      { pathPrefix: prefix, baseUrl: siteData(prefix).baseUrl, edition: options.today },
      indexing,
    );
    await rm(options.outputDir, { recursive: true, force: true });
    await rename(staging, options.outputDir);
    await storing;
    cache?.save();
    const moved = (file: string) => path.join(options.outputDir, path.relative(staging, file));
    const brochures = printed.map((pdf) => ({ ...pdf, file: moved(pdf.file) }));
    return {
      ok: true,
      load,
      catalog,
      pages,
      brochures,
      offline: {
        precache: { ...offline.precache, worker: moved(offline.precache.worker) },
        portable: { ...offline.portable, file: moved(offline.portable.file) },
      },
      ...(chromiumMissing ? { brochuresSkipped: missingChromiumHint } : {}),
      ...(cache ? { cached: { ...cache.stats, pages: { ...cache.pageStats } } } : {}),
    };
  } catch (error) {
    // Pagefind, the version stamp or the cache may still be using the staging folder.
    await Promise.allSettled([index, indexing, storing]);
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(previousDir);
  }
}
