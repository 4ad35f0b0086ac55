/**
 * `npm run bench -- --offers 1000[,4000] [--pdf-offers 200,1000] [--runs 3] [--seed S] [--today YYYY-MM-DD] [--providers 16] [--cpu-prof DIR] [--rebuild 10|none]`:
 * times the full build (without PDFs) against the anchor (bare Eleventy + the Pagefind CLI over the same
 * Markdown files) and bare Eleventy alone, then a rebuild from the cache after changing 10 offers, then
 * printing the whole directory to PDF (`--pdf-offers none` skips that, `--offers none` the builds).
 * Called with `--measure full|bare|anchor|pdf`, it is the child that runs and measures one build or print.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchOptions, positiveInteger } from "../src/bench/cli.js";
import { runCli, UsageError } from "../src/cli/run.js";
import { defaultProviderCount } from "../src/bench/generate.js";
import { buildKinds, measureBuild } from "../src/bench/measure.js";
import { formatPdfTable, measurePdf, runPdfBenchmark } from "../src/bench/pdf.js";
import { formatRebuildTable, formatTable, machineSummary, resultMarker, runBenchmark } from "../src/bench/run.js";

const countsOf = (list: string) =>
  list === "none" ? [] : list.split(",").map((count) => positiveInteger(count.trim(), "offers"));

await runCli(
  {
    command: "bench",
    usage: "[--offers 1000,4000] [--pdf-offers 200,1000] [--runs 3] [--rebuild 10] [--seed S] [--providers 16]",
    description:
      "Misst den ganzen Build gegen Eleventy allein und Eleventy mit Pagefind (derselbe Inhalt), den Neubau\n" +
      "aus dem Zwischenspeicher und danach den Druck des ganzen Verzeichnisses als PDF; die Zahlen gehören nach docs/benchmarks.md.",
    options: {
      ...benchOptions(1000),
      providers: { type: "string", default: String(defaultProviderCount), value: "<zahl>", help: "Zahl der Träger" },
      "pdf-offers": { type: "string", default: "200,1000", value: "<zahlen>|none", help: "Angebote der PDF-Messungen" },
      "cpu-prof": { type: "string", value: "<ordner>", help: "CPU-Profile der Builds hierhin schreiben" },
      rebuild: {
        type: "string",
        default: "10",
        value: "<zahl>|none",
        help: "geänderte Angebote vor dem gemessenen Neubau aus dem Zwischenspeicher",
      },
      cache: { type: "string", value: "<ordner>", help: "intern: Zwischenspeicher der Messung" },
      measure: { type: "string", value: "full|bare|anchor|pdf", help: "intern: eine Messung im Kindprozess" },
      input: { type: "string", value: "<ordner>", help: "intern: Eingabe der Messung" },
      out: { type: "string", value: "<ordner>", help: "intern: Ausgabe der Messung" },
    },
  },
  async ({ values }) => {
    if (values.measure === "pdf") {
      if (values.input === undefined || values.out === undefined)
        throw new UsageError("--measure braucht --input und --out.");
      console.log(`${resultMarker}${JSON.stringify(await measurePdf(values.input, values.out))}`);
    } else if (values.measure !== undefined) {
      if (values.input === undefined || values.out === undefined)
        throw new UsageError("--measure braucht --input und --out.");
      const kind = buildKinds.find((candidate) => candidate === values.measure);
      if (kind === undefined)
        throw new UsageError(`--measure braucht einen der Werte ${buildKinds.join(", ")} oder pdf.`);
      const measurement = await measureBuild({
        kind,
        input: values.input,
        output: values.out,
        today: values.today,
        ...(values.cache === undefined ? {} : { cacheDir: values.cache }),
      });
      console.log(`${resultMarker}${JSON.stringify(measurement)}`);
    } else {
      const counts = countsOf(values.offers);
      const pdfCounts = countsOf(values["pdf-offers"]);
      const runs = positiveInteger(values.runs, "runs");
      console.log(
        `Benchmark: builds of ${counts.join(", ") || "no"} offers, PDFs of ${pdfCounts.join(", ") || "no"} offers, ` +
          `${runs} runs each, seed ${values.seed}, today ${values.today}`,
      );
      console.log(`Machine: ${machineSummary()}`);
      const rows = await runBenchmark({
        counts,
        runs,
        today: values.today,
        seed: positiveInteger(values.seed, "seed"),
        providers: positiveInteger(values.providers, "providers"),
        childScript: fileURLToPath(import.meta.url),
        ...(values["cpu-prof"] === undefined ? {} : { cpuProfileDir: path.resolve(values["cpu-prof"]) }),
        rebuildChanges: values.rebuild === "none" ? 0 : positiveInteger(values.rebuild, "rebuild"),
        log: (line) => console.log(line),
      });
      if (rows.length > 0) {
        console.log(`\nMedians of ${runs} runs (wall = process start to exit):\n`);
        console.log(formatTable(rows));
        const rebuilds = formatRebuildTable(rows);
        if (rebuilds !== "") console.log(`\nRebuild with the cache (.cache/build), one run:\n\n${rebuilds}`);
      }
      const pdfRows = await runPdfBenchmark({
        counts: pdfCounts,
        runs,
        today: values.today,
        seed: positiveInteger(values.seed, "seed"),
        providers: positiveInteger(values.providers, "providers"),
        childScript: fileURLToPath(import.meta.url),
        log: (line) => console.log(line),
      });
      if (pdfRows.length > 0) {
        console.log(`\nThe whole directory as PDF, medians of ${runs} runs:\n`);
        console.log(formatPdfTable(pdfRows));
      }
    }
    return 0;
  },
);
