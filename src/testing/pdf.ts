/**
 * Reading PDFs in tests: text per page, document info and page images with
 * poppler-utils (`pdftotext`, `pdfinfo`, `pdftoppm`, installed with the test
 * setup, scripts/setup-chromium.ts), the outline with pdf-lib, QR codes with jsQR.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from "pdf-lib";
import { PNG } from "pngjs";

const run = promisify(execFile);

/**
 * The text of each page (pdftotext -raw: in the order Chromium wrote it, which is the
 * document's order, so a column or a table cell never mixes with its neighbour).
 */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { maxBuffer: 64 * 1024 * 1024 });
  // pdftotext ends every page with a form feed.
  return stdout.split("\f").slice(0, -1);
}

/** `pdfinfo`'s fields, e.g. { Title: "…", Tagged: "yes", Pages: "45", "Page size": "595.28 x 841.89 pts (A4)" }. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", [file]);
  return Object.fromEntries(
    stdout
      .split("\n")
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1] ?? "", match[2] ?? ""]),
  );
}

/** The titles of the PDF's outline (bookmarks), depth first. */
export async function pdfOutline(file: string): Promise<string[]> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const titles: string[] = [];
  const visit = (item: PDFObject | undefined) => {
    for (let node = item; node instanceof PDFDict; node = node.lookup(PDFName.of("Next"))) {
      const title = node.lookup(PDFName.of("Title"));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      visit(node.lookup(PDFName.of("First")));
    }
  };
  const outlines = document.catalog.lookup(PDFName.of("Outlines"));
  if (outlines instanceof PDFDict) visit(outlines.lookup(PDFName.of("First")));
  else if (outlines instanceof PDFArray) throw new Error("unexpected outline array");
  return titles;
}

/** The QR code on a page, decoded from a rendering at `dpi`; undefined when none is found. */
export async function pdfQrCode(file: string, page: number, dpi = 200): Promise<string | undefined> {
  const { stdout } = await run("pdftoppm", ["-png", "-r", String(dpi), "-f", String(page), "-l", String(page), file], {
    encoding: "buffer",
    maxBuffer: 256 * 1024 * 1024,
  });
  const image = PNG.sync.read(stdout);
  return jsQR.default(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

/**
 * Text reduced to lower-case letters and digits, so a title matches however the
 * PDF broke it: across lines, at a soft hyphen (printed as "-") or at its own hyphen.
 * @example folded("Fach-\nlageristin (IHK)") // "fachlageristinihk"
 */
export const folded = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * How often each title is printed in `text`, not counting where it is only part of a longer
 * title that is printed ("Integrationskurs" inside "Integrationskurs am Abend").
 */
export function titleCounts(text: string, titles: readonly string[]): Map<string, number> {
  const haystack = folded(text);
  const occurrences = (needle: string) => {
    let count = 0;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
    return count;
  };
  const keys = titles.map(folded);
  return new Map(
    titles.map((title, index) => {
      const key = keys[index] ?? "";
      const inLonger = keys
        .filter((other, otherIndex) => otherIndex !== index && other.length > key.length && other.includes(key))
        .reduce((sum, other) => sum + occurrences(other), 0);
      return [title, occurrences(key) - inLonger];
    }),
  );
}
