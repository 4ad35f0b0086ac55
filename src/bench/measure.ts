/**
 * One measured build, run inside the child process the benchmark starts for
 * it, so module caches and the heap of one run never help or hurt another.
 */
import Eleventy from "@11ty/eleventy";
import { spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "../config/site.js";
import { formatReport } from "../content/report.js";
import { buildSite } from "../build/site.js";
import { htmlPages } from "../testing/files.js";

/** What one build cost, as seen from inside the process that ran it. */
export interface Measurement {
  /** Time spent in the build call, without Node's start-up and module loading. */
  readonly buildMs: number;
  /** User + system CPU time of this process alone; the rest of the tree's CPU time is Pagefind and esbuild. */
  readonly ownCpuMs: number;
  /** Peak resident memory of this process in KB (child processes not included). */
  readonly maxRssKb: number;
  /** HTML files in the output folder. */
  readonly pages: number;
}

/**
 * The builds the benchmark compares: the full build, bare Eleventy, and the anchor, i.e.
 * bare Eleventy followed by the Pagefind CLI over its output (the same work done by the
 * tools alone).
 */
export const buildKinds = ["full", "bare", "anchor"] as const;
export type BuildKind = (typeof buildKinds)[number];

export interface MeasureOptions {
  readonly kind: BuildKind;
  /** The offers folder (full) or the Eleventy input folder (bare). */
  readonly input: string;
  readonly output: string;
  readonly today: string;
  /** The full build's rebuild cache folder; without it the build is clean. */
  readonly cacheDir?: string;
}

/** Runs one build and measures it; throws when the full build refuses the offers. */
export async function measureBuild(options: MeasureOptions): Promise<Measurement> {
  const started = performance.now();
  if (options.kind === "full") await fullBuild(options);
  else await bareEleventyBuild(options.input, options.output);
  if (options.kind === "anchor") await pagefindCli(options.output);
  const buildMs = performance.now() - started;
  const usage = process.resourceUsage();
  return {
    buildMs,
    ownCpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
    pages: (await htmlPages(options.output)).length,
  };
}

async function fullBuild(options: MeasureOptions): Promise<void> {
  const result = await buildSite({
    offersDir: options.input,
    outputDir: options.output,
    today: options.today,
    root: projectRoot,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
  });
  if (!result.ok) throw new Error(`The generated offers did not validate:\n${formatReport(result.load)}`);
}

/**
 * Eleventy with its defaults and no configuration file, the way a new project
 * starts: run from the input's parent folder so no project config is found.
 */
async function bareEleventyBuild(input: string, output: string): Promise<void> {
  process.chdir(path.dirname(input));
  const eleventy = new Eleventy(input, output, { quietMode: true });
  await eleventy.write();
}

/** The Pagefind CLI from node_modules over a built site, as `npx pagefind --site <dir>` runs it; waited for. */
async function pagefindCli(site: string): Promise<void> {
  const bin = path.join(projectRoot, "node_modules/.bin/pagefind");
  const child = spawn(bin, ["--site", site, "--quiet"], { stdio: ["ignore", "ignore", "inherit"] });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", resolve);
  });
  if (code !== 0) throw new Error(`pagefind --site ${site} failed (exit code ${code}).`);
}
