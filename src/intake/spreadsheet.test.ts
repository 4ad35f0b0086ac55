import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { guidePath, replaceGenerated } from "../schema/field-reference.js";
import {
  columnLetter,
  columnMarkers,
  columnReference,
  csvCell,
  csvText,
  decodeSpreadsheet,
  readSpreadsheet,
  rowOffer,
  templateHeaders,
} from "./spreadsheet.js";

describe("#11: reading a spreadsheet", () => {
  it("reads UTF-8 with or without BOM, and Windows-1252 including €, „“ and –", () => {
    expect(decodeSpreadsheet(new TextEncoder().encode("\uFEFFKür"))).toBe("Kür");
    expect(decodeSpreadsheet(new Uint8Array([0x4b, 0xfc, 0x72, 0x20, 0x80, 0x84, 0x93, 0x96]))).toBe("Kür €„“–");
  });

  it("names unknown and doubled headers by column letter, with a suggestion", () => {
    const sheet = readSpreadsheet("Titel;Zielgrupen;Titel\r\nKurs;x;y\r\n");
    expect(sheet).toEqual({
      ok: false,
      messages: [
        "Spalte B: Die Überschrift „Zielgrupen“ kennt der Import nicht – meinten Sie „Zielgruppen“?",
        "Spalte C: Die Überschrift „Titel“ steht schon in Spalte A.",
      ],
    });
    expect(readSpreadsheet('Titel\r\n"Kurs\r\n')).toEqual({
      ok: false,
      messages: [expect.stringMatching(/Anführungszeichen wird nicht geschlossen/)],
    });
    expect(readSpreadsheet("Titel;\r\nKurs;verloren\r\n")).toMatchObject({ ok: false });
  });

  it("reads comma-separated files too, and skips empty rows but keeps row numbers", () => {
    const sheet = readSpreadsheet("Titel,Dauer\n,\n\nKurs,2 Wochen\n");
    expect(sheet.ok && sheet.rows.map((row) => row.row)).toEqual([4]);
  });

  it("fills numbered list columns in their order and names the column of a message", () => {
    const sheet = readSpreadsheet("Beginn 1;Beginn 3;Ort 2;Kurzname\r\n;01.09.2027;Solingen;kurs\r\n");
    if (!sheet.ok) throw new Error(sheet.messages.join());
    const offer = rowOffer(sheet.columns, sheet.rows[0] ?? { row: 2, cells: [] });
    expect(offer.slug).toBe("kurs");
    expect(offer.body).toBeUndefined();
    const applied = offer.apply({ title: "Kurs", dates: [{ start: "2027-01-01" }] });
    expect(applied.data).toEqual({
      title: "Kurs",
      dates: [{ start: "2027-09-01" }],
      locations: [{ city: "solingen" }],
    });
    expect(applied.place("dates[0].start")).toBe("Spalte „Beginn 3“");
    expect(applied.place("locations[0].address")).toBe("Kursort 2");
    expect(applied.place("topics[1]")).toBe("Spalte „Themen“");
    expect(applied.place("contact")).toBe("Kontakt");
  });

  it("counts column letters past Z", () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ"]);
  });
});

describe("#11: writing a spreadsheet", () => {
  it("quotes what needs it and keeps formulas from running", () => {
    expect(csvCell("Teilzeit; vormittags")).toBe('"Teilzeit; vormittags"');
    expect(csvCell('Kurs "Plus"')).toBe('"Kurs ""Plus"""');
    expect(csvCell("=1+1")).toBe('"\'=1+1"');
    expect(csvCell("@SUMME(A1)")).toBe('"\'@SUMME(A1)"');
    expect(csvCell("-2")).toBe('"\'-2"');
    expect(
      csvText([
        ["A", "B"],
        ["1", "2"],
      ]),
    ).toBe("\uFEFFA;B\r\n1;2\r\n");
  });
});

describe("#11: the guide's list of spreadsheet columns", () => {
  it("is current (run `npm run schema` after changing the form's fields) and names every template column", async () => {
    const guide = await readFile(path.join(projectRoot, guidePath), "utf8");
    expect(replaceGenerated(guide, columnReference(), columnMarkers)).toBe(guide);
    const listed = columnReference();
    for (const header of templateHeaders(1)) expect(listed).toContain(`| ${header.replace(/ 1$/, " 1, ")}`);
  });
});
