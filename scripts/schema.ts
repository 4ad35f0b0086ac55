/**
 * `npm run schema`: writes `offer.schema.json` and `provider.schema.json` and
 * regenerates the field reference and the spreadsheet columns in `docs/angebot-einreichen.md`. Tests fail
 * when the committed files differ from what this script would write.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../src/config/site.js";
import { runCli } from "../src/cli/run.js";
import { fieldReference, guidePath, replaceGenerated } from "../src/schema/field-reference.js";
import { jsonSchemaFiles, renderJsonSchema } from "../src/schema/json-schema.js";
import { columnMarkers, columnReference } from "../src/intake/spreadsheet.js";

await runCli(
  {
    command: "schema",
    usage: "",
    description:
      "Schreibt offer.schema.json und provider.schema.json neu und erneuert die Feldreferenz\n" +
      "und die Spalten der Tabellen-Vorlage in docs/angebot-einreichen.md (nach Änderungen am Schema).",
    options: {},
  },
  async () => {
    for (const entry of jsonSchemaFiles) {
      await writeFile(path.join(projectRoot, entry.file), renderJsonSchema(entry));
      console.log(`geschrieben: ${entry.file}`);
    }
    const guide = path.join(projectRoot, guidePath);
    const withFields = replaceGenerated(await readFile(guide, "utf8"), fieldReference());
    await writeFile(guide, replaceGenerated(withFields, columnReference(), columnMarkers));
    console.log(`Feldreferenz und Spalten der Tabellen-Vorlage aktualisiert: ${guidePath}`);
    return 0;
  },
);
