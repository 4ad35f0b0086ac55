/**
 * The search tests' fixture: 3 providers and 14 offer files (13 published)
 * in `src/search/__fixtures__/offers`, loaded or built for a fixed day so the
 * expected counts never change.
 */
import path from "node:path";
import { projectRoot } from "../config/site.js";
import type { LoadResult } from "../content/load.js";
import { prepareSearch } from "../search/facets.js";
import type { SearchableOffer } from "../search/model.js";
import { fixtureToday, loadFixtureOffers } from "./fixtures.js";

/** The fixture offers folder. */
export const fixtureOffers = path.join(projectRoot, "src/search/__fixtures__/offers");

/** Loads the fixture offers as the build sees them, with their search fields. */
export async function loadFixture(): Promise<
  Omit<LoadResult, "offers"> & { readonly offers: readonly SearchableOffer[] }
> {
  const load = await loadFixtureOffers(fixtureOffers);
  return { ...load, offers: prepareSearch(load.offers, fixtureToday).offers };
}
