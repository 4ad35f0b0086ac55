/**
 * The search benchmark (`npm run bench:search`): builds a generated directory,
 * times the Pagefind index on its own, weighs the bundle on disk, and measures
 * in Chromium what the search page transfers for its first query and how soon
 * results follow the last keystroke.
 */
import { execFile } from "node:child_process";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import type { Page, Response } from "playwright-core";
import { paths, projectRoot } from "../config/site.js";
import { generateOfferSet, writeGeneratedFiles } from "./generate.js";
import { median } from "./run.js";
import { childrenCpuMs } from "./usage.js";
import { buildSite } from "../build/site.js";
import { launchChromium } from "../testing/browser.js";
import { filesBelow } from "../testing/files.js";
import { loadRelevanceSet, relevanceFigures, runRelevanceSet, type RelevanceFigures } from "../testing/relevance.js";
import { searchSettled } from "../testing/search.js";
import { serveStatic } from "../testing/static-server.js";
import { writeSearchIndex } from "../search/indexer.js";

export interface SearchBenchmarkOptions {
  readonly offers: number;
  readonly today: string;
  readonly seed: number;
  /** Scratch folder for the generated offers, the site and the re-indexing runs. */
  readonly workDir: string;
  /** Indexing runs; the median is reported. */
  readonly runs: number;
}

/** Bytes of a set of responses: as sent by the test server, and as a gzip-serving host would send them. */
export interface Transfer {
  readonly requests: number;
  readonly rawBytes: number;
  readonly gzipBytes: number;
  /** Gzip bytes per kind of file (Pagefind library, index, filters, fragments, page). */
  readonly byKind: Readonly<Record<string, number>>;
}

/** Wall time, and CPU time which hardly depends on other work on the machine. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export interface SearchBenchmark {
  readonly offers: number;
  readonly buildMs: number;
  /** Wall time and CPU time (Node and the Pagefind binary) of each indexing run. */
  readonly indexRuns: readonly Timing[];
  /** The Pagefind CLI over the same site, in turns with the Node API runs, for comparison. */
  readonly cliRuns: readonly Timing[];
  /** Bytes on disk of the Pagefind bundle, by kind. */
  readonly bundle: Readonly<Record<string, number>>;
  /** Opening `/suche/?q=…` with an empty cache: page, library, index and results of one query. */
  readonly opened: Transfer;
  /** The same on a phone (375 px): the filter panel is closed, so no counts and no filter index. */
  readonly openedOnPhone: Transfer;
  /** Opening `/suche/` with an empty cache: all offers listed, filter counts. */
  readonly pageLoad: Transfer;
  /** Typing the same query there, key by key (each key searches). */
  readonly typedQuery: Transfer;
  /** Milliseconds from the last keystroke to the results on screen, per query. */
  readonly typing: readonly { readonly query: string; readonly ms: number }[];
}

/** The kind of a file of the site, for the byte tables. */
export function fileKind(pathname: string): string {
  const name = pathname.split("/").pop() ?? "";
  if (pathname.includes("/pagefind/")) {
    if (name.endsWith(".pf_fragment")) return "Pagefind: fragments (result cards)";
    if (name.endsWith(".pf_index")) return "Pagefind: word index";
    if (name.endsWith(".pf_filter")) return "Pagefind: filter index";
    if (name.endsWith(".pf_meta") || name.endsWith(".json")) return "Pagefind: metadata";
    return "Pagefind: library (JS + WebAssembly)";
  }
  if (name.endsWith(".js")) return "Search page: scripts";
  return "Search page: HTML and CSS";
}

// Pagefind's index files and its WebAssembly are gzip files already; everything else a host would compress.
const alreadyCompressed = (pathname: string) => /\.(pf_\w+|pagefind)$/.test(pathname);

/** Runs the whole benchmark. */
export async function benchmarkSearch(options: SearchBenchmarkOptions): Promise<SearchBenchmark> {
  const offersDir = path.join(options.workDir, "offers");
  const dist = path.join(options.workDir, "dist");
  await rm(options.workDir, { recursive: true, force: true });
  const set = generateOfferSet({ count: options.offers, today: options.today, seed: options.seed });
  await writeGeneratedFiles(offersDir, [...set.providers, ...set.offers]);

  const buildStarted = performance.now();
  const built = await buildSite({ offersDir, outputDir: dist, today: options.today, root: projectRoot });
  if (!built.ok) throw new Error("The generated offers did not validate.");
  const buildMs = Math.round(performance.now() - buildStarted);

  const urls = built.catalog.offers.map((offer) => offer.url);
  const indexRuns: Timing[] = [];
  const cliRuns: Timing[] = [];
  for (let run = 0; run < options.runs; run++) {
    indexRuns.push(await timed(() => writeSearchIndex(dist, urls, path.join(options.workDir, `reindex-${run}`))));
    cliRuns.push(await timed(() => pagefindCli(dist, path.join(options.workDir, `cli-${run}`))));
  }

  const bundle: Record<string, number> = {};
  for (const file of await filesBelow(path.join(dist, "pagefind"))) {
    const kind = fileKind(`/pagefind/${path.basename(file)}`);
    bundle[kind] = (bundle[kind] ?? 0) + (await stat(file)).size;
  }

  const measured = await measureInBrowser(dist);
  return { offers: built.catalog.offers.length, buildMs, indexRuns, cliRuns, bundle, ...measured };
}

/** The relevance set's figures, online (Pagefind over http) and offline (the compact list from `file://`). */
export interface RelevanceBenchmark {
  readonly offers: number;
  readonly online: RelevanceFigures;
  readonly offline: RelevanceFigures;
}

/**
 * Builds the sample offers (`offers/`) for the relevance set's day into `workDir`
 * and runs the judged queries through the search page, with Pagefind and offline.
 */
export async function benchmarkRelevance(workDir: string): Promise<RelevanceBenchmark> {
  const set = await loadRelevanceSet();
  const dist = path.join(workDir, "relevance");
  const built = await buildSite({ offersDir: paths.offers, outputDir: dist, today: set.day, root: projectRoot });
  if (!built.ok) throw new Error("The sample offers did not validate.");
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const online = await runRelevanceSet(context, `${server.url}suche/`, set);
    const offline = await runRelevanceSet(context, pathToFileURL(path.join(dist, "suche/index.html")).href, set);
    return {
      offers: built.catalog.offers.length,
      online: relevanceFigures(online),
      offline: relevanceFigures(offline),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Times a run that starts child processes. Their CPU time counts once they
 * have exited and been reaped, hence the short wait before reading it.
 */
async function timed(run: () => Promise<unknown>): Promise<Timing> {
  const childrenBefore = childrenCpuMs() ?? 0;
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  await run();
  const wallMs = Math.round(performance.now() - started);
  const own = process.cpuUsage(ownBefore);
  await sleep(500);
  const childrenMs = (childrenCpuMs() ?? 0) - childrenBefore;
  return { wallMs, cpuMs: Math.round((own.user + own.system) / 1000 + childrenMs) };
}

/** Runs the Pagefind CLI over the built site (it indexes the same `data-pagefind-body` pages). */
async function pagefindCli(site: string, output: string): Promise<void> {
  await promisify(execFile)(path.join(projectRoot, "node_modules/.bin/pagefind"), [
    "--site",
    site,
    "--output-path",
    output,
    "--force-language",
    "de",
  ]);
}

/** The first query, as a link (`?q=`) and typed. */
const firstQuery = "Pflegehilfe";

/** Queries typed on the warm page, each a word the generated offers use. */
const typedQueries = ["Pflege", "Deutsch B2", "Stapler", "Buchhaltung", "Bewerbung", "Schweißen"];

async function measureInBrowser(dist: string) {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  // A fresh context per measurement: an empty HTTP cache, like a first visit.
  const visit = async (url: string, width = 1280) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on("response", (response) => responses.push(response));
    await page.goto(url);
    await page.waitForFunction(searchSettled);
    return { page, responses };
  };
  try {
    const linked = `${server.url}suche/?q=${encodeURIComponent(firstQuery)}`;
    const direct = await visit(linked);
    const opened = await weigh(direct.responses.splice(0));
    await direct.page.context().close();
    const phone = await visit(linked, 375);
    const openedOnPhone = await weigh(phone.responses.splice(0));
    await phone.page.context().close();

    const typed = await visit(`${server.url}suche/`);
    const pageLoad = await weigh(typed.responses.splice(0));
    await typeQuery(typed.page, firstQuery);
    const typedQuery = await weigh(typed.responses.splice(0));

    const typing: { query: string; ms: number }[] = [];
    for (const query of typedQueries) typing.push({ query, ms: await typeQuery(typed.page, query) });
    return { opened, openedOnPhone, pageLoad, typedQuery, typing };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Types a query like a person (one key every 150 ms, slower than the search's
 * debounce) and returns the time from the last keystroke until the results are shown.
 */
async function typeQuery(page: Page, query: string): Promise<number> {
  await page.fill("#suche-begriff", "");
  await page.evaluate(`(() => {
    const form = document.querySelector("[data-search]");
    window.benchSearch = { lastKey: 0, shown: 0 };
    document.querySelector("#suche-begriff").addEventListener("input", () => (window.benchSearch.lastKey = performance.now()));
    new MutationObserver(() => {
      if (!form.hasAttribute("aria-busy")) window.benchSearch.shown = performance.now();
    }).observe(form, { attributes: true, attributeFilter: ["aria-busy"] });
  })()`);
  await page.type("#suche-begriff", query, { delay: 150 });
  const expected = JSON.stringify(`„${query}“`);
  await page.waitForFunction(
    `document.querySelector("[data-status]").textContent.includes(${expected}) && window.benchSearch.shown > window.benchSearch.lastKey && (${searchSettled})`,
  );
  return Math.round(Number(await page.evaluate("window.benchSearch.shown - window.benchSearch.lastKey")));
}

async function weigh(responses: readonly Response[]): Promise<Transfer> {
  let rawBytes = 0;
  let gzipBytes = 0;
  const byKind: Record<string, number> = {};
  for (const response of responses) {
    const { pathname } = new URL(response.url());
    const sizes = await response.request().sizes();
    const body = await response.body();
    const compressed = alreadyCompressed(pathname) ? body.length : gzipSync(body, { level: 6 }).length;
    rawBytes += sizes.responseBodySize + sizes.responseHeadersSize;
    gzipBytes += compressed + sizes.responseHeadersSize;
    const kind = fileKind(pathname);
    byKind[kind] = (byKind[kind] ?? 0) + compressed;
  }
  return { requests: responses.length, rawBytes, gzipBytes, byKind };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The benchmark as Markdown for docs/benchmarks.md. */
export function formatSearchBenchmark(result: SearchBenchmark): string {
  const seconds = (runs: readonly Timing[]) => {
    const format = (values: number[]) =>
      `${(median(values) / 1000).toFixed(1)} s (${values.map((ms) => (ms / 1000).toFixed(1)).join(" / ")})`;
    return `${format(runs.map((run) => run.wallMs))}; CPU ${format(runs.map((run) => run.cpuMs))}`;
  };
  const total = (record: Readonly<Record<string, number>>) =>
    Object.values(record).reduce((sum, value) => sum + value, 0);
  const typing = result.typing.map((entry) => entry.ms);
  const transfer = (label: string, transfer: Transfer) =>
    `| ${label} | ${kb(transfer.gzipBytes)} gzip (${kb(transfer.rawBytes)} uncompressed), ${transfer.requests} requests |`;
  return [
    `| Measure | Value |`,
    `|---|---|`,
    `| Published offers | ${result.offers} |`,
    `| Full build (load, validate, Eleventy, search index, client bundle) | ${(result.buildMs / 1000).toFixed(1)} s |`,
    `| Search index alone: Pagefind Node API as in the build (${result.indexRuns.length} runs, median) | ${seconds(result.indexRuns)} |`,
    `| For comparison: Pagefind CLI over the same site, runs taken in turns | ${seconds(result.cliRuns)} |`,
    `| Search index on disk (dist/pagefind) | ${kb(total(result.bundle))} |`,
    ...Object.entries(result.bundle)
      .sort()
      .map(([kind, bytes]) => `| – ${kind} | ${kb(bytes)} |`),
    transfer(`First query by link: /suche/?q=${firstQuery}, empty cache`, result.opened),
    ...Object.entries(result.opened.byKind)
      .sort()
      .map(([kind, bytes]) => `| – ${kind} | ${kb(bytes)} |`),
    transfer("The same on a phone (375 px, filter panel closed: no counts, no filter index)", result.openedOnPhone),
    transfer("Opening /suche/ (all offers listed, counts), empty cache", result.pageLoad),
    transfer(`… then typing „${firstQuery}“ key by key`, result.typedQuery),
    `| Last keystroke to results on screen (warm page, ${typing.length} queries, including the 80 ms typing pause) | median ${Math.round(median(typing))} ms, at most ${Math.max(...typing)} ms |`,
    ...result.typing.map((entry) => `| – „${entry.query}“ | ${entry.ms} ms |`),
  ].join("\n");
}
