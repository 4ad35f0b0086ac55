/**
 * The offline figures for docs/benchmarks.md: what the service worker precaches,
 * how long a first visit takes until the site works offline, and how much storage
 * the site uses after visiting 20 offers (Chromium's `navigator.storage.estimate`).
 * The sample offers are built into a temporary folder and served on 127.0.0.1.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { paths, projectRoot } from "../config/site.js";
import { buildSite } from "../build/site.js";
import { launchChromium } from "../print/chromium.js";
import { serveStatic } from "../print/static-server.js";
import { median } from "./run.js";

/** One fresh browser profile's first visit and 20 offers. */
export interface OfflineRun {
  /** From the start of the navigation to the home until its service worker is active (precache complete), ms. */
  readonly readyMs: number;
  /** Storage used right after that, bytes. */
  readonly usageReady: number;
  /** Storage used after visiting `visited` offer pages, bytes. */
  readonly usageAfterOffers: number;
  readonly visited: number;
}

export interface OfflineBenchmark {
  readonly offers: number;
  readonly precacheFiles: number;
  readonly precacheBytes: number;
  readonly workerBytes: number;
  readonly portableBytes: number;
  readonly runs: readonly OfflineRun[];
}

// Recorded before any page script: when the worker that controls the page is ready.
const readyProbe = "navigator.serviceWorker.ready.then(() => { window.__bbReady = performance.now(); }); void 0;";
const usage = "navigator.storage.estimate().then((estimate) => estimate.usage)";

/**
 * Builds the sample offers and measures `runs` fresh profiles visiting `visits` offers each.
 * @example const result = await benchmarkOffline({ runs: 3, visits: 20, today: "2026-12-02" });
 */
export async function benchmarkOffline(options: {
  readonly runs: number;
  readonly visits: number;
  readonly today: string;
}): Promise<OfflineBenchmark> {
  const temp = await mkdtemp(path.join(os.tmpdir(), "bb-bench-offline-"));
  try {
    const dist = path.join(temp, "dist");
    const built = await buildSite({
      offersDir: paths.offers,
      outputDir: dist,
      today: options.today,
      root: projectRoot,
    });
    if (!built.ok) throw new Error("Die Beispielangebote haben Fehler: npm run validate");
    const [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
    const runs: OfflineRun[] = [];
    try {
      const offerUrls = built.catalog.offers.slice(0, options.visits).map((offer) => offer.url.replace(/^\//, ""));
      for (let run = 0; run < options.runs; run += 1) {
        const context = await browser.newContext();
        await context.addInitScript(readyProbe);
        const page = await context.newPage();
        await page.goto(server.url);
        await page.waitForFunction("window.__bbReady !== undefined && navigator.serviceWorker.controller !== null");
        const readyMs = (await page.evaluate("window.__bbReady")) as number;
        const usageReady = (await page.evaluate(usage)) as number;
        for (const url of offerUrls) await page.goto(`${server.url}${url}`);
        runs.push({
          readyMs,
          usageReady,
          usageAfterOffers: (await page.evaluate(usage)) as number,
          visited: offerUrls.length,
        });
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    const { precache, portable } = built.offline;
    return {
      offers: built.catalog.offers.length,
      precacheFiles: precache.files,
      precacheBytes: precache.bytes,
      workerBytes: precache.workerBytes,
      portableBytes: portable.bytes,
      runs,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** The figures as a Markdown table. */
export function formatOfflineBenchmark(result: OfflineBenchmark): string {
  const figure = (pick: (run: OfflineRun) => number, format: (value: number) => string) =>
    `${format(median(result.runs.map(pick)))} (${result.runs.map((run) => format(pick(run))).join(" / ")})`;
  const ms = (value: number) => `${Math.round(value)} ms`;
  return [
    `| Figure (${result.offers} sample offers, ${result.runs.length} fresh profiles, median (runs)) | Value |`,
    "| --- | --- |",
    `| Precached by the service worker | ${result.precacheFiles} files, ${kb(result.precacheBytes)} (plus sw.js ${kb(result.workerBytes)}) |`,
    `| First visit of the home to offline-ready (worker active, precache complete) | ${figure((run) => run.readyMs, ms)} |`,
    `| Storage used when offline-ready (navigator.storage.estimate) | ${figure((run) => run.usageReady, kb)} |`,
    `| Storage used after visiting ${result.runs[0]?.visited ?? 0} offer pages | ${figure((run) => run.usageAfterOffers, kb)} |`,
    `| Portable copy verzeichnis-offline.zip | ${(result.portableBytes / 1024 / 1024).toFixed(1)} MB |`,
  ].join("\n");
}
