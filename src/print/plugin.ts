/**
 * Print as one Eleventy plugin: the filters of the brochure pages, the
 * brochure's stylesheets for the data file, paged.js and the brochure font
 * copied from npm, and the browser scripts of the print page, the builder
 * and the offer page's print button. Registered by the build (src/build/),
 * never by the site: the site does not depend on print.
 */
import type { UserConfig } from "@11ty/eleventy";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { bundleClient } from "../search/plugin.js";
import { printAssets } from "./model.js";
import { brochureDataView, editions, printPageView } from "./view.js";

const require = createRequire(import.meta.url);

/** The browser scripts: entry point below src/client → where the site serves it. */
const clients = [
  ["brochure.ts", printAssets.brochureClient],
  ["builder.ts", printAssets.builderClient],
  ["print-button.ts", printAssets.printButton],
] as const;

/** The brochure font (Source Sans 3, SIL Open Font License), Latin subset, the weights brochure.css uses. */
export const fontFiles = ["400-normal", "400-italic", "600-normal", "700-normal"].map(
  (style) => `source-sans-3-latin-${style}.woff2`,
);

const stylesDir = path.join(projectRoot, "src/styles");

/** The brochure's stylesheets as text, read on every build so the dev server sees edits. */
async function brochureStylesheets(): Promise<{ base: string; a5: string; bleed: string }> {
  const [base, a5, bleed] = await Promise.all(
    ["brochure.css", "brochure-a5.css", "brochure-bleed.css"].map((file) =>
      readFile(path.join(stylesDir, file), "utf8"),
    ),
  );
  return { base: base ?? "", a5: a5 ?? "", bleed: bleed ?? "" };
}

/** Registers print with Eleventy. */
export function printPlugin(eleventyConfig: UserConfig): void {
  // Filters
  eleventyConfig.addFilter("brochureDataView", brochureDataView);
  eleventyConfig.addFilter("printPageView", printPageView);
  eleventyConfig.addFilter("brochureEditions", editions);

  // Data
  eleventyConfig.addGlobalData("brochureStylesheet", brochureStylesheets);

  // Assets: paged.js exactly as npm ships it (0.4.3; the 0.5 betas are slower and lose content), the font files.
  // (Both packages' "exports" hide their files; the paths are found from what they do export.)
  const pagedjs = path.join(path.dirname(require.resolve("pagedjs")), "../dist/paged.min.js");
  eleventyConfig.addPassthroughCopy({ [pagedjs]: printAssets.pagedjs });
  const fonts = path.join(path.dirname(require.resolve("@fontsource/source-sans-3/LICENSE")), "files");
  for (const file of fontFiles)
    eleventyConfig.addPassthroughCopy({ [path.join(fonts, file)]: `${printAssets.fonts}/${file}` });

  // Events
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await Promise.all(
      clients.map(([entry, asset]) =>
        bundleClient(path.join(projectRoot, "src/client", entry), path.join(directories.output, asset)),
      ),
    );
  });
}
