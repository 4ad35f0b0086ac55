/**
 * The search tests' fixture: 3 providers and 14 offer files (13 published)
 * in `src/search/__fixtures__/offers`, loaded or built for a fixed day so the
 * expected counts never change.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import type { LoadResult } from "../content/load.js";
import { buildSite } from "../site/build.js";
import { fixtureToday, loadFixtureOffers } from "../testing/fixtures.js";

/** The fixture offers folder. */
export const fixtureOffers = path.join(projectRoot, "src/search/__fixtures__/offers");

/** Loads the fixture offers as the build sees them. */
export const loadFixture = (): Promise<LoadResult> => loadFixtureOffers(fixtureOffers);

/** Builds the fixture site into a fresh temporary folder; returns that folder. */
export async function buildFixtureSite(pathPrefix = "/"): Promise<string> {
  const outputDir = path.join(await mkdtemp(path.join(os.tmpdir(), "bb-search-")), "dist");
  const result = await buildSite({
    offersDir: fixtureOffers,
    outputDir,
    today: fixtureToday,
    root: projectRoot,
    pathPrefix,
  });
  if (!result.ok) throw new Error("The search fixture does not validate");
  return outputDir;
}
