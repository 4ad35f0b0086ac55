/** Builds fixture offers into a site for the build and browser tests (kept apart from fixtures.ts: it loads Eleventy). */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import type { LoadResult } from "../content/load.js";
import { formatReport } from "../content/report.js";
import { buildSite } from "../build/site.js";
import type { OfflineFiles } from "../offline/build.js";
import type { Catalog } from "../site/catalog.js";
import { fixtureToday } from "./fixtures.js";

/** A built fixture site: its output folder, the load result and the catalog it was built from. */
export interface FixtureSite {
  /** `<temporary folder>/dist`; remove `path.dirname(dist)` when done. */
  readonly dist: string;
  readonly load: LoadResult;
  readonly catalog: Catalog;
  /** The service worker's precache and the portable copy. */
  readonly offline: OfflineFiles;
}

/**
 * Builds a fixture offers folder on the fixture day into a fresh temporary folder.
 * @example const { dist, load } = await buildFixtureSite(fixtureOffers, "/weiterbildung/");
 */
export async function buildFixtureSite(offersDir: string, pathPrefix = "/"): Promise<FixtureSite> {
  const dist = path.join(await mkdtemp(path.join(os.tmpdir(), "bb-fixture-")), "dist");
  const result = await buildSite({ offersDir, outputDir: dist, today: fixtureToday, root: projectRoot, pathPrefix });
  if (!result.ok) throw new Error(`The fixture offers do not validate:\n${formatReport(result.load)}`);
  return { dist, load: result.load, catalog: result.catalog, offline: result.offline };
}
