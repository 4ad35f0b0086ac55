/** #12: a build in parts (several Eleventy runs over one catalog) writes the same site as one run. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { fixtureOffers } from "../site/__fixtures__/load.js";
import { fixtureToday } from "../testing/fixtures.js";
import { differingFiles, htmlPages, siteFiles } from "../testing/files.js";
import { buildHeapLimitMb, buildSite, runParts } from "./site.js";

let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-parts-"));
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const build = (outputDir: string, offersPerRun?: number) =>
  buildSite({
    offersDir: fixtureOffers,
    outputDir,
    today: fixtureToday,
    root: projectRoot,
    ...(offersPerRun === undefined ? {} : { offersPerRun }),
  });

describe("#12: build in parts", () => {
  it("splits the offers into parts of about the same length, none longer than asked", () => {
    const offers = Array.from({ length: 25 }, (_, index) => index);
    const parts = runParts(offers, 10);
    expect(parts.map((part) => part.length)).toEqual([9, 9, 7]);
    expect(parts.flat()).toEqual(offers);
    expect(runParts(offers, 25)).toEqual([offers]);
    expect(runParts([], 10)).toEqual([]);
  });

  it("gives npm run build the heap limit the benchmark's builds get", async () => {
    const manifest = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts["build"]).toBe(
      `node --max-old-space-size=${buildHeapLimitMb} --import tsx scripts/build.ts`,
    );
  });

  it("writes byte for byte the site of one run, every offer page, its calendar and the index included", async () => {
    const whole = await build(path.join(temp, "whole"));
    const inParts = await build(path.join(temp, "parts"), 1);
    expect(whole.ok && inParts.ok).toBe(true);
    const offers = whole.ok ? whole.catalog.offers : [];
    expect(offers.length).toBeGreaterThan(2);
    expect(inParts.ok && inParts.pages).toBe(whole.ok && whole.pages);

    const expected = await siteFiles(path.join(temp, "whole"));
    expect(differingFiles(expected, await siteFiles(path.join(temp, "parts")))).toEqual([]);
    // Not vacuous: the offer pages are there, and the sitemap lists them with their dates.
    const urls = (await htmlPages(path.join(temp, "parts"))).map((page) => page.url);
    for (const offer of offers) expect(urls).toContain(offer.url);
    const sitemap = expected.get("sitemap.xml")?.toString("utf8") ?? "";
    for (const offer of offers) expect(sitemap).toContain(`${offer.url}</loc>\n    <lastmod>${offer.data.updated}`);
  });
});
