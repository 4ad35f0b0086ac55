/** Loads the fixture offers of the site tests with a fixed build date. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadOffers, type LoadResult } from "../../content/load.js";
import type { Offer } from "../../content/model.js";

/** Folder of the fixture offers (two providers, one expired and one hostile offer). */
export const fixtureOffers = path.join(path.dirname(fileURLToPath(import.meta.url)), "offers");

/** The build date every site test uses, so the fixtures never expire. */
export const fixtureToday = "2026-11-27";

/** Loads the fixtures as the build would. */
export function loadFixtures(): Promise<LoadResult> {
  return loadOffers(fixtureOffers, { today: fixtureToday });
}

/** The published fixture offer with this id, e.g. "werkstatt-beispiel/cnc-grundkurs". */
export function offerById(offers: readonly Offer[], id: string): Offer {
  const offer = offers.find((candidate) => candidate.id === id);
  if (!offer) throw new Error(`fixture offer ${id} not published`);
  return offer;
}
