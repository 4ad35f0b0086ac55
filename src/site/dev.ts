/** The setup for Eleventy's dev server (`npm start`): reloads and validates the offers on every rebuild. */
import { paths, projectRoot } from "../config/site.js";
import { todayIso } from "../content/dates.js";
import { hasErrors, loadOffers } from "../content/load.js";
import { formatReport } from "../content/report.js";
import { buildCatalog } from "./catalog.js";
import { createSetup } from "./eleventy.js";

export const devSetup = createSetup({
  catalog: async () => {
    const today = todayIso();
    const load = await loadOffers(paths.offers, { today, root: projectRoot });
    if (hasErrors(load)) throw new Error(`\n${formatReport(load)}`);
    return buildCatalog(load.offers, load.providers, today);
  },
});
