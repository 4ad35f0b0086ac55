/** #12: the rebuild cache gives the same site as a clean build, and a changed template or schema starts afresh. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { fixtureOffers } from "../site/__fixtures__/load.js";
import { fixtureToday } from "../testing/fixtures.js";
import { differingFiles, siteFiles } from "../testing/files.js";
import { cacheVersion, openBuildCache } from "./cache.js";
import { buildSite } from "./site.js";

let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-cache-"));
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const build = (outputDir: string, cacheDir?: string) =>
  buildSite({
    offersDir: fixtureOffers,
    outputDir,
    today: fixtureToday,
    root: projectRoot,
    ...(cacheDir === undefined ? {} : { cacheDir }),
  });

describe("#12: rebuild cache", () => {
  it("builds from the cache a site byte-identical to a clean build", async () => {
    const cacheDir = path.join(temp, "cache");
    const clean = await build(path.join(temp, "clean"));
    const warm = await build(path.join(temp, "warm"), cacheDir);
    const cached = await build(path.join(temp, "cached"), cacheDir);
    expect(clean.ok && warm.ok && cached.ok).toBe(true);
    const offerFiles = warm.ok ? warm.load.fileCount : 0;
    const offers = warm.ok ? warm.catalog.offers.length : 0;
    expect(warm.ok && warm.cached).toEqual({ hits: 0, misses: offerFiles, pages: { hits: 0, misses: offers } });
    expect(cached.ok && cached.cached).toEqual({ hits: offerFiles, misses: 0, pages: { hits: offers, misses: 0 } });
    expect(cached.ok && cached.pages).toBe(clean.ok && clean.pages);

    const expected = await siteFiles(path.join(temp, "clean"));
    expect(differingFiles(expected, await siteFiles(path.join(temp, "cached")))).toEqual([]);
  });

  it("renders again the page of an edited offer and takes the others from the cache", async () => {
    const offersDir = path.join(temp, "edited-offers");
    await cp(fixtureOffers, offersDir, { recursive: true });
    const cacheDir = path.join(temp, "edit-cache");
    const edited = path.join(offersDir, "werkstatt-beispiel", "cnc-grundkurs.md");
    const buildEdited = (outputDir: string, cache?: string) =>
      buildSite({
        offersDir,
        outputDir,
        today: fixtureToday,
        root: projectRoot,
        ...(cache === undefined ? {} : { cacheDir: cache }),
      });
    expect((await buildEdited(path.join(temp, "edit-warm"), cacheDir)).ok).toBe(true);
    await writeFile(
      edited,
      (await readFile(edited, "utf8")).replace(/^title: .*$/m, "title: CNC-Grundkurs am Samstag"),
    );
    const rebuilt = await buildEdited(path.join(temp, "edit-rebuilt"), cacheDir);
    const clean = await buildEdited(path.join(temp, "edit-clean"));
    expect(rebuilt.ok && clean.ok).toBe(true);
    const offers = rebuilt.ok ? rebuilt.catalog.offers.length : 0;
    const pages = rebuilt.ok ? rebuilt.cached?.pages : undefined;
    expect(pages?.misses).toBeGreaterThanOrEqual(1);
    expect(pages?.hits).toBeGreaterThanOrEqual(1);
    expect((pages?.hits ?? 0) + (pages?.misses ?? 0)).toBe(offers);
    const page = path.join("angebote", "werkstatt-beispiel", "cnc-grundkurs", "index.html");
    const rebuiltFiles = await siteFiles(path.join(temp, "edit-rebuilt"));
    expect(rebuiltFiles.get(page)?.toString("utf8")).toContain("CNC-Grundkurs am Samstag");
    expect(differingFiles(await siteFiles(path.join(temp, "edit-clean")), rebuiltFiles)).toEqual([]);
  });

  it("files entries under a version that changes with a template or the schema", async () => {
    const root = path.join(temp, "project");
    await cp(path.join(projectRoot, "templates"), path.join(root, "templates"), { recursive: true });
    await cp(path.join(projectRoot, "src", "schema"), path.join(root, "src", "schema"), { recursive: true });
    const before = cacheVersion(root);
    expect(cacheVersion(root)).toBe(before);

    const cacheDir = path.join(temp, "versioned");
    const name = "offers/traeger/kurs.md";
    const bytes = new TextEncoder().encode("---\ntitle: Kurs\n---\n");
    const first = openBuildCache(cacheDir, before);
    first.set(name, bytes, { diagnostics: [] });
    first.save();
    expect(openBuildCache(cacheDir, before).get(name, bytes)).toEqual({ diagnostics: [] });

    const layout = path.join(root, "templates", "layouts", "offer.njk");
    await writeFile(layout, `${await readFile(layout, "utf8")}<!-- changed -->\n`);
    const afterTemplate = cacheVersion(root);
    expect(afterTemplate).not.toBe(before);
    const schema = path.join(root, "src", "schema", "offer.ts");
    await writeFile(schema, `${await readFile(schema, "utf8")}\n// changed\n`);
    const afterSchema = cacheVersion(root);
    expect(afterSchema).not.toBe(afterTemplate);

    // Under the new version nothing is known, and saving it drops the old entries.
    const second = openBuildCache(cacheDir, afterSchema);
    expect(second.get(name, bytes)).toBeUndefined();
    second.save();
    expect(openBuildCache(cacheDir, before).get(name, bytes)).toBeUndefined();
  });
});
