/** The fixture offers of the site tests. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadResult } from "../../content/load.js";
import type { Offer } from "../../content/model.js";
import { loadFixtureOffers } from "../../testing/fixtures.js";

/** Folder of the fixture offers (two providers, one expired and one hostile offer). */
export const fixtureOffers = path.join(path.dirname(fileURLToPath(import.meta.url)), "offers");

/** Loads the fixtures as the build would, on the fixture day. */
export const loadFixtures = (): Promise<LoadResult> => loadFixtureOffers(fixtureOffers);

/** The published fixture offer with this id, e.g. "werkstatt-beispiel/cnc-grundkurs". */
export function offerById<T extends Offer>(offers: readonly T[], id: string): T {
  const offer = offers.find((candidate) => candidate.id === id);
  if (!offer) throw new Error(`fixture offer ${id} not published`);
  return offer;
}
