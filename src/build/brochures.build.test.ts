/** #7: the build without a Chromium: the site without PDFs and a German hint, or (CI) no build at all. */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../config/site.js";
import { ChromiumMissingError } from "../print/chromium.js";
import { fixtureOffers } from "../site/__fixtures__/load.js";
import { fixtureToday } from "../testing/fixtures.js";
import { buildSite } from "./site.js";

let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-no-chromium-"));
  vi.stubEnv("CHROME_PATH", path.join(temp, "kein-chromium"));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(temp, { recursive: true, force: true });
});

const options = (outputDir: string) => ({
  offersDir: fixtureOffers,
  outputDir,
  today: fixtureToday,
  root: projectRoot,
});

describe("#7: building without a Chromium", () => {
  it("builds the site without PDFs and says in German how to get one", async () => {
    const dist = path.join(temp, "dist");
    const result = await buildSite({ ...options(dist), brochures: "when-found" });
    expect(result.ok && result.brochures).toEqual([]);
    expect(result.ok && result.brochuresSkipped).toMatch(/Chromium wurde nicht gefunden.*CHROME_PATH/);
    expect((await readdir(path.join(dist, "broschuere"))).filter((file) => file.endsWith(".pdf"))).toEqual([]);
    // The list page then says that the PDFs are not part of this build, and links the browser versions.
    const list = await readFile(path.join(dist, "broschuere", "index.html"), "utf8");
    expect(list).toContain('data-edition-pdf="gesamt">Das PDF wird beim Bauen der Website erstellt');
    expect(list).toContain('href="drucken/?ort=solingen"');
  });

  it("fails with CI=true (brochures required) before anything is written, leaving dist/ as it was", async () => {
    const dist = path.join(temp, "published");
    await mkdir(dist);
    await writeFile(path.join(dist, "index.html"), "the published site");
    await expect(buildSite({ ...options(dist), brochures: "required" })).rejects.toBeInstanceOf(ChromiumMissingError);
    expect(await readdir(dist)).toEqual(["index.html"]);
    expect(await readdir(temp)).not.toContain("published.partial");
  });
});
