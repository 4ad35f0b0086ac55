/** `npm run import -- <tabelle.csv> --provider <träger-ordner> [--dry-run]`: offers from a spreadsheet. */
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { runCli, UsageError } from "../src/cli/run.js";
import { todayIso } from "../src/schema/dates.js";
import { formatImport, planImport, writePlanned } from "../src/intake/import.js";

await runCli(
  {
    command: "import",
    usage: "<tabelle.csv> --provider <träger-ordner> [--dry-run]",
    description:
      "Liest Angebote aus einer Tabelle (CSV aus Excel, Trennzeichen Semikolon) und schreibt\n" +
      "sie als Angebotsdateien nach offers/<träger-ordner>/. Geschrieben wird nur, wenn jede\n" +
      "Zeile fehlerfrei ist. Vorlage: docs/vorlage-angebote.csv, Anleitung: docs/angebot-einreichen.md",
    positionals: true,
    options: {
      provider: { type: "string", value: "<name>", help: "Ordner des Trägers unter offers/" },
      "dry-run": { type: "boolean", default: false, help: "nur zeigen, was geschrieben würde" },
      dir: { type: "string", value: "<ordner>", help: "ein anderer Angebote-Ordner statt offers/" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Stichtag der Prüfung statt heute" },
    },
  },
  async ({ values, positionals }) => {
    const [sheet, ...extra] = positionals;
    if (sheet === undefined || extra.length > 0 || values.provider === undefined || values.provider.trim() === "") {
      throw new UsageError("Bitte geben Sie genau eine Tabelle und den Träger an.");
    }
    const plan = await planImport({
      sheet: path.resolve(sheet),
      offersDir: values.dir === undefined ? paths.offers : path.resolve(values.dir),
      provider: values.provider.trim(),
      today: values.today ?? todayIso(),
      root: projectRoot,
    });
    const dryRun = values["dry-run"];
    if (plan.ok && !dryRun) await writePlanned(plan.files, projectRoot);
    const text = formatImport(plan, { dryRun, sheet });
    if (plan.ok) console.log(text);
    else console.error(text);
    return plan.ok ? 0 : 1;
  },
);
