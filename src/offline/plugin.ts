/**
 * Offline use as one Eleventy plugin: the web app manifest, the paths the pages
 * link (`offline` data), and the script every page loads, which registers the
 * service worker and shows the offline note. The worker itself is written by
 * the build after the site is complete (src/offline/build.ts); the dev server
 * gets a worker that removes the caches of a build instead (`offlineDevPlugin`).
 */
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { bundleClient } from "../search/plugin.js";
import { webManifest } from "./manifest.js";
import { offlineAssets } from "./model.js";

const clientEntry = path.join(projectRoot, "src/client/offline.ts");
const devWorkerEntry = path.join(projectRoot, "src/client/sw-dev.ts");

/** Registers offline use with Eleventy. */
export function offlinePlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addGlobalData("offline", offlineAssets);
  eleventyConfig.addFilter("webManifest", webManifest);
  eleventyConfig.addTemplate("web-manifest.njk", "{{ site | webManifest | safe }}", {
    permalink: `/${offlineAssets.manifest}`,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await bundleClient(clientEntry, path.join(directories.output, offlineAssets.client));
  });
}

/**
 * Offline use for the dev server: the same pages, with a worker that caches nothing.
 * It replaces a built site's `sw.js` in the shared output folder, which would
 * otherwise serve precached pages stale while templates are edited.
 */
export function offlineDevPlugin(eleventyConfig: UserConfig): void {
  offlinePlugin(eleventyConfig);
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await bundleClient(devWorkerEntry, path.join(directories.output, offlineAssets.worker));
  });
}
