/**
 * `npm run bench:search [-- --offers 4000 --runs 3 --seed S --today YYYY-MM-DD]`:
 * the search's figures for docs/benchmarks.md (index time and size, bytes of
 * the first query, time from the last keystroke to results), as Markdown.
 */
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultSeed } from "../src/bench/generate.js";
import { machineSummary } from "../src/bench/run.js";
import { todayIso } from "../src/content/dates.js";
import { benchmarkSearch, formatSearchBenchmark } from "../src/search/benchmark.js";

const { values } = parseArgs({
  options: {
    offers: { type: "string", default: "4000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: String(defaultSeed) },
    today: { type: "string", default: todayIso() },
  },
});

const result = await benchmarkSearch({
  offers: Number(values.offers),
  runs: Number(values.runs),
  seed: Number(values.seed),
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
