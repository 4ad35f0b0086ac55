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
    expect(warm.ok && warm.cached).toEqual({ hits: 0, misses: offerFiles });
    expect(cached.ok && cached.cached).toEqual({ hits: offerFiles, misses: 0 });

    const expected = await siteFiles(path.join(temp, "clean"));
    expect(differingFiles(expected, await siteFiles(path.join(temp, "cached")))).toEqual([]);
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
