/**
 * `npm run bench:offline [-- --runs 3 --today YYYY-MM-DD]`: the offline figures for
 * docs/benchmarks.md (bytes precached, time to offline-ready, storage after 20 offers,
 * size of the portable copy), as Markdown.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { positiveInteger } from "../src/bench/cli.js";
import { benchmarkOffline, formatOfflineBenchmark } from "../src/bench/offline.js";
import { machineSummary } from "../src/bench/run.js";
import { todayIso } from "../src/schema/dates.js";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    today: { type: "string" },
    visits: { type: "string", default: "20" },
  },
});
const load = os
  .loadavg()
  .map((figure) => figure.toFixed(1))
  .join(" / ");
const result = await benchmarkOffline({
  runs: positiveInteger(values.runs, "runs"),
  visits: positiveInteger(values.visits, "visits"),
  today: values.today ?? todayIso(),
});
console.log(`Rechner: ${machineSummary()}, Last ${load}\n`);
console.log(formatOfflineBenchmark(result));
