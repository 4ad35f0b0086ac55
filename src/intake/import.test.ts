/**
 * #11: `npm run import` as a provider uses it: a spreadsheet saved by German
 * Excel becomes valid offer files; a spreadsheet with mistakes writes nothing
 * and names row and column; argument mistakes get a German usage line.
 */
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { hasErrors, loadOffers } from "../content/load.js";
import { formatReport } from "../content/report.js";
import { parseSource } from "../content/source.js";
import { runScript } from "../testing/run-script.js";
import { decodeSpreadsheet, readSpreadsheet, templateHeaders } from "./spreadsheet.js";

const fixtures = path.join(projectRoot, "src/intake/__fixtures__");
const today = "2026-12-01";
let temp: string;
let offersDir: string;

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "bb-import-"));
  offersDir = path.join(temp, "offers");
  await cp(path.join(fixtures, "offers"), offersDir, { recursive: true });
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

const runImport = (sheet: string, ...args: string[]) =>
  runScript("import.ts", [sheet, "--provider", "lernwerk-beispiel", "--dir", offersDir, "--today", today, ...args]);

/** Every file of the provider folder with its content. */
async function folder(): Promise<Record<string, string>> {
  const dir = path.join(offersDir, "lernwerk-beispiel");
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), "utf8")])),
  );
}

async function offerFile(name: string) {
  const parsed = parseSource(name, await readFile(path.join(offersDir, "lernwerk-beispiel", name)));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return parsed.source;
}

describe("#11: npm run import", () => {
  it("imports a German Excel CSV (semicolons, Windows-1252, a cell with line breaks) to valid files", async () => {
    const run = await runImport(path.join(fixtures, "kurse-windows-1252.csv"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 neu, 1 geändert, 0 unverändert.");

    const load = await loadOffers(offersDir, { today, root: temp });
    expect(hasErrors(load), formatReport(load)).toBe(false);
    expect(load.offers.map((offer) => offer.id)).toEqual([
      "lernwerk-beispiel/excel-grundkurs",
      "lernwerk-beispiel/pflege-grundlagen-quereinstieg",
    ]);
    // Matched by its short name: updated, not duplicated; its description stays, as the cell is empty.
    expect(Object.keys(await folder())).toEqual([
      "_provider.md",
      "excel-grundkurs.md",
      "pflege-grundlagen-quereinstieg.md",
    ]);
    const updated = await offerFile("excel-grundkurs.md");
    expect(updated.body).toBe("## Inhalte\n\nDie Beschreibung aus der Datei bleibt, wenn die Tabelle keine hat.\n");
    expect(updated.data).toMatchObject({
      audiences: ["berufsrueckkehrende", "alleinerziehende"],
      schedule: ["teilzeit", "vormittags"],
      costs: { amount: 1290.5 },
      dates: [{ start: "2027-01-11", end: "2027-02-05" }, { start: "2027-03-01" }],
      locations: [{ city: "remscheid", address: "Übungsweg 7, 42853 Remscheid", accessible: true }],
      updated: "2026-12-01",
    });
    // Labels become slugs, even one with a comma; Windows-1252 characters (–) arrive intact.
    const created = await offerFile("pflege-grundlagen-quereinstieg.md");
    expect(created.data).toMatchObject({
      title: "Pflege-Grundlagen – Quereinstieg",
      topics: ["gesundheit-pflege-soziales"],
      funding: ["bildungsgutschein", "avgs"],
      contact: { email: "pflege@lernwerk.example.org" },
    });
    expect(created.body).toBe(
      "## Inhalte\n\n- Grundpflege und Hygiene\n- Gespräche mit Pflegebedürftigen und Angehörigen\n\n## Ablauf\n\nUnterricht im Lernwerk; danach vier Wochen Praktikum.\n",
    );
  });

  it("writes nothing for a CSV with errors and names row and column of each", async () => {
    const before = await folder();
    const run = await runImport(path.join(fixtures, "kurse-fehler.csv"));
    expect(run.code).toBe(1);
    expect(await folder()).toEqual(before);
    const lines = run.stderr.split("\n").map((line) => line.trim());
    expect(lines[0]).toBe(
      `Die Tabelle ${path.join(fixtures, "kurse-fehler.csv")} hat Fehler. Es wurde nichts geschrieben.`,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        "Zeile 3, Spalte „Kurzbeschreibung“: ist zu kurz (8 Zeichen, mindestens 45).",
        expect.stringMatching(/^Zeile 3, Spalte „Themen“: unbekannter Wert „Pflege“/),
        "Zeile 3, Spalte „Rollstuhlgerecht 1“: muss true oder false sein, gefunden: „vielleicht“.",
        expect.stringMatching(/^Zeile 3, Spalte „Beginn 1“: ist kein gültiges Datum/),
        "Zeile 3, Spalte „Kosten in Euro“: muss eine Zahl sein, gefunden: „kostenlos“.",
        expect.stringMatching(/^Zeile 3, Kontakt: fehlt\./),
        "Zeile 4, Spalte „Kurzname“: „excel-grundkurs“ steht schon in Zeile 2. Jedes Angebot braucht einen eigenen Kurznamen.",
      ]),
    );
    // Row 2 is valid: only rows with mistakes are named.
    expect(lines.filter((line) => line.startsWith("Zeile 2"))).toEqual([]);
  });

  it("only shows what it would write with --dry-run", async () => {
    const before = await folder();
    const run = await runImport(path.join(fixtures, "kurse-windows-1252.csv"), "--dry-run");
    expect(run.code).toBe(0);
    expect(await folder()).toEqual(before);
    expect(run.stdout).toMatch(/^Probelauf \(--dry-run\): Es wurde nichts geschrieben\./);
    expect(run.stdout).toContain("neu: ");
    expect(run.stdout).toContain('title: "Pflege-Grundlagen – Quereinstieg"');
    expect(run.stdout).toContain("Der Import würde schreiben: 1 neu, 1 geändert, 0 unverändert.");
  });

  it("refuses wrong arguments with a German usage line and no stack trace", async () => {
    const sheet = path.join(fixtures, "kurse-windows-1252.csv");
    const runs = await Promise.all([
      runScript("import.ts", [sheet]),
      runScript("import.ts", [sheet, "--provider", "lernwerk-beispiel", "--unbekannt"]),
      runScript("import.ts", [sheet, "--provider", "lernwerk-beispeil", "--dir", offersDir]),
      runScript("import.ts", ["fehlt.csv", "--provider", "lernwerk-beispiel", "--dir", offersDir]),
    ]);
    expect(runs.map((run) => run.code)).toEqual([1, 1, 1, 1]);
    expect(runs[0]?.stderr).toContain("Aufruf: npm run import -- <tabelle.csv> --provider <träger-ordner> [--dry-run]");
    expect(runs[1]?.stderr).toContain("Die Angaben beim Aufruf stimmen nicht.");
    expect(runs[2]?.stderr).toContain("Meinten Sie „lernwerk-beispiel“?");
    expect(runs[3]?.stderr).toContain("fehlt.csv gibt es nicht.");
    for (const run of runs) expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    const help = await runScript("import.ts", ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--dry-run +nur zeigen, was geschrieben würde/);
  });
});

describe("#11: the template docs/vorlage-angebote.csv", () => {
  it("has every column of the import, two course dates and locations, and imports cleanly", async () => {
    const template = path.join(projectRoot, "docs/vorlage-angebote.csv");
    const sheet = readSpreadsheet(decodeSpreadsheet(await readFile(template)));
    expect(sheet.ok && sheet.columns.map((column) => column.header)).toEqual(templateHeaders(2));
    const run = await runImport(template);
    expect(run.stderr).toBe("");
    const load = await loadOffers(offersDir, { today, root: temp });
    expect(hasErrors(load), formatReport(load)).toBe(false);
    expect(load.offers.map((offer) => offer.id)).toContain("lernwerk-beispiel/staplerschein-lagerpraxis");
  });
});
