/** `npm run new-offer -- --provider <träger> --slug <kurzname> [--title "…"]`: creates a pre-filled offer file. */
import path from "node:path";
import { paths, projectRoot } from "../src/config/site.js";
import { runCli, UsageError } from "../src/cli/run.js";
import { todayIso } from "../src/schema/dates.js";
import { createOffer } from "../src/content/new-offer.js";
import { placeholder } from "../src/content/placeholder.js";

const text = (value: string | undefined) => (value !== undefined && value.trim() !== "" ? value.trim() : undefined);

await runCli(
  {
    command: "new-offer",
    usage: '--provider <träger-ordner> --slug <kurzname> [--title "Titel"]',
    description:
      "Legt eine vorausgefüllte Angebotsdatei offers/<träger-ordner>/<kurzname>.md an.\n" +
      `Ersetzen Sie danach jede Stelle mit „${placeholder}“ und prüfen Sie mit npm run validate.`,
    options: {
      provider: { type: "string", value: "<träger-ordner>", help: "Ordner des Trägers unter offers/" },
      slug: { type: "string", value: "<kurzname>", help: "Dateiname ohne .md, nur a–z, 0–9 und Bindestriche" },
      title: { type: "string", value: '"Titel"', help: "Titel des Angebots" },
      dir: { type: "string", value: "<ordner>", help: "ein anderer Angebote-Ordner statt offers/" },
      today: { type: "string", value: "<JJJJ-MM-TT>", help: "Datum für updated statt heute" },
    },
  },
  async ({ values }) => {
    const provider = text(values.provider);
    const slug = text(values.slug);
    const title = text(values.title);
    const dir = text(values.dir);
    if (provider === undefined || slug === undefined) {
      throw new UsageError("Bitte geben Sie den Träger und den Kurznamen an.");
    }
    const result = await createOffer({
      offersDir: dir === undefined ? paths.offers : path.resolve(dir),
      provider,
      slug,
      today: text(values.today) ?? todayIso(),
      ...(title === undefined ? {} : { title }),
    });
    if (!result.ok) {
      console.error(result.message);
      return 1;
    }
    console.log(
      `Angelegt: ${path.relative(projectRoot, result.file)}\n` +
        `Öffnen Sie die Datei, ersetzen Sie jede Stelle mit „${placeholder}“ und prüfen Sie die Beispielwerte.\n` +
        "Danach prüfen: npm run validate",
    );
    return 0;
  },
);
