/**
 * `npm run report [-- --json] [-- --out <datei.html>]`: the network office's
 * report over the offers folder, written as one HTML file outside `dist/`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { paths, projectRoot, siteData } from "../src/config/site.js";
import { runCli } from "../src/cli/run.js";
import { loadOffers } from "../src/content/load.js";
import { todayIso } from "../src/schema/dates.js";
import { networkReport, readManifest } from "../src/report/network-report.js";
import { mailtoLink, renderReportHtml, reportSummary } from "../src/report/render.js";
import { openDataFiles } from "../src/site/open-data.js";

await runCli(
  {
    command: "report",
    usage: "[--json] [--out <datei.html>] [--dist <ordner>]",
    description:
      "Prüft alle Angebote und schreibt den Bericht der Netzwerkstelle nach bericht/netzwerk-bericht.html:\n" +
      "je Träger fehlerhafte Dateien, abgelaufene und bald ablaufende Angebote, veraltete Angaben,\n" +
      "Angebote ohne künftigen Termin und die Änderungen seit dem letzten Build (dist/).",
    options: {
      json: { type: "boolean", default: false, help: "den Bericht als JSON ausgeben (für Skripte), keine HTML-Datei" },
      out: { type: "string", value: "<datei>", help: "wohin die HTML-Datei geschrieben wird" },
      dist: { type: "string", value: "<ordner>", help: "der zuletzt veröffentlichte Build, Standard: dist" },
      offers: { type: "string", value: "<ordner>", help: "ein anderer Angebote-Ordner statt offers/" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Stichtag des Berichts statt heute" },
    },
  },
  async ({ values }) => {
    const today = values.today ?? todayIso();
    const offersDir = values.offers ? path.resolve(values.offers) : paths.offers;
    const dist = values.dist ? path.resolve(values.dist) : paths.output;
    const load = await loadOffers(offersDir, { today, root: projectRoot });
    const lastBuild = await readManifest(path.join(dist, openDataFiles.manifest));
    const report = await networkReport({ load, offersDir, root: projectRoot, today, lastBuild });
    const site = siteData("/");
    if (values.json) {
      const providers = report.providers.map((provider) => ({
        ...provider,
        mailto: mailtoLink(provider, report, site),
      }));
      console.log(JSON.stringify({ ...report, providers }, null, 2));
      return 0;
    }
    const out = values.out ? path.resolve(values.out) : path.join(projectRoot, "bericht", "netzwerk-bericht.html");
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(out, renderReportHtml(report, site, projectRoot));
    console.log(reportSummary(report, path.relative(process.cwd(), out) || out));
    return 0;
  },
);
