/** `npm run import -- <tabelle.csv> --provider <träger-ordner> [--dry-run]`: offers from a spreadsheet. */
import path from "node:path";
import { parseArgs } from "node:util";
import { paths, projectRoot } from "../src/config/site.js";
import { todayIso } from "../src/schema/dates.js";
import { formatImport, planImport, writePlanned } from "../src/intake/import.js";

const usage = "Aufruf: npm run import -- <tabelle.csv> --provider <träger-ordner> [--dry-run]";
const help = `${usage}

Liest Angebote aus einer Tabelle (CSV aus Excel, Trennzeichen Semikolon) und schreibt
sie als Angebotsdateien nach offers/<träger-ordner>/. Geschrieben wird nur, wenn jede
Zeile fehlerfrei ist. Vorlage: docs/vorlage-angebote.csv, Anleitung: docs/angebot-einreichen.md

  --provider <name>  Ordner des Trägers unter offers/
  --dry-run          nur zeigen, was geschrieben würde
  --help             diese Hilfe`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        provider: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        dir: { type: "string" },
        today: { type: "string" },
        help: { type: "boolean", default: false },
      },
    });
  } catch {
    console.error(`Die Angaben beim Aufruf stimmen nicht.\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(help);
    return 0;
  }
  const [sheet, ...extra] = positionals;
  if (sheet === undefined || extra.length > 0 || values.provider === undefined || values.provider.trim() === "") {
    console.error(`Bitte geben Sie genau eine Tabelle und den Träger an.\n${usage}`);
    return 1;
  }
  const sheetPath = path.resolve(sheet);
  const plan = await planImport({
    sheet: sheetPath,
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
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`Der Import ist abgebrochen: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
