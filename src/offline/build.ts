/** The build's offline step, once the site is rendered and printed: the service worker, then the portable copy. */
import path from "node:path";
import { packPortableCopy, type PortableOptions } from "./portable.js";
import { writeServiceWorker, type Precache } from "./service-worker.js";

/** What the offline step wrote. */
export interface OfflineFiles {
  readonly precache: Precache;
  /** The portable copy: path and size in bytes. */
  readonly portable: { readonly file: string; readonly bytes: number };
}

/**
 * Writes `sw.js` and `verzeichnis-offline.zip` into the site in `siteDir`. The copy leaves
 * out the search index, so it is read and compressed while `indexed` (the search index)
 * is still being written; the files it resolves to (pages the index step changed) are
 * read again before the zip is written. The worker precaches the index, so it waits.
 * @example await writeOfflineFiles("dist.partial", { pathPrefix: "/", baseUrl: "https://example.org/", edition: "2026-12-01" });
 */
export async function writeOfflineFiles(
  siteDir: string,
  options: PortableOptions,
  indexed: Promise<readonly string[]> = Promise.resolve([]),
): Promise<OfflineFiles> {
  const [copy, changed] = await Promise.all([packPortableCopy(siteDir, options), indexed]);
  const precache = await writeServiceWorker(siteDir);
  await copy.renew(changed.map((file) => path.relative(siteDir, file).split(path.sep).join("/")));
  return { precache, portable: await copy.write() };
}
