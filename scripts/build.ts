/**
 * `npm run build`: validates all offers, then writes the site to `dist/` with the
 * brochures as PDF (when a Chromium is found; with CI=true it must be). Offer files that
 * did not change since the last build come from the rebuild cache (`--no-cache`: without).
 */
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { ExplainedError, runCli } from "../src/cli/run.js";
import { todayIso } from "../src/schema/dates.js";
import { formatReport } from "../src/content/report.js";
import { buildSite } from "../src/build/site.js";
import { ChromiumMissingError } from "../src/print/chromium.js";

await runCli(
  {
    command: "build",
    usage: "[--offers <ordner>] [--out <ordner>] [--no-cache]",
    description:
      "Prüft alle Angebote und baut das Verzeichnis nach dist/: Website, Suche, Feed, offene Daten\n" +
      "und, wenn ein Chromium da ist, die PDF-Broschüren. Bei einem Fehler bleibt dist/ unverändert.",
    options: {
      offers: { type: "string", value: "<ordner>", help: "ein anderer Angebote-Ordner statt offers/" },
      out: { type: "string", value: "<ordner>", help: "wohin gebaut wird, Standard: dist" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Stichtag der Ausgabe statt heute" },
      "no-cache": { type: "boolean", default: false, help: "ohne den Zwischenspeicher in .cache/build bauen" },
    },
  },
  async ({ values }) => {
    const started = performance.now();
    const result = await buildSite({
      offersDir: values.offers ? path.resolve(values.offers) : paths.offers,
      outputDir: values.out ? path.resolve(values.out) : paths.output,
      today: values.today ?? todayIso(),
      root: projectRoot,
      brochures: process.env.CI === "true" ? "required" : "when-found",
      log: (line) => console.log(line),
      ...(values["no-cache"] ? {} : { cacheDir: paths.buildCache }),
    }).catch((error: unknown) => {
      throw error instanceof ChromiumMissingError ? new ExplainedError(error.message) : error;
    });
    if (!result.ok) {
      console.error(formatReport(result.load));
      console.error("\nDer Build wurde abgebrochen; dist/ bleibt unverändert.");
      return 1;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${result.catalog.offers.length} Angebote veröffentlicht, ${result.load.unpublished.length} nicht veröffentlicht, ` +
        `${result.pages} Seiten und ${result.brochures.length} PDF-Broschüren in ${seconds} s geschrieben.`,
    );
    const { precache, portable } = result.offline;
    console.log(
      `Offline: ${precache.files} Dateien (${(precache.bytes / 1024).toFixed(0)} KB) für die Nutzung ohne Verbindung, ` +
        `Offline-Kopie ${path.relative(process.cwd(), portable.file)} (${(portable.bytes / 1024 / 1024).toFixed(1)} MB).`,
    );
    if (result.brochuresSkipped !== undefined) {
      console.warn(
        `\nHinweis: Die PDF-Broschüren wurden nicht erstellt, die Website ist trotzdem vollständig gebaut.\n${result.brochuresSkipped}`,
      );
    }
    return 0;
  },
);
