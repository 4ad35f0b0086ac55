/** `npm run validate [-- <Datei oder Ordner> …] [--provider <name>] [--json]`: checks offer files and prints the report. */
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { focus } from "../src/cli/focus.js";
import { runCli } from "../src/cli/run.js";
import { hasErrors, loadOffers } from "../src/content/load.js";
import { formatReport, reportData } from "../src/content/report.js";
import { todayIso } from "../src/schema/dates.js";

await runCli(
  {
    command: "validate",
    usage: "[<Datei oder Ordner> …] [--provider <träger-ordner>] [--json]",
    description:
      "Prüft Angebotsdateien und zeigt jeden Fehler mit Datei, Zeile, Feld und Lösung.\n" +
      "Ohne Angabe prüft es alle Angebote in offers/; mit Dateien oder Ordnern genau diese\n" +
      "(mit dem Profil _provider.md ihres Trägers), mit --provider einen Träger-Ordner.\n" +
      "Beispiel: npm run validate -- offers/bildungswerk-beispiel/staplerschein.md",
    positionals: true,
    options: {
      provider: { type: "string", value: "<träger-ordner>", help: "nur den Ordner dieses Trägers prüfen" },
      json: { type: "boolean", default: false, help: "den Bericht als JSON ausgeben (für Skripte)" },
      dir: { type: "string", value: "<ordner>", help: "ein anderer Angebote-Ordner statt offers/" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Stichtag der Prüfung statt heute" },
    },
  },
  async ({ values, positionals }) => {
    const target = focus(positionals, values.provider, values.dir ? path.resolve(values.dir) : paths.offers);
    const result = await loadOffers(target.offersDir, {
      today: values.today ?? todayIso(),
      root: projectRoot,
      ...(target.only === undefined ? {} : { only: target.only }),
    });
    console.log(values.json ? JSON.stringify(reportData(result), null, 2) : formatReport(result));
    return hasErrors(result) ? 1 : 0;
  },
);
