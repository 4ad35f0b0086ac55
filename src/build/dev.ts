/**
 * The setup for Eleventy's dev server (`npm start`): reloads and validates the offers on every
 * rebuild, re-checking only the files that changed. `OFFERS_DIR` previews another offers folder.
 */
import path from "node:path";
import { paths, projectRoot } from "../config/site.js";
import { todayIso } from "../schema/dates.js";
import { formatReport } from "../content/report.js";
import { loadCatalog } from "./site.js";
import { createSetup } from "../site/eleventy.js";
import { printPlugin } from "../print/plugin.js";
import { offlineDevPlugin } from "../offline/plugin.js";
import { cacheVersion, memoryCache } from "./cache.js";

const offersDir = process.env.OFFERS_DIR ? path.resolve(process.env.OFFERS_DIR) : paths.offers;
const checked = memoryCache();

export const devSetup = createSetup({
  catalog: async () => {
    const cache = checked.forVersion(cacheVersion(projectRoot));
    const { load, catalog } = await loadCatalog(offersDir, todayIso(), projectRoot, cache);
    if (catalog === undefined) throw new Error(`\n${formatReport(load)}`);
    return catalog;
  },
  // The pages print and preview brochures; the PDFs, the offline cache and the portable copy
  // are only made by `npm run build`.
  plugins: [printPlugin, offlineDevPlugin, (eleventyConfig) => eleventyConfig.addWatchTarget(offersDir)],
});
