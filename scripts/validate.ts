/** `npm run validate [-- --json] [-- --dir <folder>]`: checks every offer file and prints the report. */
import { paths, projectRoot } from "../src/config/site.js";
import { todayIso } from "../src/schema/dates.js";
import { hasErrors, loadOffers } from "../src/content/load.js";
import { formatReport, reportData } from "../src/content/report.js";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { json: { type: "boolean", default: false }, dir: { type: "string" }, today: { type: "string" } },
});
const result = await loadOffers(values.dir ? path.resolve(values.dir) : paths.offers, {
  today: values.today ?? todayIso(),
  root: projectRoot,
});
console.log(values.json ? JSON.stringify(reportData(result), null, 2) : formatReport(result));
process.exitCode = hasErrors(result) ? 1 : 0;
