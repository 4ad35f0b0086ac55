/**
 * `npm run build`: validates all offers, then writes the site to `dist/` with the
 * brochures as PDF (when a Chromium is found; with CI=true it must be). Offer files that
 * did not change since the last build come from the rebuild cache (`--no-cache`: without).
 */
import { parseArgs } from "node:util";
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { todayIso } from "../src/schema/dates.js";
import { formatReport } from "../src/content/report.js";
import { buildSite, type BuildResult } from "../src/build/site.js";
import { ChromiumMissingError } from "../src/print/chromium.js";

const { values } = parseArgs({
  options: {
    offers: { type: "string" },
    out: { type: "string" },
    today: { type: "string" },
    "no-cache": { type: "boolean", default: false },
  },
});
const started = performance.now();
let result: BuildResult;
try {
  result = await buildSite({
    offersDir: values.offers ? path.resolve(values.offers) : paths.offers,
    outputDir: values.out ? path.resolve(values.out) : paths.output,
    today: values.today ?? todayIso(),
    root: projectRoot,
    brochures: process.env.CI === "true" ? "required" : "when-found",
    log: (line) => console.log(line),
    ...(values["no-cache"] ? {} : { cacheDir: paths.buildCache }),
  });
} catch (error) {
  if (!(error instanceof ChromiumMissingError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (!result.ok) {
  console.error(formatReport(result.load));
  console.error("\nDer Build wurde abgebrochen; dist/ bleibt unverändert.");
  process.exitCode = 1;
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.catalog.offers.length} Angebote veröffentlicht, ${result.load.unpublished.length} nicht veröffentlicht, ` +
      `${result.pages} Seiten und ${result.brochures.length} PDF-Broschüren in ${seconds} s geschrieben.`,
  );
  if (result.brochuresSkipped !== undefined) {
    console.warn(
      `\nHinweis: Die PDF-Broschüren wurden nicht erstellt, die Website ist trotzdem vollständig gebaut.\n${result.brochuresSkipped}`,
    );
  }
}
