/** `npm run build`: validates all offers, then writes the site to `dist/`. */
import { parseArgs } from "node:util";
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { todayIso } from "../src/schema/dates.js";
import { formatReport } from "../src/content/report.js";
import { buildSite } from "../src/build/site.js";

const { values } = parseArgs({
  options: { offers: { type: "string" }, out: { type: "string" }, today: { type: "string" } },
});
const started = performance.now();
const result = await buildSite({
  offersDir: values.offers ? path.resolve(values.offers) : paths.offers,
  outputDir: values.out ? path.resolve(values.out) : paths.output,
  today: values.today ?? todayIso(),
  root: projectRoot,
});
if (!result.ok) {
  console.error(formatReport(result.load));
  console.error("\nDer Build wurde abgebrochen; dist/ bleibt unverändert.");
  process.exitCode = 1;
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.catalog.offers.length} Angebote veröffentlicht, ${result.load.unpublished.length} nicht veröffentlicht, ` +
      `${result.pages} Seiten in ${seconds} s geschrieben.`,
  );
}
