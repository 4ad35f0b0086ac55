/**
 * `npm run bench:search [-- --offers 4000 --runs 3 --seed S --today YYYY-MM-DD]`:
 * the search's figures for docs/benchmarks.md (index time and size, bytes of
 * the first query, time from the last keystroke to results), as Markdown.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { benchOptions, positiveInteger } from "../src/bench/cli.js";
import { machineSummary } from "../src/bench/run.js";
import { benchmarkSearch, formatSearchBenchmark } from "../src/bench/search.js";

const { values } = parseArgs({ options: benchOptions(4000) });

const result = await benchmarkSearch({
  offers: positiveInteger(values.offers, "offers"),
  runs: positiveInteger(values.runs, "runs"),
  seed: positiveInteger(values.seed, "seed"),
  today: values.today,
  workDir: path.join(os.tmpdir(), "bb-bench-search"),
});
console.log(
  `Rechner: ${machineSummary()}, Last ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" / ")}\n`,
);
console.log(formatSearchBenchmark(result));
