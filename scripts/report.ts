/**
 * `npm run report [-- --json] [-- --out <datei.html>]`: the network office's
 * report over the offers folder, written as one HTML file outside `dist/`.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { paths, projectRoot, siteData } from "../src/config/site.js";
import { loadOffers } from "../src/content/load.js";
import { todayIso } from "../src/schema/dates.js";
import { networkReport, readManifest } from "../src/report/network-report.js";
import { mailtoLink, renderReportHtml, reportSummary } from "../src/report/render.js";
import { openDataFiles } from "../src/site/open-data.js";

const usage = "Aufruf: npm run report [-- --json] [-- --out <datei.html>] [-- --dist <ordner>]";
const help = `${usage}

Prüft alle Angebote und schreibt den Bericht der Netzwerkstelle nach bericht/netzwerk-bericht.html:
je Träger fehlerhafte Dateien, abgelaufene und bald ablaufende Angebote, veraltete Angaben,
Angebote ohne künftigen Termin und die Änderungen seit dem letzten Build (dist/).

  --json           den Bericht als JSON ausgeben (für Skripte), keine HTML-Datei
  --out <datei>    wohin die HTML-Datei geschrieben wird
  --dist <ordner>  der zuletzt veröffentlichte Build, Standard: dist
  --help           diese Hilfe`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: "boolean", default: false },
        out: { type: "string" },
        dist: { type: "string" },
        offers: { type: "string" },
        today: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }));
  } catch {
    console.error(`Die Angaben beim Aufruf stimmen nicht.\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(help);
    return 0;
  }
  const today = values.today ?? todayIso();
  const offersDir = values.offers ? path.resolve(values.offers) : paths.offers;
  const dist = values.dist ? path.resolve(values.dist) : paths.output;
  const load = await loadOffers(offersDir, { today, root: projectRoot });
  const lastBuild = await readManifest(path.join(dist, openDataFiles.manifest));
  const report = await networkReport({ load, offersDir, root: projectRoot, today, lastBuild });
  const site = siteData("/");
  if (values.json) {
    const providers = report.providers.map((provider) => ({ ...provider, mailto: mailtoLink(provider, report, site) }));
    console.log(JSON.stringify({ ...report, providers }, null, 2));
    return 0;
  }
  const out = values.out ? path.resolve(values.out) : path.join(projectRoot, "bericht", "netzwerk-bericht.html");
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, renderReportHtml(report, site, projectRoot));
  console.log(reportSummary(report, path.relative(process.cwd(), out) || out));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`Der Bericht konnte nicht erstellt werden: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
