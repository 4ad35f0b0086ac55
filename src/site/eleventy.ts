/**
 * The Eleventy setup: the one function `.eleventy.js`, the build script and the
 * build tests all use. It only wires; the work happens in the modules it imports.
 */
import type { UserConfig } from "@11ty/eleventy";
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { pathPrefix as configuredPrefix, normalisePrefix, siteData } from "../config/site.js";
import { searchPlugin, type SearchPluginOptions } from "../search/plugin.js";
import { calendarPlugin } from "./calendar.js";
import type { Catalog } from "./catalog.js";
import { filters } from "./filters.js";
import { merkzettelPlugin } from "./merkzettel.js";
import { openDataPlugin } from "./open-data.js";
import { submissionPlugin } from "./submission.js";

export interface SetupOptions {
  /** Loads the catalog; called on every (re)build so the dev server sees edited offers. */
  readonly catalog: () => Promise<Catalog>;
  /** Deployment sub-path, e.g. "/weiterbildung/". */
  readonly pathPrefix?: string;
  /** Output folder (the build writes into a staging folder first). */
  readonly output?: string;
  /** Plugins of higher layers (print), which the site itself must not import. */
  readonly plugins?: readonly ((eleventyConfig: UserConfig) => void | Promise<void>)[];
  /** The build takes the search index's promise (see `SearchPluginOptions`). */
  readonly deferIndex?: SearchPluginOptions["deferIndex"];
}

/** Configures Eleventy for the site; returns Eleventy's directory and prefix settings. */
export function createSetup(options: SetupOptions) {
  // Normalised once here, so the links (base plugin) and the absolute URLs (site data) agree.
  const pathPrefix = normalisePrefix(options.pathPrefix ?? configuredPrefix);
  return async function setup(eleventyConfig: UserConfig) {
    // Data
    eleventyConfig.addGlobalData("catalog", options.catalog);
    eleventyConfig.addGlobalData("site", siteData(pathPrefix));

    // Filters
    for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

    // Plugins
    // The base is passed on: Eleventy ignores the `pathPrefix` returned below when the
    // setup is given to its constructor (as `buildSite` does), so `BASE_PATH` would be lost.
    await eleventyConfig.addPlugin(EleventyHtmlBasePlugin, { baseHref: pathPrefix });
    await eleventyConfig.addPlugin(searchPlugin, { deferIndex: options.deferIndex });
    await eleventyConfig.addPlugin(openDataPlugin);
    await eleventyConfig.addPlugin(submissionPlugin);
    await eleventyConfig.addPlugin(calendarPlugin);
    await eleventyConfig.addPlugin(merkzettelPlugin);
    for (const plugin of options.plugins ?? []) await eleventyConfig.addPlugin(plugin);

    // Assets and watching
    eleventyConfig.addPassthroughCopy({ "src/styles": "assets/css" });
    // Files served as they are from the site root, e.g. the favicon.
    eleventyConfig.addPassthroughCopy({ "src/static": "/" });
    // The spreadsheet template, for providers without JavaScript on the form page.
    eleventyConfig.addPassthroughCopy({ "docs/vorlage-angebote.csv": "einreichen/vorlage-angebote.csv" });
    eleventyConfig.addWatchTarget("offers/");
    eleventyConfig.addWatchTarget("src/");
    eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
    eleventyConfig.setQuietMode(true);

    // Directories (relative to the project root)
    eleventyConfig.setInputDirectory("templates");
    eleventyConfig.setIncludesDirectory("components");
    eleventyConfig.setLayoutsDirectory("layouts");
    eleventyConfig.setOutputDirectory(options.output ?? "dist");
    eleventyConfig.setTemplateFormats(["njk"]);
    // The network office's report is rendered by `npm run report`, never published.
    eleventyConfig.ignores.add("templates/report/**");

    return { pathPrefix };
  };
}
