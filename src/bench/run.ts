/**
 * The benchmark: generates N offers into a temporary folder, then runs the
 * full build and a bare Eleventy build over the same Markdown files, each in a
 * fresh child process, several times, and reports the medians.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { bareEleventyFiles, generateOfferSet, writeGeneratedFiles, type GeneratedFile } from "./generate.js";
import { buildHeapLimitMb } from "../build/site.js";
import { buildKinds, type BuildKind, type Measurement, type MeasureOptions } from "./measure.js";
import { childrenCpuMs, sampleTree } from "./usage.js";

export interface BenchOptions {
  /** Offer counts to measure, e.g. [1000, 4000]. */
  readonly counts: readonly number[];
  /** Repetitions per count and build kind; the median is reported. */
  readonly runs: number;
  readonly today: string;
  readonly seed: number;
  readonly providers: number;
  /** The script that measures one build when called with `measureArgs(...)`. */
  readonly childScript: string;
  /** When set, every child writes a V8 CPU profile (`.cpuprofile`) into this folder. */
  readonly cpuProfileDir?: string;
  /** Offers changed before the measured rebuild (from the rebuild cache); 0 skips it. */
  readonly rebuildChanges: number;
  readonly log: (line: string) => void;
}

/** One build as seen from outside: the child's own figures plus wall time and the tree's memory. */
export interface RunResult extends Measurement {
  /** From starting the child process to its exit: what a person waits for. */
  readonly wallMs: number;
  /** Peak summed RSS of the child and its descendants (e.g. Pagefind), sampled. */
  readonly treeRssKb: number | undefined;
  /** User + system CPU time of the child and its descendants, Pagefind's binary included. */
  readonly cpuMs: number | undefined;
}

export interface BenchRow {
  readonly count: number;
  /** Median of each figure over the runs. */
  readonly full: RunResult;
  readonly bare: RunResult;
  readonly anchor: RunResult;
  /** The full build with the rebuild cache after changing `changed` offers, when measured. */
  readonly rebuild?: { readonly changed: number; readonly run: RunResult };
}

/** Marks the child's result line on stdout, so log lines from plugins cannot be mistaken for it. */
export const resultMarker = "BENCH-RESULT ";

/** The child's command line arguments for one measurement. */
export function measureArgs(options: MeasureOptions): string[] {
  const cache = options.cacheDir === undefined ? [] : ["--cache", options.cacheDir];
  return [
    "--measure",
    options.kind,
    "--input",
    options.input,
    "--out",
    options.output,
    "--today",
    options.today,
    ...cache,
  ];
}

/** Runs the benchmark for every count; temporary folders are removed even on failure or Ctrl+C. */
export async function runBenchmark(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const count of options.counts) rows.push(await benchmarkCount(count, options));
  return rows;
}

async function benchmarkCount(count: number, options: BenchOptions): Promise<BenchRow> {
  const temp = await mkdtemp(path.join(os.tmpdir(), `bildungsbruecke-bench-${count}-`));
  // On Ctrl+C the running build is ended first, so nothing still writes into the
  // folder while it is removed; the run then fails and `finally` cleans up.
  const running = new Set<ChildProcess>();
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    for (const child of running) child.kill("SIGTERM");
  };
  process.on("SIGINT", interrupt);
  process.on("SIGTERM", interrupt);
  try {
    const set = generateOfferSet({ count, today: options.today, seed: options.seed, providers: options.providers });
    const offers = path.join(temp, "offers");
    const bareInput = path.join(temp, "bare", "src");
    await writeGeneratedFiles(offers, [...set.providers, ...set.offers]);
    await writeGeneratedFiles(bareInput, bareEleventyFiles(set));
    options.log(`${count} offers in ${set.providers.length} provider folders generated in ${temp}`);

    const bareOutput = path.join(temp, "bare", "_site");
    const jobs: Record<BuildKind, MeasureOptions> = {
      full: { kind: "full", input: offers, output: path.join(temp, "dist"), today: options.today },
      bare: { kind: "bare", input: bareInput, output: bareOutput, today: options.today },
      anchor: { kind: "anchor", input: bareInput, output: bareOutput, today: options.today },
    };
    const results: Record<BuildKind, RunResult[]> = { full: [], bare: [], anchor: [] };
    for (let run = 1; run <= options.runs; run++) {
      for (const kind of interleaved(run)) {
        if (interrupted) throw new Error("Interrupted.");
        await rm(jobs[kind].output, { recursive: true, force: true });
        // Other work on the machine stretches wall time; the load average shows how much there was.
        const load = (os.loadavg()[0] ?? 0).toFixed(2);
        const result = await runChild(options, jobs[kind], running);
        results[kind].push(result);
        options.log(`  N=${count} run ${run} ${kind.padEnd(4)} ${formatRun(result)}, load before ${load}`);
      }
    }
    const rebuild =
      options.rebuildChanges > 0 ? await measureRebuild(set.offers, jobs.full, temp, running, options) : undefined;
    return {
      count,
      full: medianRun(results.full),
      bare: medianRun(results.bare),
      anchor: medianRun(results.anchor),
      ...(rebuild ? { rebuild } : {}),
    };
  } finally {
    process.off("SIGINT", interrupt);
    process.off("SIGTERM", interrupt);
    await rm(temp, { recursive: true, force: true, maxRetries: 3 });
    if (interrupted) process.exit(130);
  }
}

/**
 * A daily rebuild: a full build fills the rebuild cache, then `rebuildChanges` offers spread
 * over the set get a changed description and the full build runs again with the cache.
 */
async function measureRebuild(
  offers: readonly GeneratedFile[],
  full: MeasureOptions,
  temp: string,
  running: Set<ChildProcess>,
  options: BenchOptions,
): Promise<{ changed: number; run: RunResult }> {
  const job = { ...full, cacheDir: path.join(temp, "cache") };
  await runChild(options, job, running);
  const changed = changedOffers(offers, options.rebuildChanges);
  await writeGeneratedFiles(full.input, changed);
  await rm(full.output, { recursive: true, force: true });
  const load = (os.loadavg()[0] ?? 0).toFixed(2);
  const run = await runChild(options, job, running);
  options.log(`  rebuild after ${changed.length} changed offers: ${formatRun(run)}, load before ${load}`);
  return { changed: changed.length, run };
}

/**
 * `count` offers spread evenly over the set, each with one more sentence in its description.
 * @example changedOffers(offers, 10).length // 10
 */
export function changedOffers(offers: readonly GeneratedFile[], count: number): GeneratedFile[] {
  const step = offers.length / Math.min(count, offers.length);
  return Array.from({ length: Math.min(count, offers.length) }, (_, index) => {
    const offer = offers[Math.floor(index * step)] as GeneratedFile;
    return { path: offer.path, content: `${offer.content}\nNeu: Die Beratung ist jetzt auch telefonisch möglich.\n` };
  });
}

/**
 * The order of the kinds in run `run` (from 1): rotated each run, so any drift of the
 * machine (caches, other load) is spread over all kinds.
 * @example interleaved(2) // ["bare", "anchor", "full"]
 */
export function interleaved(run: number): BuildKind[] {
  const shift = (run - 1) % buildKinds.length;
  return [...buildKinds.slice(shift), ...buildKinds.slice(0, shift)];
}

async function runChild(options: BenchOptions, job: MeasureOptions, running: Set<ChildProcess>): Promise<RunResult> {
  const { result, ...outside } = await runMeasuredChild<Measurement>(
    options.childScript,
    measureArgs(job),
    running,
    options.cpuProfileDir,
  );
  return { ...result, ...outside };
}

/** What the parent sees of a measured child: its result line, its wall and CPU time and its tree's peak memory. */
export interface ChildRun<T> {
  readonly result: T;
  readonly wallMs: number;
  readonly treeRssKb: number | undefined;
  readonly cpuMs: number | undefined;
}

/**
 * Runs `childScript` with `args` in a fresh Node process (through tsx) and measures it from
 * outside; the child prints its own figures as JSON on a line starting with `resultMarker`.
 */
export async function runMeasuredChild<T>(
  childScript: string,
  args: readonly string[],
  running: Set<ChildProcess>,
  cpuProfileDir?: string,
): Promise<ChildRun<T>> {
  const started = performance.now();
  const cpuBefore = childrenCpuMs();
  // The project's tsx loader by URL, so the bare build can run from a folder outside the project.
  const loader = import.meta.resolve("tsx");
  const profile = cpuProfileDir === undefined ? [] : ["--cpu-prof", "--cpu-prof-dir", cpuProfileDir];
  // Every kind of build gets the heap limit of `npm run build`.
  const heap = `--max-old-space-size=${buildHeapLimitMb}`;
  const child = spawn(process.execPath, [heap, ...profile, "--import", loader, childScript, ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  running.add(child);
  const sampler = sampleTree(child.pid ?? -1);
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  running.delete(child);
  const wallMs = performance.now() - started;
  const { peakRssKb: treeRssKb, treeCpuMs } = sampler.stop();
  const cpuAfter = childrenCpuMs();
  // `cutime` counts the child and what it waited for; the samples also see children it never
  // reaped (Pagefind's binary under the Node API, Chromium), but miss the last 100 ms.
  const waitedMs = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const cpuMs = waitedMs === undefined ? treeCpuMs : Math.max(waitedMs, treeCpuMs ?? 0);
  const line = stdout.split("\n").find((candidate) => candidate.startsWith(resultMarker));
  if (code !== 0 || line === undefined) {
    throw new Error(`The measured child (${args.join(" ")}) failed (exit code ${code}).\n${stdout}`);
  }
  return { result: JSON.parse(line.slice(resultMarker.length)) as T, wallMs, treeRssKb, cpuMs };
}

/**
 * The median of each figure on its own (runs differ in which figure is high).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function medianRun(runs: readonly RunResult[]): RunResult {
  const of = (pick: (run: RunResult) => number | undefined) => {
    const values = runs.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : median(values);
  };
  return {
    wallMs: of((run) => run.wallMs) ?? 0,
    buildMs: of((run) => run.buildMs) ?? 0,
    ownCpuMs: of((run) => run.ownCpuMs) ?? 0,
    maxRssKb: of((run) => run.maxRssKb) ?? 0,
    treeRssKb: of((run) => run.treeRssKb),
    cpuMs: of((run) => run.cpuMs),
    pages: of((run) => run.pages) ?? 0,
  };
}

/** The machine, as docs/benchmarks.md records it next to the figures. */
export function machineSummary(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  const memory = Math.round(os.totalmem() / 1024 ** 3);
  return `${os.availableParallelism()} × ${cpu}, ${memory} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const seconds = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);
const megabytes = (kb: number | undefined) => (kb === undefined ? "–" : `${Math.round(kb / 1024)} MB`);

function formatRun(run: RunResult): string {
  return (
    `wall ${seconds(run.wallMs)} (in-process build ${seconds(run.buildMs)}), ` +
    `CPU ${seconds(run.cpuMs)} (Node process ${seconds(run.ownCpuMs)}), ` +
    `peak RSS ${megabytes(run.maxRssKb)} (process tree ${megabytes(run.treeRssKb)}), ${run.pages} pages`
  );
}

/**
 * The results as a Markdown table, the form docs/benchmarks.md records them in: the full
 * build against the anchor (bare Eleventy + Pagefind CLI), and against bare Eleventy alone
 * as the older, secondary figure. The CPU ratio is steadier than the wall ratio on a busy machine.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    "| N | full wall | anchor wall | bare wall | full / anchor (wall) | full / bare (wall) | full CPU | anchor CPU | bare CPU | full / anchor (CPU) | full / bare (CPU) | peak RSS full: Node (tree) | peak RSS anchor (tree) | pages full | pages bare |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const ratio = (full: number | undefined, other: number | undefined) =>
    full === undefined || !other ? "–" : `${(full / other).toFixed(2)}×`;
  const lines = rows.map(({ count, full, anchor, bare }) =>
    [
      count,
      seconds(full.wallMs),
      seconds(anchor.wallMs),
      seconds(bare.wallMs),
      `**${ratio(full.wallMs, anchor.wallMs)}**`,
      ratio(full.wallMs, bare.wallMs),
      seconds(full.cpuMs),
      seconds(anchor.cpuMs),
      seconds(bare.cpuMs),
      ratio(full.cpuMs, anchor.cpuMs),
      ratio(full.cpuMs, bare.cpuMs),
      `${megabytes(full.maxRssKb)} (${megabytes(full.treeRssKb)})`,
      megabytes(anchor.treeRssKb),
      full.pages,
      bare.pages,
    ].join(" | "),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join("\n");
}

/** The rebuild figures as a Markdown table: the cached rebuild against the clean full build. */
export function formatRebuildTable(rows: readonly BenchRow[]): string {
  const measured = rows.flatMap((row) => (row.rebuild ? [{ ...row.rebuild, row }] : []));
  if (measured.length === 0) return "";
  const header = [
    "| N | offers changed | rebuild wall | clean full wall | rebuild / clean (wall) | rebuild CPU | clean full CPU |",
    "|---:|---:|---:|---:|---:|---:|---:|",
  ];
  const lines = measured.map(({ changed, run, row }) =>
    [
      row.count,
      changed,
      seconds(run.wallMs),
      seconds(row.full.wallMs),
      `${(run.wallMs / row.full.wallMs).toFixed(2)}×`,
      seconds(run.cpuMs),
      seconds(row.full.cpuMs),
    ].join(" | "),
  );
  return [...header, ...lines.map((line) => `| ${line} |`)].join("\n");
}
