import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { provider } from "../schema/__fixtures__/offers.js";
import { offerSchema } from "../schema/offer.js";
import { runScript } from "../testing/run-script.js";
import { loadOffers } from "./load.js";
import { createOffer, offerTemplate } from "./new-offer.js";
import { placeholder, placeholderDiagnostics } from "./placeholder.js";
import { parseSource } from "./source.js";

const today = "2026-11-27";
const fixtureProvider = path.join(projectRoot, "src/content/__fixtures__/broken/bildungswerk-beispiel/_provider.md");

function parseTemplate(text: string) {
  const parsed = parseSource("offers/bildungswerk/neu.md", new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.source;
}

/** What a provider does: replace every placeholder line with real text. */
const fillIn = (text: string) =>
  text
    .replace(/"BITTE ERSETZEN: Titel des Angebots"/, '"Bewerbungstraining kompakt"')
    .replace(
      /"BITTE ERSETZEN: In ein bis zwei Sätzen[^"]*"/,
      '"Zwei Wochen Training für Lebenslauf, Anschreiben und Vorstellungsgespräch."',
    )
    .replace(/"BITTE ERSETZEN: z\. B\.[^"]*"/, '"2 Wochen, 20 Std./Woche"')
    .replace(/^BITTE ERSETZEN: .*$/gm, "Sie üben Bewerbungen mit echten Stellenanzeigen.");

describe("offerTemplate", () => {
  const text = offerTemplate({ provider, today });
  const source = parseTemplate(text);

  it("is a valid offer except for the placeholders", () => {
    expect(offerSchema.safeParse(source.data).success).toBe(true);
    expect(placeholderDiagnostics(source).map((diagnostic) => diagnostic.field)).toEqual([
      "title",
      "summary",
      "duration",
      "Beschreibung",
      "Beschreibung",
    ]);
  });

  it("shows every field of the schema, optional ones switched off with #", () => {
    for (const key of Object.keys(offerSchema.shape)) expect(text).toMatch(new RegExp(`^(# )?${key}:`, "m"));
    expect(Object.keys(source.data)).toEqual([
      "title",
      "summary",
      "topics",
      "audiences",
      "format",
      "schedule",
      "locations",
      "dates",
      "duration",
      "costs",
      "funding",
      "contact",
      "updated",
      "valid_until",
    ]);
    expect(text).toContain("# degree: ");
    expect(text).toContain("# Erlaubt: praesenz, online, hybrid");
  });

  it("takes place and contact from the provider profile and dates in the future", () => {
    expect(source.data).toMatchObject({
      locations: [{ city: "wuppertal" }],
      contact: { phone: provider.phone, email: provider.email },
      updated: today,
      dates: [{ start: "2027-01-01" }],
      valid_until: "2028-01-01",
    });
  });

  it.each(['Kurs: "Deutsch & Beruf" #1', "2027", "true", "Staplerschein"])("keeps the title %j as text", (title) => {
    expect(parseTemplate(offerTemplate({ provider, today, title })).data.title).toBe(title);
  });
});

describe("createOffer", () => {
  let offersDir: string;

  beforeEach(async () => {
    offersDir = await mkdtemp(path.join(tmpdir(), "bildungsbruecke-new-offer-"));
    await cp(fixtureProvider, path.join(offersDir, "bildungswerk", "_provider.md"));
  });
  afterEach(() => rm(offersDir, { recursive: true, force: true }));

  const create = (options: { provider?: string; slug?: string; title?: string } = {}) =>
    createOffer({ offersDir, provider: "bildungswerk", slug: "bewerbungstraining", today, ...options });

  it("creates a file that passes the validator once the placeholders are replaced", async () => {
    const result = await create();
    expect(result).toEqual({ ok: true, file: path.join(offersDir, "bildungswerk", "bewerbungstraining.md") });
    const file = path.join(offersDir, "bildungswerk", "bewerbungstraining.md");

    const skeleton = await loadOffers(offersDir, { today, root: offersDir });
    expect(skeleton.offers).toEqual([]);
    expect(skeleton.diagnostics.every((diagnostic) => diagnostic.message.includes(placeholder))).toBe(true);

    await writeFile(file, fillIn(await readFile(file, "utf8")));
    const filled = await loadOffers(offersDir, { today, root: offersDir });
    expect(filled.diagnostics).toEqual([]);
    expect(filled.offers.map((offer) => offer.data.title)).toEqual(["Bewerbungstraining kompakt"]);
  });

  it("never overwrites an existing file", async () => {
    const file = path.join(offersDir, "bildungswerk", "bewerbungstraining.md");
    await writeFile(file, "mein Text");
    expect(await create()).toEqual({
      ok: false,
      message:
        "Die Datei bildungswerk/bewerbungstraining.md gibt es schon. Bearbeiten Sie sie oder wählen Sie einen anderen Kurznamen.",
    });
    expect(await readFile(file, "utf8")).toBe("mein Text");
  });

  it("refuses an unknown provider and suggests the one meant", async () => {
    expect(await create({ provider: "bildungswrek" })).toEqual({
      ok: false,
      message: "Den Träger „bildungswrek“ gibt es nicht (kein Ordner mit _provider.md). Meinten Sie „bildungswerk“?",
    });
    expect(await create({ provider: "volkshochschule" })).toEqual({
      ok: false,
      message:
        "Den Träger „volkshochschule“ gibt es nicht (kein Ordner mit _provider.md). Vorhandene Träger: bildungswerk.",
    });
  });

  it("refuses a provider whose profile is broken", async () => {
    await writeFile(path.join(offersDir, "bildungswerk", "_provider.md"), "---\nname: x\n---\n");
    expect(await create()).toEqual({
      ok: false,
      message: "Das Profil bildungswerk/_provider.md hat Fehler. Prüfen Sie es zuerst mit: npm run validate",
    });
  });

  it("refuses a file name that cannot be part of a URL and proposes one", async () => {
    expect(await create({ slug: "Übungsfirma Büro" })).toEqual({
      ok: false,
      message:
        "Der Kurzname „Übungsfirma Büro“ ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „uebungsfirma-buero“.",
    });
  });

  it("answers on the command line in German, without a stack trace", async () => {
    const args = ["--dir", offersDir, "--provider", "bildungswerk", "--slug", "kurs", "--today", today];
    const created = await runScript("new-offer.ts", args);
    expect(created.stdout).toContain("Angelegt:");
    const again = await runScript("new-offer.ts", args);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(
      "Die Datei bildungswerk/kurs.md gibt es schon. Bearbeiten Sie sie oder wählen Sie einen anderen Kurznamen.",
    );
  });
});
