/**
 * `npm run bench -- --offers 1000[,4000] [--runs 3] [--seed S] [--today YYYY-MM-DD] [--providers 16] [--cpu-prof DIR]`:
 * times the full build against a bare Eleventy build of the same Markdown files.
 * Called with `--measure full|bare`, it is the child that runs and measures one build.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchOptions, positiveInteger } from "../src/bench/cli.js";
import { defaultProviderCount } from "../src/bench/generate.js";
import { measureBuild, type BuildKind } from "../src/bench/measure.js";
import { formatTable, machineSummary, resultMarker, runBenchmark } from "../src/bench/run.js";

const { values } = parseArgs({
  options: {
    ...benchOptions(1000),
    providers: { type: "string", default: String(defaultProviderCount) },
    "cpu-prof": { type: "string" },
    measure: { type: "string" },
    input: { type: "string" },
    out: { type: "string" },
  },
});

if (values.measure !== undefined) {
  if (values.input === undefined || values.out === undefined) throw new Error("--measure needs --input and --out.");
  const kind: BuildKind = values.measure === "bare" ? "bare" : "full";
  const measurement = await measureBuild({ kind, input: values.input, output: values.out, today: values.today });
  console.log(`${resultMarker}${JSON.stringify(measurement)}`);
} else {
  const counts = values.offers.split(",").map((count) => positiveInteger(count.trim(), "offers"));
  const runs = positiveInteger(values.runs, "runs");
  console.log(`Benchmark: ${counts.join(", ")} offers, ${runs} runs each, seed ${values.seed}, today ${values.today}`);
  console.log(`Machine: ${machineSummary()}`);
  const rows = await runBenchmark({
    counts,
    runs,
    today: values.today,
    seed: positiveInteger(values.seed, "seed"),
    providers: positiveInteger(values.providers, "providers"),
    childScript: fileURLToPath(import.meta.url),
    ...(values["cpu-prof"] === undefined ? {} : { cpuProfileDir: path.resolve(values["cpu-prof"]) }),
    log: (line) => console.log(line),
  });
  console.log(`\nMedians of ${runs} runs (wall = process start to exit):\n`);
  console.log(formatTable(rows));
}
