/** The setup for Eleventy's dev server (`npm start`): reloads and validates the offers on every rebuild. */
import { paths, projectRoot } from "../config/site.js";
import { todayIso } from "../schema/dates.js";
import { formatReport } from "../content/report.js";
import { loadCatalog } from "./site.js";
import { createSetup } from "../site/eleventy.js";
import { printPlugin } from "../print/plugin.js";
import { offlineDevPlugin } from "../offline/plugin.js";

export const devSetup = createSetup({
  catalog: async () => {
    const { load, catalog } = await loadCatalog(paths.offers, todayIso(), projectRoot);
    if (catalog === undefined) throw new Error(`\n${formatReport(load)}`);
    return catalog;
  },
  // The pages print and preview brochures; the PDFs, the offline cache and the portable copy
  // are only made by `npm run build`.
  plugins: [printPlugin, offlineDevPlugin],
});
