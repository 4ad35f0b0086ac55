/** The build's offline step, once the site is rendered, indexed and printed: the service worker, then the portable copy. */
import { writePortableCopy, type PortableOptions } from "./portable.js";
import { writeServiceWorker, type Precache } from "./service-worker.js";

/** What the offline step wrote. */
export interface OfflineFiles {
  readonly precache: Precache;
  /** The portable copy: path and size in bytes. */
  readonly portable: { readonly file: string; readonly bytes: number };
}

/**
 * Writes `sw.js` and `verzeichnis-offline.zip` into the site in `siteDir`.
 * @example await writeOfflineFiles("dist.partial", { pathPrefix: "/", baseUrl: "https://example.org/", edition: "2026-12-01" });
 */
export async function writeOfflineFiles(siteDir: string, options: PortableOptions): Promise<OfflineFiles> {
  const precache = await writeServiceWorker(siteDir);
  return { precache, portable: await writePortableCopy(siteDir, options) };
}
