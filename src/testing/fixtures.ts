/**
 * The tests' fixture offers (`src/site/__fixtures__/offers`,
 * `src/search/__fixtures__/offers`), loaded for one fixed day so no fixture
 * offer ever expires and the expected counts never change.
 */
import { projectRoot } from "../config/site.js";
import { loadOffers, type LoadResult } from "../content/load.js";

/** The day every fixture is loaded and built for. */
export const fixtureToday = "2026-11-27";

/** Loads a fixture offers folder as the build does, on the fixture day. */
export const loadFixtureOffers = (offersDir: string): Promise<LoadResult> =>
  loadOffers(offersDir, { today: fixtureToday, root: projectRoot });
