import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { minimalOffer, provider } from "../schema/__fixtures__/offers.js";
import { hasErrors, loadOffers, type LoadResult } from "./load.js";

const today = "2026-11-27";
const frontMatter = (data: object, body = "Beschreibung.\n") => `---\n${stringify(data)}---\n${body}`;

let root: string | undefined;

/** Writes files (path → content) below a fresh temporary `offers/` and loads it. */
async function load(files: Record<string, string>): Promise<LoadResult> {
  root = await mkdtemp(path.join(tmpdir(), "bildungsbruecke-load-"));
  const offersDir = path.join(root, "offers");
  await mkdir(offersDir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(offersDir, name)), { recursive: true });
    await writeFile(path.join(offersDir, name), content);
  }
  return loadOffers(offersDir, { today, root });
}

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const profile = frontMatter(provider, "Ein Träger.\n");
const offerFile = (overrides: object = {}, body?: string) => frontMatter({ ...minimalOffer, ...overrides }, body);
const messages = (result: LoadResult) =>
  result.diagnostics.map((diagnostic) => `${diagnostic.severity} ${diagnostic.file}: ${diagnostic.message}`);

describe("loadOffers", () => {
  it("publishes a valid offer with its derived values", async () => {
    const result = await load({
      "bildungswerk/_provider.md": profile,
      "bildungswerk/staplerschein.md": offerFile({ dates: [{ start: "2027-05-03" }, { start: "2027-03-01" }] }),
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.fileCount).toBe(1);
    expect(result.providers.map((entry) => entry.slug)).toEqual(["bildungswerk"]);
    const [offer] = result.offers;
    expect(offer).toMatchObject({
      id: "bildungswerk/staplerschein",
      url: "/angebote/bildungswerk/staplerschein/",
      file: "offers/bildungswerk/staplerschein.md",
      nextDate: { start: "2027-03-01" },
      sortDate: "2027-03-01",
      cities: ["remscheid"],
      bodyHtml: "<p>Beschreibung.</p>\n",
    });
    expect(offer?.upcomingDates.map((date) => date.start)).toEqual(["2027-03-01", "2027-05-03"]);
  });

  it("reports a provider folder without _provider.md and publishes none of its offers", async () => {
    const result = await load({ "ohne-profil/kurs.md": offerFile() });
    expect(messages(result)).toEqual([
      "error offers/ohne-profil/_provider.md: Die Datei _provider.md fehlt. Jeder Träger-Ordner braucht sie (Name, Anschrift, Kontakt).",
    ]);
    expect(result.offers).toEqual([]);
  });

  it("reports an offer file outside a provider folder", async () => {
    const result = await load({ "kurs.md": offerFile() });
    expect(messages(result)).toEqual([
      "error offers/kurs.md: Angebote gehören in den Ordner ihres Trägers: offers/<träger>/<angebot>.md.",
    ]);
  });

  it("reports folder and file names that cannot be part of a URL, and files that are not Markdown", async () => {
    const result = await load({
      "Mein Träger/_provider.md": profile,
      "Mein Träger/Kurs 1.md": offerFile(),
      "Mein Träger/notizen.txt": "Notiz",
    });
    expect(messages(result)).toEqual([
      "error offers/Mein Träger: Der Ordnername „Mein Träger“ ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „bildungswerk-wuppertal“.",
      "error offers/Mein Träger/notizen.txt: Im Ordner eines Trägers sind nur .md-Dateien erlaubt.",
      "error offers/Mein Träger/Kurs 1.md: Der Dateiname „Kurs 1.md“ ist nicht erlaubt. Nutzen Sie nur a–z, 0–9 und Bindestriche, z. B. „pflegebasiskurs.md“.",
    ]);
  });

  it("reports a missing offers folder", async () => {
    const result = await loadOffers(path.join(tmpdir(), "bildungsbruecke-gibt-es-nicht"), { today, root: tmpdir() });
    expect(messages(result)).toEqual(["error bildungsbruecke-gibt-es-nicht: Der Ordner mit den Angeboten fehlt."]);
  });

  describe("expired offers", () => {
    it("does not publish an offer after valid_until, and says why", async () => {
      const result = await load({
        "bildungswerk/_provider.md": profile,
        "bildungswerk/alt.md": offerFile({ valid_until: "2026-11-26" }),
      });
      expect(hasErrors(result)).toBe(false);
      expect(result.offers).toEqual([]);
      expect(result.unpublished).toEqual([
        { file: "offers/bildungswerk/alt.md", title: minimalOffer.title, reason: "abgelaufen: gültig bis 2026-11-26" },
      ]);
    });

    it("publishes on the last valid day", async () => {
      const result = await load({
        "bildungswerk/_provider.md": profile,
        "bildungswerk/heute.md": offerFile({ valid_until: today }),
      });
      expect(result.offers).toHaveLength(1);
    });

    it("does not publish an offer whose dates are all past, unless it has a rolling start", async () => {
      const past = { dates: [{ start: "2026-09-01", end: "2026-12-18" }] };
      const result = await load({
        "bildungswerk/_provider.md": profile,
        "bildungswerk/vorbei.md": offerFile(past),
        "bildungswerk/laufend.md": offerFile({ ...past, rolling_start: true }),
      });
      expect(result.unpublished).toEqual([
        {
          file: "offers/bildungswerk/vorbei.md",
          title: minimalOffer.title,
          reason: "alle Termine liegen in der Vergangenheit",
        },
      ]);
      expect(result.offers.map((offer) => [offer.slug, offer.nextDate, offer.sortDate])).toEqual([
        ["laufend", undefined, today],
      ]);
    });
  });

  describe("warnings", () => {
    const warnings = async (overrides: object) => {
      const result = await load({ "bildungswerk/_provider.md": profile, "bildungswerk/kurs.md": offerFile(overrides) });
      expect(hasErrors(result)).toBe(false);
      expect(result.offers).toHaveLength(1);
      return result.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.field, diagnostic.message]);
    };

    it.each([
      [
        "the data is older than six months, not on the day itself",
        "updated",
        "2026-05-27",
        "2026-05-26",
        "Die Angaben sind älter als 6 Monate (Stand 2026-05-26). Prüfen Sie das Angebot und setzen Sie ein neues Datum.",
      ],
      [
        "the offer expires within 30 days",
        "valid_until",
        "2026-12-28",
        "2026-12-27",
        "Das Angebot läuft bald ab (gültig bis 2026-12-27). Verlängern Sie es, wenn es weiter gilt.",
      ],
    ])("warns when %s", async (_name, field, quietDay, warnedDay, message) => {
      expect(await warnings({ [field]: quietDay })).toEqual([]);
      expect(await warnings({ [field]: warnedDay })).toEqual([["warning", field, message]]);
    });

    it("warns when the summary only repeats the title", async () => {
      expect(
        await warnings({ summary: "Staplerschein mit Lagerpraxis: in zwei Wochen, für Arbeitsuchende in Remscheid." }),
      ).toEqual([
        [
          "warning",
          "summary",
          "Die Kurzbeschreibung wiederholt den Titel. Schreiben Sie, was das Angebot bringt und für wen es ist.",
        ],
      ]);
    });

    it("#10: still publishes an old file's `amount: 0` for a funded offer, with a warning that says how to give the price", async () => {
      const result = await warnings({ costs: { amount: 0 }, funding: ["bildungsgutschein", "jobcenter"] });
      expect(result).toHaveLength(1);
      expect(result[0]?.slice(0, 2)).toEqual(["warning", "costs.amount"]);
      expect(result[0]?.[2]).toContain("costs: { amount: 14800, free_with: [bildungsgutschein, jobcenter] }");
      expect(result[0]?.[2]).toContain("ergänzen Sie kostenfrei unter funding");
    });

    it("#10: warns about a price with „kostenfrei“, and not about an offer free for all", async () => {
      expect((await warnings({ costs: { amount: 390 }, funding: ["kostenfrei"] }))[0]?.slice(0, 2)).toEqual([
        "warning",
        "costs.amount",
      ]);
      expect(await warnings({ costs: { amount: 0 }, funding: ["kostenfrei", "jobcenter"] })).toEqual([]);
      expect(
        await warnings({ costs: { amount: 14800, free_with: ["bildungsgutschein"] }, funding: ["bildungsgutschein"] }),
      ).toEqual([]);
    });
  });

  it("reports every problem of every file in one run, with lines", async () => {
    const result = await load({
      "a-traeger/_provider.md": frontMatter({ ...provider, website: "http://example.org" }),
      "a-traeger/kurs.md": offerFile({ format: "Präsenz" }),
      "b-traeger/_provider.md": profile,
      "b-traeger/kaputt.md": "---\ntitle: [\n---\n",
      "b-traeger/html.md": offerFile({}, "Text\n\n<script>alert(1)</script>\n"),
    });
    expect(result.diagnostics.map((diagnostic) => [diagnostic.file, diagnostic.line, diagnostic.field ?? ""])).toEqual([
      ["offers/a-traeger/_provider.md", 6, "website"],
      ["offers/a-traeger/kurs.md", 9, "format"],
      ["offers/b-traeger/html.md", 28, "Beschreibung"],
      ["offers/b-traeger/kaputt.md", 2, ""],
    ]);
    expect(result.fileCount).toBe(3);
    expect(result.offers).toEqual([]);
  });

  it("does not publish an offer that still contains template placeholders", async () => {
    const result = await load({
      "bildungswerk/_provider.md": profile,
      "bildungswerk/kurs.md": offerFile({ duration: "BITTE ERSETZEN: Dauer" }, "## Inhalte\n\nBITTE ERSETZEN: Text\n"),
    });
    expect(result.diagnostics.map((diagnostic) => [diagnostic.line, diagnostic.field, diagnostic.message])).toEqual([
      [16, "duration", "enthält noch „BITTE ERSETZEN“ aus der Vorlage. Schreiben Sie hier Ihren eigenen Text."],
      [28, "Beschreibung", "enthält noch „BITTE ERSETZEN“ aus der Vorlage. Schreiben Sie hier Ihren eigenen Text."],
    ]);
    expect(result.offers).toEqual([]);
  });
});
