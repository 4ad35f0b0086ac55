/**
 * `npm run schema`: writes `offer.schema.json` and `provider.schema.json` and
 * regenerates the field reference in `docs/angebot-einreichen.md`. Tests fail
 * when the committed files differ from what this script would write.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../src/config/site.js";
import { fieldReference, guidePath, replaceGenerated } from "../src/schema/field-reference.js";
import { jsonSchemaFiles, renderJsonSchema } from "../src/schema/json-schema.js";

for (const entry of jsonSchemaFiles) {
  await writeFile(path.join(projectRoot, entry.file), renderJsonSchema(entry));
  console.log(`geschrieben: ${entry.file}`);
}
const guide = path.join(projectRoot, guidePath);
await writeFile(guide, replaceGenerated(await readFile(guide, "utf8"), fieldReference()));
console.log(`Feldreferenz aktualisiert: ${guidePath}`);
