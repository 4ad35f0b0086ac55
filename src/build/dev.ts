/**
 * The setup for Eleventy's dev server (`npm start`): reloads and validates the offers on every
 * rebuild, re-checking only the files that changed, and after an edit of offer files writes
 * only those offers' pages again (the other pages stay as the last rebuild wrote them).
 * `OFFERS_DIR` previews another offers folder.
 */
import path from "node:path";
import { paths, projectRoot } from "../config/site.js";
import type { Offer } from "../content/model.js";
import { todayIso } from "../schema/dates.js";
import { formatReport } from "../content/report.js";
import { loadCatalog } from "./site.js";
import { createSetup } from "../site/eleventy.js";
import { printPlugin } from "../print/plugin.js";
import { offlineDevPlugin } from "../offline/plugin.js";
import { cacheVersion, memoryCache } from "./cache.js";

const offersDir = process.env.OFFERS_DIR ? path.resolve(process.env.OFFERS_DIR) : paths.offers;
const checked = memoryCache();

/**
 * The offers whose pages a rebuild writes: after changes to offer files only, the offers of those
 * files; after anything else (a provider file, a template, code) and on the first build, all.
 * Changed paths are relative to `root` as Eleventy reports them; offers name their file the same way.
 * @example changedOffers(offers, ["./offers/traeger/kurs.md"], "offers", root) // [the offer of that file]
 */
export function changedOffers<T extends Pick<Offer, "file">>(
  offers: readonly T[],
  changed: readonly string[] | undefined,
  offersFolder: string,
  root: string,
): readonly T[] {
  if (changed === undefined) return offers;
  const relative = (file: string) => path.relative(root, path.resolve(root, file)).split(path.sep).join("/");
  const folder = `${relative(offersFolder)}/`;
  const files = new Set(changed.map(relative));
  const offerFilesOnly = [...files].every(
    (file) => file.startsWith(folder) && file.endsWith(".md") && path.posix.basename(file) !== "_provider.md",
  );
  return offerFilesOnly ? offers.filter((offer) => files.has(offer.file)) : offers;
}

/** What changed before the rebuild under way; undefined for the first build. */
let changed: readonly string[] | undefined;

export const devSetup = createSetup({
  catalog: async () => {
    const cache = checked.forVersion(cacheVersion(projectRoot));
    const { load, catalog } = await loadCatalog(offersDir, todayIso(), projectRoot, cache);
    if (catalog === undefined) throw new Error(`\n${formatReport(load)}`);
    return catalog;
  },
  offerPages: (catalog) => changedOffers(catalog.offers, changed, offersDir, projectRoot),
  // The pages print and preview brochures; the PDFs, the offline cache and the portable copy
  // are only made by `npm run build`.
  plugins: [
    printPlugin,
    offlineDevPlugin,
    (eleventyConfig) => {
      eleventyConfig.addWatchTarget(offersDir);
      eleventyConfig.on("eleventy.beforeWatch", (files) => {
        changed = files;
      });
    },
  ],
});
