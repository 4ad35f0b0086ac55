/** `npm run new-offer -- --provider <träger> --slug <kurzname> [--title "…"]`: creates a pre-filled offer file. */
import path from "node:path";
import { parseArgs } from "node:util";
import { paths, projectRoot } from "../src/config/site.js";
import { todayIso } from "../src/schema/dates.js";
import { createOffer } from "../src/content/new-offer.js";
import { placeholder } from "../src/content/placeholder.js";

const usage = 'Aufruf: npm run new-offer -- --provider <träger-ordner> --slug <kurzname> [--title "Titel"]';

const { values } = parseArgs({
  options: {
    provider: { type: "string" },
    slug: { type: "string" },
    title: { type: "string" },
    dir: { type: "string" },
    today: { type: "string" },
  },
  strict: false,
});
const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const provider = text(values.provider);
const slug = text(values.slug);
const title = text(values.title);
const dir = text(values.dir);

if (provider === undefined || slug === undefined) {
  console.error(`Bitte geben Sie den Träger und den Kurznamen an.\n${usage}`);
  process.exitCode = 1;
} else {
  const result = await createOffer({
    offersDir: dir === undefined ? paths.offers : path.resolve(dir),
    provider,
    slug,
    today: text(values.today) ?? todayIso(),
    ...(title === undefined ? {} : { title }),
  });
  if (result.ok) {
    console.log(
      `Angelegt: ${path.relative(projectRoot, result.file)}\n` +
        `Öffnen Sie die Datei, ersetzen Sie jede Stelle mit „${placeholder}“ und prüfen Sie die Beispielwerte.\n` +
        "Danach prüfen: npm run validate",
    );
  } else {
    console.error(result.message);
    process.exitCode = 1;
  }
}
