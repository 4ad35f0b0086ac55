/**
 * Printing a brochure to PDF: headless Chromium (playwright-core, the system
 * browser) opens the print page of a served site, waits until paged.js has set
 * every page, and prints with Chromium's own PDF engine: tagged (headings,
 * lists and the reading order for screen readers), with an outline (a bookmark
 * per chapter and per offer, from the headings), the page's title as the
 * document title and its `lang` as the document language.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import type { Browser } from "playwright-core";

/** One printed PDF. */
export interface PrintedPdf {
  readonly file: string;
  readonly pages: number;
  readonly bytes: number;
  /** The brochure's title, as the PDF carries it. */
  readonly title: string;
  /** Time paged.js took to set the pages, and Chromium to write the PDF. */
  readonly paginateMs: number;
  readonly pdfMs: number;
}

/** How long a brochure may take to set; the whole directory of 1 000 offers takes well under a minute. */
const timeoutMs = 10 * 60 * 1000;

/**
 * Sets the document dates Chromium writes (the time of printing) to noon of `day`, in
 * place and at the same length, so the same brochure gives the same bytes.
 * @example stampPdfDates(pdf, "2026-12-01") // "/CreationDate (D:20261201120000+00'00')"
 */
export function stampPdfDates(pdf: Buffer, day: string): Buffer {
  const stamp = `D:${day.replaceAll("-", "")}120000+00'00'`;
  const text = pdf.toString("latin1");
  return Buffer.from(text.replace(/(\/(?:CreationDate|ModDate) ?\()D:\d{14}[+-]\d{2}'\d{2}'/g, `$1${stamp}`), "latin1");
}

/**
 * Prints the brochure at `url` (the print page with its parameters) to `file`, dated
 * `day` when given (the edition day, see `stampPdfDates`).
 * Throws with the page's own German message when it could not set the brochure.
 * @example await printPdf(browser, `${server.url}broschuere/drucken/?ort=solingen`, "dist/broschuere/solingen.pdf");
 */
export async function printPdf(browser: Browser, url: string, file: string, day?: string): Promise<PrintedPdf> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url, { timeout: timeoutMs });
    await page.waitForFunction(
      "document.documentElement.dataset.brochurePages || document.documentElement.dataset.brochureError",
      undefined,
      { timeout: timeoutMs, polling: 200 },
    );
    const state = (await page.evaluate(
      "({ pages: document.documentElement.dataset.brochurePages, ms: document.documentElement.dataset.brochureMs, status: document.querySelector('[data-brochure-status]')?.textContent ?? '' })",
    )) as { pages?: string; ms?: string; status: string };
    if (state.pages === undefined) {
      throw new Error(`Die Broschüre ${url} konnte nicht gesetzt werden: ${[state.status, ...errors].join(" ")}`);
    }
    const started = performance.now();
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    if (day !== undefined) await writeFile(file, stampPdfDates(await readFile(file), day));
    return {
      file,
      pages: Number(state.pages),
      bytes: (await stat(file)).size,
      title: await page.title(),
      paginateMs: Number(state.ms ?? 0),
      pdfMs: performance.now() - started,
    };
  } finally {
    await context.close();
  }
}
