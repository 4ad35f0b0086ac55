/**
 * `npm run bench:preview -- [--offers sample|N] [--rounds 5] [--port 8091]`: how soon the dev
 * server (`npm start`) shows a saved offer and its updated search index, over a copy of the
 * sample offers or N generated ones (src/bench/preview.ts).
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchOptions, positiveInteger } from "../src/bench/cli.js";
import { defaultProviderCount, generateOfferSet, writeGeneratedFiles } from "../src/bench/generate.js";
import { measurePreview } from "../src/bench/preview.js";
import { machineSummary, median } from "../src/bench/run.js";
import { paths } from "../src/config/site.js";
import { ExplainedError, runCli } from "../src/cli/run.js";
import { loadOffers } from "../src/content/load.js";
import { todayIso } from "../src/schema/dates.js";

await runCli(
  {
    command: "bench:preview",
    usage: "[--offers sample|<zahl>] [--rounds 5] [--port 8091]",
    description:
      "Misst die Vorschau (npm start): wie schnell nach dem Speichern einer Angebotsdatei die neue Seite\n" +
      "und der aktualisierte Suchindex da sind, über eine Kopie der Beispiel-Angebote oder erzeugte Angebote.",
    options: {
      ...benchOptions(0),
      offers: {
        type: "string",
        default: "sample",
        value: "sample|<zahl>",
        help: "Beispiel-Angebote oder so viele erzeugte",
      },
      rounds: { type: "string", default: "5", value: "<zahl>", help: "Speichervorgänge" },
      port: { type: "string", default: "8091", value: "<port>", help: "Port des Vorschau-Servers" },
    },
  },
  async ({ values }) => {
    const temp = await mkdtemp(path.join(os.tmpdir(), "bildungsbruecke-preview-"));
    try {
      const offersDir = path.join(temp, "offers");
      // The server builds for the real today, so the generated offers are published today.
      const today = todayIso();
      if (values.offers === "sample") await cp(paths.offers, offersDir, { recursive: true });
      else {
        const count = positiveInteger(values.offers, "offers");
        const set = generateOfferSet({
          count,
          today,
          seed: positiveInteger(values.seed, "seed"),
          providers: defaultProviderCount,
        });
        await writeGeneratedFiles(offersDir, [...set.providers, ...set.offers]);
      }
      const load = await loadOffers(offersDir, { today, root: offersDir });
      const offer = load.offers[Math.floor(load.offers.length / 2)];
      if (offer === undefined)
        throw new ExplainedError("Es gibt kein veröffentlichtes Angebot, das geändert werden könnte.");
      console.log(
        `Preview benchmark: ${load.offers.length} published offers (${values.offers}), changing ${offer.id}.md`,
      );
      console.log(
        `Machine: ${machineSummary()}, load average ${os
          .loadavg()
          .map((load) => load.toFixed(2))
          .join(" ")}`,
      );
      const result = await measurePreview({
        offersDir,
        offerFile: `${offer.id}.md`,
        outputDir: path.join(temp, "dist"),
        port: positiveInteger(values.port, "port"),
        rounds: positiveInteger(values.rounds, "rounds"),
        log: (line) => console.log(line),
      });
      const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
      console.log(
        `\nMedian of ${result.rounds.length} saves: page ${seconds(median(result.rounds.map((round) => round.pageMs)))}, ` +
          `search index ${seconds(median(result.rounds.map((round) => round.indexMs)))} (first build ${seconds(result.startMs)})`,
      );
    } finally {
      await rm(temp, { recursive: true, force: true, maxRetries: 3 });
    }
    return 0;
  },
);
