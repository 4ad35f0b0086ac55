/**
 * Writes the service worker `sw.js` into a built site: Workbox lists the shell's
 * files with their content hashes (`getManifest`, the manifest step of
 * `injectManifest`), and the worker (src/client/sw.ts) is bundled with that list
 * and the build's version, a hash of the list.
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import { getManifest } from "workbox-build";
import { projectRoot } from "../config/site.js";
import { bundleClient } from "../search/plugin.js";
import { offlineAssets } from "./model.js";

/** The worker's source; bundled, never imported (it runs in the browser). */
const workerEntry = path.join(projectRoot, "src/client/sw.ts");

/**
 * The shell: what a phone stores on the first visit, so the home, the search, the
 * Merkzettel and the brochure builder work without a connection. Offer pages and
 * the browse pages are not listed (a directory of thousands of offers must not be
 * downloaded whole); the worker caches them as they are visited, and Pagefind's
 * index chunks and fragments as searches use them.
 */
export const shellPatterns = [
  "index.html",
  "suche/index.html",
  "merkzettel/index.html",
  "broschuere/erstellen/index.html",
  offlineAssets.offlinePage,
  "assets/css/*.css",
  "assets/js/*.js",
  "assets/fonts/*.woff2",
  "assets/search/*.js",
  "icons/*.png",
  "favicon.svg",
  offlineAssets.manifest,
  "pagefind/pagefind.js",
  "pagefind/pagefind-entry.json",
  "pagefind/*.pf_meta",
  "pagefind/wasm.*.pagefind",
  "pagefind/filter/*.pf_filter",
] as const;

/** Scripts of pages outside the shell: the providers' form (large) is not needed without a connection. */
const shellIgnores = ["assets/js/einreichen.js"];

/** What the worker precaches. */
export interface Precache {
  /** The build's version: changes whenever a precached file does. */
  readonly version: string;
  readonly files: number;
  /** Bytes of the precached files (what the worker stores on install). */
  readonly bytes: number;
  /** The worker's path and size in bytes (the precache list is inlined). */
  readonly worker: string;
  readonly workerBytes: number;
}

/**
 * Writes `sw.js` for the site in `siteDir`.
 * @example const { files, bytes } = await writeServiceWorker("dist.partial");
 */
export async function writeServiceWorker(siteDir: string): Promise<Precache> {
  const { manifestEntries, count, size } = await getManifest({
    globDirectory: siteDir,
    globPatterns: [...shellPatterns],
    globIgnores: shellIgnores,
  });
  const entries = [...manifestEntries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const version = createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 12);
  const worker = path.join(siteDir, offlineAssets.worker);
  await bundleClient(workerEntry, worker, {
    __PRECACHE__: JSON.stringify(entries),
    __VERSION__: JSON.stringify(version),
    __OFFLINE_PAGE__: JSON.stringify(offlineAssets.offlinePage),
    "process.env.NODE_ENV": JSON.stringify("production"),
  });
  return { version, files: count, bytes: size, worker, workerBytes: (await stat(worker)).size };
}
