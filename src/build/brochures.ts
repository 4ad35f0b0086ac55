/**
 * The build's PDF step: serves the freshly rendered site (still in its staging
 * folder) on 127.0.0.1 and prints its ready-made brochures into it, so `dist/`
 * is only replaced once every PDF and its figures are in place.
 */
import { launchChromium } from "../print/chromium.js";
import { printEditions, type PrintedEdition } from "../print/editions.js";
import { serveStatic } from "../print/static-server.js";
import { editions } from "../print/view.js";
import type { Catalog } from "../site/catalog.js";

/**
 * Prints the whole directory and one brochure per city of the site in `siteDir`.
 * @example await printSiteBrochures("dist.partial", catalog, "/", console.log);
 */
export async function printSiteBrochures(
  siteDir: string,
  catalog: Catalog,
  pathPrefix: string,
  log: (line: string) => void = () => {},
): Promise<PrintedEdition[]> {
  const [server, browser] = await Promise.all([serveStatic(siteDir, pathPrefix), launchChromium()]);
  try {
    // Dated the edition day: the same offers give the same PDFs, and the same portable copy.
    return await printEditions(browser, server.url, siteDir, editions(catalog), log, catalog.today);
  } finally {
    await browser.close();
    await server.close();
  }
}
