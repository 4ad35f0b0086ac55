/**
 * `npm run bench:offline [-- --runs 3 --today YYYY-MM-DD]`: the offline figures for
 * docs/benchmarks.md (bytes precached, time to offline-ready, storage after 20 offers,
 * size of the portable copy), as Markdown.
 */
import os from "node:os";
import { positiveInteger } from "../src/bench/cli.js";
import { benchmarkOffline, formatOfflineBenchmark } from "../src/bench/offline.js";
import { machineSummary } from "../src/bench/run.js";
import { runCli } from "../src/cli/run.js";
import { todayIso } from "../src/schema/dates.js";

await runCli(
  {
    command: "bench:offline",
    usage: "[--runs <n>] [--visits <n>] [--today <JJJJ-MM-TT>]",
    description:
      "Misst die Offline-Nutzung der Beispiel-Website: vorab gespeicherte Daten, Zeit bis offline bereit,\n" +
      "Speicher nach dem Besuch von Angeboten und die Größe der Offline-Kopie (Ausgabe als Markdown).",
    options: {
      runs: { type: "string", default: "3", value: "<n>", help: "Messungen je Wert, Standard: 3" },
      visits: { type: "string", default: "20", value: "<n>", help: "besuchte Angebote, Standard: 20" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Stichtag der Beispiel-Angebote statt heute" },
    },
  },
  async ({ values }) => {
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
    return 0;
  },
);
