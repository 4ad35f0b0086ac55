/**
 * The Eleventy setup: the one function `.eleventy.js`, the build script and the
 * build tests all use. It only wires; the work happens in the modules it imports.
 */
import type { UserConfig } from "@11ty/eleventy";
import { EleventyHtmlBasePlugin } from "@11ty/eleventy";
import { readdirSync } from "node:fs";
import { pathPrefix as configuredPrefix, normalisePrefix, siteData } from "../config/site.js";
import { searchPlugin, type SearchPluginOptions } from "../search/plugin.js";
import { calendarPlugin } from "./calendar.js";
import type { SearchableOffer } from "../search/model.js";
import { offerUrls, type Catalog } from "./catalog.js";
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
  /** The build writes the search index itself (see `SearchPluginOptions`). */
  readonly stampLater?: SearchPluginOptions["stampLater"];
  /**
   * The offers whose pages (and calendar files) this run writes, by default all. A very large
   * build writes them in parts over several runs (src/build/site.ts); the dev server writes only
   * the offers whose files changed (src/build/dev.ts). Eleventy keeps every page of a run in memory.
   */
  readonly offerPages?: (catalog: Catalog) => readonly SearchableOffer[];
  /**
   * False for a run of a build in parts that writes only offer pages into the output folder;
   * the run that writes the rest of the site, the search index and the after-build steps comes last.
   */
  readonly siteWide?: boolean;
}

/** The page templates a run writes when it writes only offer pages. */
const offerPageTemplate = "angebot.njk";

/**
 * What the plugins see in a run that writes only offer pages: the same filters and data
 * (the pages need them), but their site-wide files, copies and after-build steps are left out.
 */
function offerPagesOnly(eleventyConfig: UserConfig): UserConfig {
  const siteWide = new Set<PropertyKey>(["addTemplate", "addPassthroughCopy", "on"]);
  return new Proxy(eleventyConfig, {
    get(target, key): unknown {
      if (siteWide.has(key)) return () => undefined;
      const value: unknown = Reflect.get(target, key, target);
      // Eleventy's methods use private fields: they must be called on the configuration itself.
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Configures Eleventy for the site; returns Eleventy's directory and prefix settings. */
export function createSetup(options: SetupOptions) {
  // Normalised once here, so the links (base plugin) and the absolute URLs (site data) agree.
  const pathPrefix = normalisePrefix(options.pathPrefix ?? configuredPrefix);
  const site = options.siteWide ?? true;
  const offerPages = options.offerPages ?? ((catalog: Catalog) => catalog.offers);
  return async function setup(eleventyConfig: UserConfig) {
    // Data
    eleventyConfig.addGlobalData("catalog", options.catalog);
    eleventyConfig.addGlobalData("offerPages", async () => offerPages(await options.catalog()));
    eleventyConfig.addGlobalData("site", siteData(pathPrefix));

    // Filters
    for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);

    // Plugins
    // The base is passed on: Eleventy ignores the `pathPrefix` returned below when the
    // setup is given to its constructor (as `buildSite` does), so `BASE_PATH` would be lost.
    await eleventyConfig.addPlugin(EleventyHtmlBasePlugin, { baseHref: pathPrefix });
    // The calendar files belong to the offer pages: every run writes those of its offers.
    await eleventyConfig.addPlugin(calendarPlugin);
    const plugins = [
      (config: UserConfig) =>
        searchPlugin(config, {
          stampLater: options.stampLater,
          indexedPages: async () => offerUrls(await options.catalog()),
        }),
      openDataPlugin,
      submissionPlugin,
      merkzettelPlugin,
      ...(options.plugins ?? []),
    ];
    const pluginConfig = site ? eleventyConfig : offerPagesOnly(eleventyConfig);
    for (const plugin of plugins) await plugin(pluginConfig);

    // Assets and watching
    if (site) {
      eleventyConfig.addPassthroughCopy({ "src/styles": "assets/css" });
      // Files served as they are from the site root, e.g. the favicon.
      eleventyConfig.addPassthroughCopy({ "src/static": "/" });
      // The spreadsheet template, for providers without JavaScript on the form page.
      eleventyConfig.addPassthroughCopy({ "docs/vorlage-angebote.csv": "einreichen/vorlage-angebote.csv" });
    } else {
      for (const file of readdirSync("templates/pages")) {
        if (file !== offerPageTemplate) eleventyConfig.ignores.add(`templates/pages/${file}`);
      }
    }
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
