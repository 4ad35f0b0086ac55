/**
 * Offers from a spreadsheet, as German Excel saves it as CSV: semicolons,
 * UTF-8 (with or without BOM) or Windows-1252, quoted cells with line breaks.
 * The header row names the columns with the fields' German labels; lists of
 * entries (course dates, locations) have numbered columns (`Beginn 1`,
 * `Beginn 2`, `Ort 1` …). Each row becomes the front matter and body of one
 * offer file; this module only reads and maps, `import.ts` checks and writes.
 */
import { parse } from "csv-parse/sync";
import { suggest } from "../content/suggest.js";
import { markdownTable } from "../schema/field-reference.js";
import { offerForm, type FieldSpec } from "./fields.js";
import { valueFromText, withValue, type PathStep } from "./values.js";

/** Columns that are not fields of the front matter. */
export const fileColumns = {
  slug: "Kurzname",
  body: "Beschreibung",
} as const;

/** What a column holds: the file name, the body, or one field (with its entry number in a list). */
export type Column =
  /** A column without a header; it must stay empty (its header is the column letter). */
  | { readonly kind: "slug" | "body" | "unnamed"; readonly header: string }
  | { readonly kind: "field"; readonly header: string; readonly spec: FieldSpec; readonly path: readonly PathStep[] };

/** One data row: its row number as the spreadsheet shows it, and its cells by column. */
export interface SheetRow {
  /** Row number in the spreadsheet (the header is row 1). */
  readonly row: number;
  readonly cells: readonly string[];
}

/** A read spreadsheet, or a German message why it cannot be read. */
export type Sheet =
  | { readonly ok: true; readonly columns: readonly Column[]; readonly rows: readonly SheetRow[] }
  | { readonly ok: false; readonly messages: readonly string[] };

/**
 * The text of a CSV file: UTF-8 when the bytes are valid UTF-8 (a BOM is
 * dropped), otherwise Windows-1252, which German Excel uses for "CSV (Trennzeichen-getrennt)".
 * @example decodeSpreadsheet(new Uint8Array([0x4b, 0xfc, 0x72])) // "Kür"
 */
export function decodeSpreadsheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Node's TextDecoder reads "windows-1252" as Latin-1, so 0x80–0x9F (€, „, “, –, …) are mapped here.
    return Array.from(bytes, (byte) => windows1252High[byte - 0x80] ?? String.fromCharCode(byte)).join("");
  }
}

/** The characters of Windows-1252 at 0x80–0x9F; the five unassigned bytes stay as they are. */
const windows1252High = [..."€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"];

const headerKey = (header: string) => header.replace(/\s+/g, " ").trim().toLowerCase();

/** Column headers by their normalised text: the plain fields, and the numbered fields of lists. */
function knownHeaders() {
  const plain = new Map<string, Column>([
    [headerKey(fileColumns.slug), { kind: "slug", header: fileColumns.slug }],
    [headerKey(fileColumns.body), { kind: "body", header: fileColumns.body }],
  ]);
  const numbered = new Map<string, { group: string; spec: FieldSpec }>();
  for (const item of offerForm) {
    if (item.kind !== "group") {
      plain.set(headerKey(item.label), { kind: "field", header: item.label, spec: item, path: [item.key] });
      continue;
    }
    for (const spec of item.fields) {
      if (item.repeat) numbered.set(headerKey(spec.label), { group: item.key, spec });
      else plain.set(headerKey(spec.label), { kind: "field", header: spec.label, spec, path: [item.key, spec.key] });
    }
  }
  return { plain, numbered };
}

/** The field columns of a sheet in form order, each with its header and path; lists with `entries` numbered columns each. */
export function sheetFields(entries: number): { readonly header: string; readonly path: readonly PathStep[] }[] {
  return offerForm.flatMap((item) => {
    if (item.kind !== "group") return [{ header: item.label, path: [item.key] }];
    if (!item.repeat) return item.fields.map((spec) => ({ header: spec.label, path: [item.key, spec.key] }));
    return Array.from({ length: entries }, (_, index) =>
      item.fields.map((spec) => ({ header: `${spec.label} ${index + 1}`, path: [item.key, index, spec.key] })),
    ).flat();
  });
}

/**
 * The header of each column of the import template, in form order.
 * @example templateHeaders(2).slice(0, 3) // ["Kurzname", "Titel", "Kurzbeschreibung"]
 */
export function templateHeaders(entries: number): string[] {
  return [fileColumns.slug, ...sheetFields(entries).map((column) => column.header), fileColumns.body];
}

/** Maps the header row to columns; unknown or doubled headers are errors with a suggestion. */
function readHeader(headers: readonly string[]): { columns: Column[]; messages: string[] } {
  const { plain, numbered } = knownHeaders();
  const columns: Column[] = [];
  const messages: string[] = [];
  const seen = new Map<string, number>();
  headers.forEach((header, index) => {
    const key = headerKey(header);
    const letter = columnLetter(index);
    if (key === "") {
      columns.push({ kind: "unnamed", header: letter });
      return;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      messages.push(
        `Spalte ${letter}: Die Überschrift „${header.trim()}“ steht schon in Spalte ${columnLetter(earlier)}.`,
      );
    }
    seen.set(key, index);
    const known = plain.get(key);
    const match = /^(.*?) ?(\d+)$/.exec(key);
    const listed = numbered.get(match?.[1] ?? key);
    if (known) columns.push(known);
    else if (listed) {
      const entry = match ? Number(match[2]) - 1 : 0;
      columns.push({
        kind: "field",
        header: header.trim(),
        spec: listed.spec,
        path: [listed.group, Math.max(entry, 0), listed.spec.key],
      });
    } else {
      const guess = suggest(header, templateHeaders(Math.max(1, Number(match?.[2] ?? 1))));
      messages.push(
        `Spalte ${letter}: Die Überschrift „${header.trim()}“ kennt der Import nicht` +
          (guess === undefined
            ? ". Nutzen Sie die Überschriften aus docs/vorlage-angebote.csv."
            : ` – meinten Sie „${guess}“?`),
      );
    }
  });
  return { columns, messages };
}

/**
 * The spreadsheet column letter of a 0-based column index.
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

const csvMessages: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'Ein Anführungszeichen wird nicht geschlossen. Prüfen Sie Zellen mit einem " am Anfang; speichern Sie die Tabelle am besten neu aus Excel.',
};

/**
 * Reads a CSV file's text into columns and rows. The separator is a semicolon,
 * or a comma when the header row has commas and no semicolon.
 */
export function readSpreadsheet(text: string): Sheet {
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n"));
  const delimiter = !firstLine.includes(";") && firstLine.includes(",") ? "," : ";";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const where = typeof lines === "number" ? `Zeile ${lines}: ` : "";
    return {
      ok: false,
      messages: [`${where}${csvMessages[code ?? ""] ?? "Die Datei ist keine lesbare CSV-Datei."}`],
    };
  }
  const [headers, ...data] = records;
  if (headers === undefined || headers.every((cell) => cell.trim() === "")) {
    return { ok: false, messages: ["Die Datei ist leer. In der ersten Zeile stehen die Überschriften der Spalten."] };
  }
  const { columns, messages } = readHeader(headers);
  if (messages.length > 0) return { ok: false, messages };
  const rows = data
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  const unnamed = columns.flatMap((column, index) =>
    column.kind === "unnamed" && rows.some((row) => (row.cells[index] ?? "").trim() !== "") ? [column.header] : [],
  );
  if (unnamed.length > 0) {
    return {
      ok: false,
      messages: unnamed.map(
        (letter) =>
          `Spalte ${letter}: Die Spalte hat Werte, aber keine Überschrift. Ergänzen Sie die Überschrift in Zeile 1.`,
      ),
    };
  }
  // Cells beyond the header row's columns would be lost.
  const wide = rows.filter((row) => row.cells.slice(columns.length).some((cell) => cell.trim() !== ""));
  if (wide.length > 0) {
    return {
      ok: false,
      messages: wide.map(
        (row) =>
          `Zeile ${row.row}: Die Zeile hat mehr Spalten als die Kopfzeile. Ergänzen Sie die Überschriften in Zeile 1.`,
      ),
    };
  }
  return { ok: true, columns, rows };
}

/** One row applied to an offer's front matter, and where each field came from. */
export interface AppliedRow {
  readonly data: Record<string, unknown>;
  /**
   * Where a field of a message sits in the sheet, in German.
   * @example place("dates[1].start") // "Spalte „Beginn 2“"
   */
  place(field: string | undefined): string | undefined;
}

/** One row as an offer: file name and body (`undefined` where the sheet has no such column or the cell is empty). */
export interface RowOffer {
  readonly slug: string | undefined;
  readonly body: string | undefined;
  /** Applies the row's cells to an offer's front matter (an existing file's, or `{}`). */
  apply(data: Readonly<Record<string, unknown>>): AppliedRow;
}

/**
 * Reads one row. Columns the sheet does not have leave the existing value
 * alone; an empty cell removes it. A list with numbered columns is replaced by
 * the entries the row fills in, in the order of their numbers.
 */
export function rowOffer(columns: readonly Column[], row: SheetRow): RowOffer {
  const cell = (index: number) => (row.cells[index] ?? "").replace(/\r\n?/g, "\n");
  const slugIndex = columns.findIndex((column) => column.kind === "slug");
  const bodyIndex = columns.findIndex((column) => column.kind === "body");
  const fields = columns.flatMap((column, index) => (column.kind === "field" ? [{ column, index }] : []));
  return {
    slug: slugIndex === -1 ? undefined : cell(slugIndex).trim() || undefined,
    body: bodyIndex === -1 || cell(bodyIndex).trim() === "" ? undefined : `${cell(bodyIndex).trim()}\n`,
    apply(data) {
      let result: Record<string, unknown> = { ...data };
      // Entry number (1, 2, …) → that entry's values, per list.
      const lists = new Map<string, Map<number, Record<string, unknown>>>();
      for (const { column, index } of fields) {
        const value = valueFromText(column.spec, cell(index));
        const [key = "", entry, sub] = column.path;
        if (typeof entry !== "number") {
          result = withValue(result, column.path, value);
          continue;
        }
        const entries = lists.get(String(key)) ?? new Map<number, Record<string, unknown>>();
        lists.set(String(key), entries);
        if (value !== undefined) entries.set(entry + 1, { ...entries.get(entry + 1), [String(sub)]: value });
      }
      const numbers = new Map<string, number[]>();
      for (const [key, entries] of lists) {
        const sorted = [...entries].sort(([a], [b]) => a - b);
        numbers.set(
          key,
          sorted.map(([number]) => number),
        );
        result = withValue(result, [key], sorted.length === 0 ? undefined : sorted.map(([, entry]) => entry));
      }
      return { data: result, place: (field) => placeOf(field, columns, numbers) };
    },
  };
}

/** The column (or the columns' section) of a message's field path, e.g. `dates[1].start` → Spalte „Beginn 2“. */
function placeOf(
  field: string | undefined,
  columns: readonly Column[],
  numbers: ReadonlyMap<string, readonly number[]>,
): string | undefined {
  if (field === undefined || field === "") return undefined;
  if (field === fileColumns.body) return `Spalte „${fileColumns.body}“`;
  const [, key = "", index, sub] = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(field) ?? [];
  const item = offerForm.find((candidate) => candidate.key === key);
  if (item === undefined) return undefined;
  if (item.kind !== "group") return `Spalte „${item.label}“`;
  const spec = item.fields.find((candidate) => candidate.key === sub);
  if (spec === undefined) return item.label;
  if (!item.repeat) return `Spalte „${spec.label}“`;
  const number = numbers.get(key)?.[Number(index)] ?? Number(index) + 1;
  const header = `${spec.label} ${number}`;
  const known = columns.some((column) => headerKey(column.header) === headerKey(header));
  return known ? `Spalte „${header}“` : `${item.entryLabel ?? item.label} ${number}`;
}

/** Cells that spreadsheet programs would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One cell for a CSV file: a leading formula character gets an apostrophe so
 * Excel shows the text instead of running it; quoted when needed.
 * @example csvCell("=HYPERLINK(…)") // "\"'=HYPERLINK(…)\""
 */
export function csvCell(text: string): string {
  const safe = formulaStart.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) || safe !== safe.trim() || safe.startsWith("'")
    ? `"${safe.replaceAll('"', '""')}"`
    : safe;
}

/**
 * A CSV file as German Excel reads it: UTF-8 with BOM, semicolons, CRLF line ends.
 * @example csvText([["Titel"], ["Kurs"]]) // "\uFEFFTitel\r\nKurs\r\n"
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(";")).join("\r\n")}\r\n`;
}

/** The comment lines that enclose the generated column list in the provider guide. */
export const columnMarkers = {
  start: "<!-- tabellenspalten:start -->",
  end: "<!-- tabellenspalten:end -->",
} as const;

const howToWrite: Record<FieldSpec["kind"], string> = {
  text: "Text",
  longtext: "Text, auch mit Zeilenumbrüchen",
  number: "Zahl, z. B. `1.290,50`",
  date: "Datum, z. B. `01.03.2027`",
  url: "Link, beginnt mit `https://`",
  email: "E-Mail-Adresse",
  tel: "Telefonnummer",
  choice: "ein Wert: Bezeichnung oder Kürzel",
  choices: "Bezeichnungen oder Kürzel, mit Komma getrennt",
  yesno: "`ja` oder `nein`",
  codes: "Kürzel, mit Komma getrennt, z. B. `de, en`",
};

/** A requirement with column names instead of field keys: "Pflicht, wenn „E-Mail“ fehlt". */
function requirementText(requirement: string): string {
  return requirement.replace(/`(\w+)(: true)?`/g, (_match, key: string, isTrue?: string) => {
    const spec = offerForm
      .flatMap((item) => (item.kind === "group" ? item.fields : [item]))
      .find((candidate) => candidate.key === key);
    return `„${spec?.label ?? key}“${isTrue ? " ist ja" : ""}`;
  });
}

/**
 * The guide's list of the template's columns: header, whether it is required,
 * what it means (the schema's description) and how to write it.
 */
export function columnReference(): string {
  const rows = offerForm.flatMap((item) => {
    if (item.kind !== "group")
      return [[item.label, requirementText(item.requirement), item.hint, howToWrite[item.kind]]];
    return item.fields.map((spec) => [
      item.repeat ? `${spec.label} 1, ${spec.label} 2, …` : spec.label,
      item.repeat && !spec.optional
        ? `${requirementText(item.requirement)} (für jeden ${item.entryLabel ?? item.label})`
        : requirementText(spec.requirement),
      spec.hint || `${spec.label}.`,
      howToWrite[spec.kind],
    ]);
  });
  return markdownTable(
    ["Spalte", "Pflicht?", "Bedeutung", "So schreiben Sie es"],
    [
      [
        fileColumns.slug,
        "optional",
        "Name der Datei; fehlt er, wird er aus dem Titel gebildet. Gleicher Kurzname: die Datei wird aktualisiert.",
        "a–z, 0–9 und `-`, z. B. `staplerschein`",
      ],
      ...rows,
      [
        fileColumns.body,
        "optional",
        "Die Beschreibung in Markdown. Leer: eine vorhandene Datei behält ihre Beschreibung.",
        "Text, auch mit Zeilenumbrüchen",
      ],
    ],
  );
}
