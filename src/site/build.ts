/**
 * The full build: validate, then render with Eleventy into a fresh folder, then
 * replace `dist/` in one step. An invalid offer stops the build before anything
 * is written, and a failed render never leaves a half-written `dist/`.
 */
import Eleventy from "@11ty/eleventy";
import { rename, rm } from "node:fs/promises";
import { hasErrors, loadOffers, type LoadResult } from "../content/load.js";
import { buildCatalog, type Catalog } from "./catalog.js";
import { createSetup } from "./eleventy.js";

export interface BuildOptions {
  readonly offersDir: string;
  readonly outputDir: string;
  readonly today: string;
  /** Project root: Eleventy resolves `templates/` and `src/styles/` from here. */
  readonly root: string;
  readonly pathPrefix?: string;
}

export type BuildResult =
  | { readonly ok: false; readonly load: LoadResult }
  | { readonly ok: true; readonly load: LoadResult; readonly catalog: Catalog; readonly pages: number };

/** Validates and builds the site; returns the load result so callers can print the report. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const load = await loadOffers(options.offersDir, { today: options.today, root: options.root });
  if (hasErrors(load)) return { ok: false, load };
  const catalog = buildCatalog(load.offers, load.providers, options.today);

  const staging = `${options.outputDir}.partial`;
  await rm(staging, { recursive: true, force: true });
  const previousDir = process.cwd();
  process.chdir(options.root);
  try {
    const setup = createSetup({ catalog: async () => catalog, output: staging, pathPrefix: options.pathPrefix });
    const eleventy = new Eleventy("templates", staging, {
      quietMode: true,
      configPath: false,
      config: setup,
      pathPrefix: options.pathPrefix,
    });
    const [, written] = await eleventy.write();
    const pages = written.length;
    await rm(options.outputDir, { recursive: true, force: true });
    await rename(staging, options.outputDir);
    return { ok: true, load, catalog, pages };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(previousDir);
  }
}
