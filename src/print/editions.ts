/**
 * The ready-made brochures of a built site: printed from its print page into
 * `broschuere/<slug>.pdf`, then listed on `/broschuere/` with their page
 * count and file size, which are only known once they are printed.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { printPagePath } from "./model.js";
import { printPdf, type PrintedPdf } from "./pdf.js";
import type { Edition } from "./view.js";

/** Folder of the PDFs and of their list page, below the site root. */
export const editionsFolder = "broschuere";

/** A printed edition. */
export interface PrintedEdition extends PrintedPdf {
  readonly edition: Edition;
}

/**
 * A file size the German way.
 * @example fileSize(1_279_222) // "1,3 MB"
 * @example fileSize(84_000) // "84 KB"
 */
export function fileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The list page with each printed edition's PDF paragraph (`data-edition-pdf`) replaced by
 * its link, page count and size. Editions not printed keep their paragraph.
 * @example fillEditionFigures(html, [{ edition: { slug: "gesamt", title: "Gesamtverzeichnis" }, pages: 45, bytes: 1279222 }])
 *   // … <a href="gesamt.pdf">Gesamtverzeichnis als PDF herunterladen</a> <span …>(45 Seiten, 1,3 MB)</span> …
 */
export function fillEditionFigures(
  html: string,
  printed: readonly Pick<PrintedEdition, "edition" | "pages" | "bytes">[],
): string {
  let filled = html;
  for (const { edition, pages, bytes } of printed) {
    const paragraph = new RegExp(`(<p [^>]*data-edition-pdf="${edition.slug}"[^>]*>)[\\s\\S]*?</p>`);
    if (!paragraph.test(filled))
      throw new Error(`The brochure list has no paragraph for the edition "${edition.slug}".`);
    const link =
      `<a href="${escapeHtml(edition.slug)}.pdf">${escapeHtml(edition.title)} als PDF herunterladen</a> ` +
      `<span class="app-editions__figures">(${pages} ${pages === 1 ? "Seite" : "Seiten"}, ${fileSize(bytes)})</span>`;
    filled = filled.replace(paragraph, (_match, open: string) => `${open}${link}</p>`);
  }
  return filled;
}

/**
 * Prints every edition of the site served at `siteUrl` (its files in `siteDir`), two at a
 * time (the machine has two cores), each to a temporary file renamed when complete; then
 * writes their figures into the list page. The PDFs are dated `day`, the edition day.
 */
export async function printEditions(
  browser: Browser,
  siteUrl: string,
  siteDir: string,
  editionList: readonly Edition[],
  log: (line: string) => void = () => {},
  day?: string,
): Promise<PrintedEdition[]> {
  const printed: PrintedEdition[] = [];
  const queue = [...editionList];
  const worker = async () => {
    for (let edition = queue.shift(); edition !== undefined; edition = queue.shift()) {
      const file = path.join(siteDir, editionsFolder, `${edition.slug}.pdf`);
      const query = edition.query === "" ? "" : `?${edition.query}`;
      const pdf = await printPdf(browser, `${siteUrl}${printPagePath}${query}`, `${file}.partial`, day);
      await rename(pdf.file, file);
      printed.push({ ...pdf, file, edition });
      log(`  ${edition.slug}.pdf: ${pdf.pages} Seiten, ${fileSize(pdf.bytes)}`);
    }
  };
  await Promise.all([worker(), worker()]);
  const ordered = editionList.flatMap((edition) => printed.filter((pdf) => pdf.edition === edition));
  const listPage = path.join(siteDir, editionsFolder, "index.html");
  await writeFile(listPage, fillEditionFigures(await readFile(listPage, "utf8"), ordered));
  return ordered;
}
