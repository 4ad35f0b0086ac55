/**
 * `npm run bench:search [-- --offers 4000 --runs 3 --seed S --today YYYY-MM-DD]`:
 * the search's figures for docs/benchmarks.md (index time and size, bytes of
 * the first query, time from the last keystroke to results), as Markdown.
 */
import os from "node:os";
import path from "node:path";
import { benchOptions, positiveInteger } from "../src/bench/cli.js";
import { runCli } from "../src/cli/run.js";
import { machineSummary } from "../src/bench/run.js";
import { benchmarkRelevance, benchmarkSearch, formatSearchBenchmark } from "../src/bench/search.js";
import { formatRelevance } from "../src/testing/relevance.js";

const workDir = path.join(os.tmpdir(), "bb-bench-search");
const load = () =>
  os
    .loadavg()
    .map((figure) => figure.toFixed(1))
    .join(" / ");

await runCli(
  {
    command: "bench:search",
    usage: "[--offers 4000] [--runs 3] [--seed S] [--only relevance]",
    description:
      "Misst die Suche für docs/benchmarks.md: Relevanz der Beispielangebote, Indexzeit und -größe,\n" +
      "Bytes der ersten Suche und die Zeit vom letzten Tastendruck bis zu den Treffern.",
    options: {
      ...benchOptions(4000),
      only: { type: "string", value: "relevance", help: "nur die Relevanz messen" },
    },
  },
  async ({ values }) => {
    const relevance = await benchmarkRelevance(workDir);
    console.log(`Rechner: ${machineSummary()}, Last ${load()}\n`);
    console.log(`Relevanz: ${relevance.offers} Beispielangebote\n`);
    console.log(formatRelevance("Pagefind (http)", relevance.online));
    console.log("");
    console.log(formatRelevance("Offline list (file://)", relevance.offline));
    if (values.only === "relevance") return 0;

    const result = await benchmarkSearch({
      offers: positiveInteger(values.offers, "offers"),
      runs: positiveInteger(values.runs, "runs"),
      seed: positiveInteger(values.seed, "seed"),
      today: values.today,
      workDir,
    });
    console.log(`\nRechner: ${machineSummary()}, Last ${load()}\n`);
    console.log(formatSearchBenchmark(result));
    return 0;
  },
);
