/**
 * The PDF benchmark: N generated offers are built once (without PDFs), then
 * the whole directory is printed to PDF in a fresh child process, several
 * times: paged.js setting the pages, Chromium writing the PDF, the peak memory
 * of the child with its Chromium, and the page count and size. (No CPU time: the
 * Chromium processes are not the child's own children, so their time is not summed.)
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { formatReport } from "../content/report.js";
import { buildSite } from "../build/site.js";
import { launchChromium } from "../print/chromium.js";
import { printPagePath } from "../print/model.js";
import { printPdf } from "../print/pdf.js";
import { serveStatic } from "../print/static-server.js";
import { generateOfferSet, writeGeneratedFiles } from "./generate.js";
import { median, runMeasuredChild, type BenchOptions, type ChildRun } from "./run.js";

/** What one print cost, as seen from inside the child. */
export interface PdfMeasurement {
  /** From opening the print page until paged.js has set every page (loading and choosing included). */
  readonly setMs: number;
  /** paged.js's own pagination time. */
  readonly paginateMs: number;
  /** Chromium writing the PDF (page.pdf). */
  readonly pdfMs: number;
  readonly pages: number;
  readonly bytes: number;
}

export interface PdfRow {
  readonly count: number;
  /** Medians over the runs. */
  readonly wallMs: number;
  readonly treeRssKb: number | undefined;
  readonly measurement: PdfMeasurement;
}

/** The build benchmark's options without its build-only ones; `childScript` prints one brochure when called with `pdfMeasureArgs(...)`. */
export type PdfBenchOptions = Omit<BenchOptions, "cpuProfileDir" | "rebuildChanges">;

/** The child's command line for printing the whole directory of the site in `site`. */
export const pdfMeasureArgs = (site: string, out: string): string[] => [
  "--measure",
  "pdf",
  "--input",
  site,
  "--out",
  out,
];

/** In the child: serves the built site, prints the whole directory once and measures it. */
export async function measurePdf(site: string, out: string): Promise<PdfMeasurement> {
  const [server, browser] = await Promise.all([serveStatic(site), launchChromium()]);
  try {
    const started = performance.now();
    const pdf = await printPdf(browser, `${server.url}${printPagePath}`, out);
    const setMs = performance.now() - started - pdf.pdfMs;
    return { setMs, paginateMs: pdf.paginateMs, pdfMs: pdf.pdfMs, pages: pdf.pages, bytes: pdf.bytes };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Generates, builds and prints for every count; temporary folders are removed afterwards. */
export async function runPdfBenchmark(options: PdfBenchOptions): Promise<PdfRow[]> {
  const rows: PdfRow[] = [];
  const running = new Set<ChildProcess>();
  for (const count of options.counts) {
    const temp = await mkdtemp(path.join(os.tmpdir(), `bildungsbruecke-bench-pdf-${count}-`));
    try {
      const set = generateOfferSet({ count, today: options.today, seed: options.seed, providers: options.providers });
      const offers = path.join(temp, "offers");
      const site = path.join(temp, "dist");
      await writeGeneratedFiles(offers, [...set.providers, ...set.offers]);
      const built = await buildSite({ offersDir: offers, outputDir: site, today: options.today, root: projectRoot });
      if (!built.ok) throw new Error(`The generated offers did not validate:\n${formatReport(built.load)}`);
      const runs: ChildRun<PdfMeasurement>[] = [];
      for (let run = 1; run <= options.runs; run++) {
        const load = (os.loadavg()[0] ?? 0).toFixed(2);
        const child = await runMeasuredChild<PdfMeasurement>(
          options.childScript,
          pdfMeasureArgs(site, path.join(temp, "gesamt.pdf")),
          running,
        );
        runs.push(child);
        options.log(
          `  N=${count} run ${run} pdf  ${formatPdfRun(child.wallMs, child.result, child.treeRssKb)}, load before ${load}`,
        );
      }
      const of = (pick: (run: (typeof runs)[number]) => number | undefined) => {
        const values = runs.map(pick).filter((value): value is number => value !== undefined);
        return values.length === 0 ? undefined : median(values);
      };
      rows.push({
        count,
        wallMs: of((run) => run.wallMs) ?? 0,
        treeRssKb: of((run) => run.treeRssKb),
        measurement: {
          setMs: of((run) => run.result.setMs) ?? 0,
          paginateMs: of((run) => run.result.paginateMs) ?? 0,
          pdfMs: of((run) => run.result.pdfMs) ?? 0,
          pages: of((run) => run.result.pages) ?? 0,
          bytes: of((run) => run.result.bytes) ?? 0,
        },
      });
    } finally {
      await rm(temp, { recursive: true, force: true, maxRetries: 3 });
    }
  }
  return rows;
}

const seconds = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);
const megabytes = (kb: number | undefined) => (kb === undefined ? "–" : `${Math.round(kb / 1024)} MB`);

function formatPdfRun(wallMs: number, result: PdfMeasurement, treeRssKb: number | undefined): string {
  return (
    `wall ${seconds(wallMs)} (set ${seconds(result.setMs)}, of which paged.js ${seconds(result.paginateMs)}; ` +
    `PDF ${seconds(result.pdfMs)}), peak RSS ${megabytes(treeRssKb)}, ${result.pages} pages, ${Math.round(result.bytes / 1024)} KB`
  );
}

/** The PDF results as a Markdown table, as docs/benchmarks.md records them. */
export function formatPdfTable(rows: readonly PdfRow[]): string {
  const header = [
    "| N | wall (child start to exit) | setting the pages | of which paged.js | writing the PDF | peak RSS (Node + Chromium) | pages | PDF size |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const lines = rows.map((row) =>
    [
      row.count,
      seconds(row.wallMs),
      seconds(row.measurement.setMs),
      seconds(row.measurement.paginateMs),
      seconds(row.measurement.pdfMs),
      megabytes(row.treeRssKb),
      row.measurement.pages,
      `${(row.measurement.bytes / 1_000_000).toFixed(1)} MB`,
    ].join(" | "),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join("\n");
}
