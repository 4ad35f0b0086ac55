/**
 * `npm run brochure`: prints brochures as PDF from the built site in `dist/`
 * (run `npm run build` first) with the system Chromium.
 *
 *   npm run brochure                           the whole directory and one per city, into dist/broschuere/
 *   npm run brochure -- --ort solingen --zielgruppe alleinerziehende --papier a5 [--out datei.pdf]
 *
 * Filters have the search's names (--ort, --thema, --zielgruppe, --foerderung, --format, --zeit,
 * --beginn, --deutsch, --kinderbetreuung, --barrierefrei, --traeger, --q); the brochure's own:
 * --gliederung thema|ort, --papier a4|a5, --beschnitt, --angebote id,id; --site <folder> (default dist).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { paths, projectRoot } from "../src/config/site.js";
import { loadOffers } from "../src/content/load.js";
import { suggest } from "../src/content/suggest.js";
import { todayIso } from "../src/schema/dates.js";
import { resolveFacets } from "../src/search/facets.js";
import { launchChromium, ChromiumMissingError } from "../src/print/chromium.js";
import { asksForSelection, brochureArgOptions, brochureRequestFromArgs } from "../src/print/cli.js";
import { fileSize, printEditions } from "../src/print/editions.js";
import { printPagePath } from "../src/print/model.js";
import { serialiseBrochureRequest } from "../src/print/options.js";
import { printPdf } from "../src/print/pdf.js";
import { serveStatic } from "../src/print/static-server.js";
import { editions } from "../src/print/view.js";
import { buildCatalog } from "../src/site/catalog.js";

/** Where `npm run brochure` was called from (npm itself runs scripts in the project folder). */
const callerDir = process.env.INIT_CWD ?? process.cwd();

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const today = todayIso();
const load = await loadOffers(paths.offers, { today, root: projectRoot });
const facets = resolveFacets(load.providers, today);
const options = {
  ...brochureArgOptions(facets),
  out: { type: "string" },
  site: { type: "string" },
} as const;

let values: Record<string, unknown>;
try {
  values = parseArgs({ options }).values;
} catch (error) {
  const name = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
  const guess = suggest(name.replace(/^-+/, ""), Object.keys(options));
  fail(
    `Unbekannte Angabe ${name}.${guess === undefined ? "" : ` Meinten Sie --${guess}?`} Erlaubt: ${Object.keys(options)
      .map((option) => `--${option}`)
      .join(", ")}.`,
  );
  throw error;
}

const siteDir = typeof values.site === "string" ? path.resolve(callerDir, values.site) : paths.output;
if (!existsSync(path.join(siteDir, printPagePath, "index.html"))) {
  fail(`In ${siteDir} ist keine gebaute Website mit Broschüren. Bauen Sie sie zuerst mit \`npm run build\`.`);
}

const { request, errors } = brochureRequestFromArgs(values, facets);
if (errors.length > 0) fail(errors.join("\n"));

const [server, browser] = await Promise.all([
  serveStatic(siteDir),
  launchChromium().catch((error: unknown) =>
    fail(error instanceof ChromiumMissingError ? error.message : String(error)),
  ),
]);
try {
  if (asksForSelection(values, facets)) {
    const query = serialiseBrochureRequest(request, facets);
    const out = path.resolve(callerDir, typeof values.out === "string" ? values.out : "broschuere.pdf");
    const pdf = await printPdf(browser, `${server.url}${printPagePath}?${query}`, out);
    console.log(`${out}: „${pdf.title}“, ${pdf.pages} Seiten, ${fileSize(pdf.bytes)}.`);
  } else {
    if (load.offers.length === 0) fail("Es gibt keine veröffentlichten Angebote.");
    const catalog = buildCatalog(load.offers, load.providers, today);
    console.log(`Broschüren in ${path.join(siteDir, "broschuere")}:`);
    await printEditions(browser, server.url, siteDir, editions(catalog), (line) => console.log(line), catalog.today);
  }
} finally {
  await browser.close();
  await server.close();
}
