/**
 * The Merkzettel's browser scripts as one Eleventy plugin: the toggles, corner
 * link and notice of every page, and the Merkzettel page's list. The page itself
 * is templates/pages/merkzettel.njk; its offers come from the compact offer list
 * the search writes.
 */
import type { UserConfig } from "@11ty/eleventy";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { bundleClient } from "../search/plugin.js";
import { merkzettelAssets } from "../view/merkzettel.js";

const clients = [
  ["merken.ts", merkzettelAssets.toggles],
  ["merkzettel.ts", merkzettelAssets.page],
] as const;

/** Registers the Merkzettel's scripts with Eleventy. */
export function merkzettelPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await Promise.all(
      clients.map(([entry, asset]) =>
        bundleClient(path.join(projectRoot, "src/client", entry), path.join(directories.output, asset)),
      ),
    );
  });
}
