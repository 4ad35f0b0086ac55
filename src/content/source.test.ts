import { describe, expect, it } from "vitest";
import { maxFileBytes, parseSource, type ParseResult } from "./source.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string | Uint8Array) =>
  parseSource("offers/a/b.md", typeof text === "string" ? bytes(text) : text);

function parsed(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a parsed file, got ${JSON.stringify(result.diagnostics)}`);
  return result.source;
}

function failure(result: ParseResult) {
  if (result.ok) throw new Error("expected a diagnostic");
  expect(result.diagnostics).toHaveLength(1);
  const [diagnostic] = result.diagnostics;
  expect(diagnostic?.severity).toBe("error");
  expect(diagnostic?.file).toBe("offers/a/b.md");
  return { line: diagnostic?.line, message: diagnostic?.message ?? "" };
}

const file = [
  "---",
  'title: "Staplerschein"',
  "topics: [lager-logistik]",
  "dates:",
  "  - start: 2027-03-01",
  "    end: 2027-03-12",
  "contact:",
  '  phone: "0202 1234567"',
  "---",
  "## Inhalte",
  "",
  "Text.",
  "",
].join("\n");

describe("parseSource", () => {
  it("splits front matter and body and keeps dates as strings", () => {
    const source = parsed(parse(file));
    expect(source.data).toEqual({
      title: "Staplerschein",
      topics: ["lager-logistik"],
      dates: [{ start: "2027-03-01", end: "2027-03-12" }],
      contact: { phone: "0202 1234567" },
    });
    expect(source.body).toBe("## Inhalte\n\nText.\n");
    expect(source.bodyStartLine).toBe(10);
  });

  it("finds the line of a field, of a list entry, and of the parent of a missing field", () => {
    const source = parsed(parse(file));
    expect(source.lineOf(["title"])).toBe(2);
    expect(source.lineOf(["topics", 0])).toBe(3);
    expect(source.lineOf(["dates", 0, "end"])).toBe(6);
    expect(source.lineOf(["dates", 0, "registration_until"])).toBe(5);
    expect(source.lineOf(["contact", "email"])).toBe(7);
    expect(source.lineOf(["summary"])).toBeUndefined();
  });

  it("accepts a byte-order mark and Windows line ends with the same line numbers", () => {
    const windows = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(file.replaceAll("\n", "\r\n"))]);
    const source = parsed(parse(windows));
    expect(source.data).toEqual(parsed(parse(file)).data);
    expect(source.body).toBe("## Inhalte\n\nText.\n");
    expect(source.bodyStartLine).toBe(10);
    expect(source.lineOf(["dates", 0, "end"])).toBe(6);
  });

  it.each([
    ["Latin-1", new Uint8Array([...bytes("---\ntitle: Gr"), 0xfc, ...bytes("n\n---\n")])],
    [
      "UTF-16 with byte-order mark",
      new Uint8Array([0xff, 0xfe, ...[..."---\n"].flatMap((char) => [char.charCodeAt(0), 0])]),
    ],
  ])("refuses %s with a hint to save as UTF-8", (_name, input) => {
    expect(failure(parse(input)).message).toBe(
      "Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie im Editor mit der Kodierung „UTF-8“.",
    );
  });

  it("refuses UTF-16 without byte-order mark, which decodes to NUL characters", () => {
    const utf16 = new Uint8Array([..."---\ntitle: x\n---\n"].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(failure(parse(utf16)).message).toContain("UTF-8");
  });

  it("refuses an empty file", () => {
    expect(failure(parse("")).message).toBe("Die Datei ist leer. Schreiben Sie die Angaben zwischen zwei Zeilen ---.");
  });

  it("refuses a file without front matter", () => {
    expect(failure(parse("# Staplerschein\n\nText.\n"))).toEqual({
      line: 1,
      message: "Die Datei muss mit einer Zeile --- beginnen; danach folgen die Angaben und wieder eine Zeile ---.",
    });
  });

  it("refuses front matter that is never closed", () => {
    expect(failure(parse("---\ntitle: Staplerschein\n\nText.\n"))).toEqual({
      line: 1,
      message: "Die Angaben im Kopf werden nicht mit einer Zeile --- abgeschlossen.",
    });
  });

  it("reports a YAML syntax error with its line", () => {
    expect(failure(parse('---\ntopics: [lager-logistik]\ntitle: "Staplerschein\nformat: praesenz\n---\n'))).toEqual({
      // YAML notices the open quote where the text ends, one line below it.
      line: 4,
      message:
        "Der Kopf der Datei ist kein gültiges YAML. Es fehlt ein Zeichen, oft ein schließendes Anführungszeichen oder eine Klammer ] oder }. Es kann auch in einer Zeile weiter oben fehlen.",
    });
  });

  it("reports tabs used for indentation", () => {
    const result = failure(parse("---\ncontact:\n\tphone: 0202\n---\n"));
    expect(result.line).toBe(3);
    expect(result.message).toContain("Tabulatoren");
  });

  it("reports a field written twice", () => {
    expect(failure(parse("---\ntitle: A\nformat: online\ntitle: B\n---\n"))).toEqual({
      line: 4,
      message:
        "Der Kopf der Datei ist kein gültiges YAML. Ein Feld steht doppelt im Kopf. Löschen Sie eine der beiden Zeilen.",
    });
  });

  it("stops an alias bomb quickly instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 12; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const started = performance.now();
    const result = failure(parse(`---\n${levels.join("\n")}\n---\n`));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.message).toBe(
      "Die Angaben nutzen zu viele YAML-Verweise (& und *). Schreiben Sie die Werte direkt aus, ohne Anker und Verweise.",
    );
  });

  it("allows a few aliases", () => {
    expect(parsed(parse("---\nort: &ort wuppertal\nstadt: *ort\n---\n")).data).toEqual({
      ort: "wuppertal",
      stadt: "wuppertal",
    });
  });

  it("refuses a file above the size limit before parsing it", () => {
    const huge = new Uint8Array(maxFileBytes + 1).fill(0x2d);
    expect(failure(parse(huge)).message).toBe(
      "Die Datei ist zu groß (201 KB, erlaubt sind 200 KB). Kürzen Sie die Beschreibung.",
    );
  });

  it.each([
    ["a list", "---\n- title\n- summary\n---\n"],
    ["a single text", "---\nStaplerschein\n---\n"],
    ["a number", "---\n42\n---\n"],
  ])("refuses front matter that is %s instead of fields", (_name, text) => {
    expect(failure(parse(text))).toEqual({
      line: 2,
      message: "Im Kopf der Datei müssen Felder stehen, jeweils als „feld: wert“.",
    });
  });

  it("refuses front matter with nothing in it", () => {
    expect(failure(parse("---\n---\nText.\n")).message).toBe("Die Angaben im Kopf der Datei fehlen.");
    expect(failure(parse("---\n# nur ein Kommentar\n---\nText.\n")).message).toBe(
      "Die Angaben im Kopf der Datei fehlen.",
    );
  });

  it("reads YAML 1.1 words like yes and no as text, not as booleans", () => {
    expect(parsed(parse("---\nazav: yes\nformat: on\n---\n")).data).toEqual({ azav: "yes", format: "on" });
  });
});
