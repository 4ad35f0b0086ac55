import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audiences, cities, formats, funding, germanLevels, schedules, topics } from "../config/vocabularies.js";
import { loadOffers, type LoadResult } from "../content/load.js";
import { bareEleventyFiles, generateOfferSet, writeGeneratedFiles } from "./generate.js";

const today = "2026-11-27";

describe("generateOfferSet", () => {
  const set = generateOfferSet({ count: 50, today, seed: 7 });
  let folder: string;
  let load: LoadResult;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), "bench-generate-"));
    await writeGeneratedFiles(folder, [...set.providers, ...set.offers]);
    load = await loadOffers(folder, { today, root: folder });
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it("writes 50 offers that load without errors or warnings, all published on the given day", () => {
    expect(load.diagnostics).toEqual([]);
    expect(load.fileCount).toBe(50);
    expect(load.offers).toHaveLength(50);
    expect(load.unpublished).toEqual([]);
  });

  it("spreads the offers over 16 providers, each with its _provider.md", () => {
    expect(set.providers.map((file) => file.path.split("/")[1])).toEqual(Array(16).fill("_provider.md"));
    expect(load.providers).toHaveLength(16);
    expect(new Set(load.offers.map((offer) => offer.provider.slug)).size).toBe(16);
  });

  it("uses every value of every vocabulary", () => {
    const used = (values: (offer: LoadResult["offers"][number]) => readonly (string | undefined)[]) =>
      new Set(load.offers.flatMap(values));
    expect(used((offer) => offer.data.topics)).toEqual(new Set(Object.keys(topics)));
    expect(used((offer) => offer.data.audiences)).toEqual(new Set(Object.keys(audiences)));
    expect(used((offer) => offer.data.funding)).toEqual(new Set(Object.keys(funding)));
    expect(used((offer) => offer.data.schedule)).toEqual(new Set(Object.keys(schedules)));
    expect(used((offer) => [offer.data.format])).toEqual(new Set(Object.keys(formats)));
    expect(used((offer) => offer.cities)).toEqual(new Set(Object.keys(cities)));
    expect(used((offer) => [offer.data.german_level]).size).toBe(Object.keys(germanLevels).length + 1);
  });

  it("varies dates around today: rolling starts, several dates, registration deadlines", () => {
    const offers = load.offers.map((offer) => offer.data);
    expect(offers.some((offer) => offer.rolling_start === true && offer.dates === undefined)).toBe(true);
    expect(offers.some((offer) => (offer.dates?.length ?? 0) > 1)).toBe(true);
    expect(offers.some((offer) => offer.dates?.some((date) => date.registration_until !== undefined))).toBe(true);
    for (const offer of load.offers) expect(offer.sortDate >= today).toBe(true);
  });

  it("writes bodies of a normal length (about 1–2 KB)", () => {
    for (const offer of set.offers) {
      const body = offer.content.slice(offer.content.indexOf("\n---\n") + 5);
      expect(Buffer.byteLength(body)).toBeGreaterThan(700);
      expect(Buffer.byteLength(body)).toBeLessThan(2200);
    }
  });

  it("is the same for the same seed and differs for another", () => {
    expect(generateOfferSet({ count: 50, today, seed: 7 })).toEqual(set);
    expect(generateOfferSet({ count: 50, today, seed: 8 }).offers).not.toEqual(set.offers);
  });
});

describe("bareEleventyFiles", () => {
  it("gives every offer a one-line layout and adds only that layout", () => {
    const set = generateOfferSet({ count: 3, today });
    const files = bareEleventyFiles(set);
    expect(files).toHaveLength(4);
    const layout = files.find((file) => file.path === "_includes/layout.njk");
    expect(layout?.content.trim().split("\n")).toHaveLength(1);
    for (const offer of set.offers) {
      expect(files.find((file) => file.path === offer.path)?.content).toBe(
        offer.content.replace("---\n", "---\nlayout: layout.njk\n"),
      );
    }
  });
});
