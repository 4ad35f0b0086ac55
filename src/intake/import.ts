/**
 * `npm run import`: offers of one provider from a spreadsheet (CSV). Every row
 * is written as an offer file and checked exactly as `npm run validate` checks
 * files; only when every row is valid are files written. A row whose short name
 * (`Kurzname`) matches an existing file updates that file: columns the sheet
 * does not have, and an empty description, keep the file's values.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fieldLabel } from "../schema/field-labels.js";
import { checkOffer, offerWarnings, unpublishedReason } from "../content/load.js";
import { readRegularFile } from "../content/files.js";
import { readProvider, slugProblem } from "../content/new-offer.js";
import { offerFileText } from "../content/offer-file.js";
import { maxFileBytes, parseSource } from "../content/source.js";
import { slugify } from "../content/suggest.js";
import { decodeSpreadsheet, fileColumns, readSpreadsheet, rowOffer } from "./spreadsheet.js";

/** Spreadsheets above this size are refused (a provider's courses fit in a few hundred KB). */
const maxSheetBytes = 5 * 1024 * 1024;

export interface ImportOptions {
  /** The CSV file. */
  readonly sheet: string;
  readonly offersDir: string;
  /** The provider's folder name below `offersDir`. */
  readonly provider: string;
  readonly today: string;
  /** File names in messages are relative to this folder. */
  readonly root: string;
}

/** One file the import writes, or would write. */
export interface PlannedFile {
  /** Path relative to the root, e.g. `offers/träger/kurs.md`. */
  readonly file: string;
  readonly status: "neu" | "geändert" | "unverändert";
  readonly title: string;
  readonly text: string;
  /** Notes that are not errors, e.g. that the offer will not be published yet. */
  readonly notes: readonly string[];
}

export type ImportPlan =
  | { readonly ok: true; readonly files: readonly PlannedFile[] }
  | { readonly ok: false; readonly messages: readonly string[] };

const encoder = new TextEncoder();

/** Reads and checks the spreadsheet; writes nothing. */
export async function planImport(options: ImportOptions): Promise<ImportPlan> {
  const fail = (...messages: string[]): ImportPlan => ({ ok: false, messages });
  const relative = (file: string) => path.relative(options.root, file).split(path.sep).join("/");
  const provider = await readProvider(options.offersDir, options.provider);
  if (typeof provider === "string") return fail(provider);

  const size = await stat(options.sheet).then(
    (info) => (info.isFile() ? info.size : undefined),
    () => undefined,
  );
  if (size === undefined) return fail(`Die Tabelle ${options.sheet} gibt es nicht.`);
  if (size > maxSheetBytes) {
    return fail(`Die Tabelle ist zu groß (${Math.ceil(size / 1024)} KB, erlaubt sind ${maxSheetBytes / 1024} KB).`);
  }
  const sheet = readSpreadsheet(decodeSpreadsheet(await readFile(options.sheet)));
  if (!sheet.ok) return fail(...sheet.messages);
  if (sheet.rows.length === 0) return fail("Die Tabelle hat keine Zeile mit einem Angebot unter der Kopfzeile.");

  const messages: string[] = [];
  const files: PlannedFile[] = [];
  const rowOfSlug = new Map<string, number>();
  for (const row of sheet.rows) {
    const offer = rowOffer(sheet.columns, row);
    const problem = (place: string | undefined, message: string) =>
      messages.push(`Zeile ${row.row}${place === undefined ? "" : `, ${place}`}: ${message}`);
    const slugPlace = `Spalte „${fileColumns.slug}“`;
    // Without a short name the title gives one (as `npm run new-offer` would be given).
    const titleCell = offer.apply({}).data.title;
    const slug = offer.slug ?? slugify(typeof titleCell === "string" ? titleCell : "");
    if (slug === "") {
      problem(slugPlace, "fehlt. Geben Sie einen Kurznamen für den Dateinamen an, z. B. „staplerschein“.");
      continue;
    }
    const slugError = slugProblem(slug);
    if (slugError !== undefined) {
      problem(slugPlace, slugError);
      continue;
    }
    const earlier = rowOfSlug.get(slug);
    if (earlier !== undefined) {
      problem(slugPlace, `„${slug}“ steht schon in Zeile ${earlier}. Jedes Angebot braucht einen eigenen Kurznamen.`);
      continue;
    }
    rowOfSlug.set(slug, row.row);

    const target = path.join(options.offersDir, options.provider, `${slug}.md`);
    const file = relative(target);
    // Read as the loader reads: a link or a FIFO in place of the file is refused, so nothing is written through it.
    const read = readRegularFile(target, maxFileBytes);
    if (!read.ok && !read.missing) {
      problem(undefined, `${file}: ${read.message} Beheben Sie das zuerst.`);
      continue;
    }
    const existingBytes = read.ok ? read.bytes : undefined;
    let base: { data: Record<string, unknown>; body: string } = { data: {}, body: "" };
    if (existingBytes !== undefined) {
      const existing = parseSource(file, existingBytes);
      if (!existing.ok) {
        for (const diagnostic of existing.diagnostics) {
          problem(
            undefined,
            `Die vorhandene Datei ${file} ist fehlerhaft${diagnostic.line === undefined ? "" : ` (Zeile ${diagnostic.line})`}: ${diagnostic.message} Beheben Sie das zuerst.`,
          );
        }
        continue;
      }
      base = { data: existing.source.data, body: existing.source.body };
    }
    const applied = offer.apply(base.data);
    const text = offerFileText(applied.data, offer.body ?? base.body);
    const parsed = parseSource(file, encoder.encode(text));
    if (!parsed.ok) {
      for (const diagnostic of parsed.diagnostics) problem(undefined, diagnostic.message);
      continue;
    }
    const checked = checkOffer(parsed.source);
    const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    for (const error of errors) {
      const place = applied.place(error.field);
      const label = error.field === undefined || error.field === "" ? undefined : fieldLabel(error.field);
      problem(place ?? (existingBytes === undefined ? label : `in ${file}`), error.message);
    }
    if (errors.length > 0 || checked.data === undefined) continue;
    const reason = unpublishedReason(checked.data, options.today);
    files.push({
      file,
      status:
        existingBytes === undefined
          ? "neu"
          : new TextDecoder().decode(existingBytes) === text
            ? "unverändert"
            : "geändert",
      title: checked.data.title,
      text,
      notes: [
        ...(reason === undefined ? [] : [`wird nicht veröffentlicht (${reason})`]),
        ...offerWarnings(file, checked.data, options.today).map((warning) => warning.message),
      ],
    });
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, files };
}

/** Writes the planned files that are new or changed. */
export async function writePlanned(files: readonly PlannedFile[], root: string): Promise<void> {
  for (const file of files) {
    if (file.status !== "unverändert") await writeFile(path.join(root, file.file), file.text);
  }
}

/** The German summary of an import (or of a dry run). */
export function formatImport(plan: ImportPlan, options: { readonly dryRun: boolean; readonly sheet: string }): string {
  if (!plan.ok) {
    return [
      `Die Tabelle ${options.sheet} hat Fehler. Es wurde nichts geschrieben.`,
      "",
      ...plan.messages.map((message) => `  ${message}`),
      "",
      "Bitte korrigieren Sie die Tabelle und starten Sie den Import noch einmal.",
    ].join("\n");
  }
  const lines = plan.files.flatMap((file) => [
    `  ${file.status}: ${file.file} – „${file.title}“`,
    ...file.notes.map((note) => `    Hinweis: ${note}`),
  ]);
  const count = (status: PlannedFile["status"]) => plan.files.filter((file) => file.status === status).length;
  const summary = `${count("neu")} neu, ${count("geändert")} geändert, ${count("unverändert")} unverändert.`;
  if (!options.dryRun) return [...lines, "", `Import fertig: ${summary} Danach prüfen: npm run validate`].join("\n");
  const texts = plan.files
    .filter((file) => file.status !== "unverändert")
    .flatMap((file) => ["", `===== ${file.file} =====`, file.text.trimEnd()]);
  return [
    "Probelauf (--dry-run): Es wurde nichts geschrieben.",
    ...lines,
    ...texts,
    "",
    `Der Import würde schreiben: ${summary}`,
  ].join("\n");
}
