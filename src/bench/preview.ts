/**
 * How soon `npm start` shows an edited offer: starts Eleventy's dev server over a copy of an
 * offers folder, changes one offer's title several times and takes the time from saving the
 * file until the server sends the page with the new title, and until the search index has
 * changed too (`pagefind/pagefind-entry.json` names the index files by their content hash).
 */
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../config/site.js";

export interface PreviewOptions {
  /** The offers folder the server previews (a copy: its offer gets changed). */
  readonly offersDir: string;
  /** The offer file to change, relative to `offersDir`, e.g. `traeger/kurs.md`. */
  readonly offerFile: string;
  readonly outputDir: string;
  readonly port: number;
  readonly rounds: number;
  readonly log: (line: string) => void;
}

/** One save as the person editing sees it. */
export interface PreviewRound {
  /** From writing the file until the server sends the page with the change. */
  readonly pageMs: number;
  /** From writing the file until the search index has changed. */
  readonly indexMs: number;
}

export interface PreviewResult {
  /** From starting the server until the first build's page and index are served. */
  readonly startMs: number;
  readonly rounds: readonly PreviewRound[];
}

const pollMs = 20;
const timeoutMs = 15 * 60 * 1000;

/**
 * The URL of an offer file's page, from its path below the offers folder.
 * @example offerPageUrl("traeger/kurs.md") // "/angebote/traeger/kurs/"
 */
export const offerPageUrl = (offerFile: string): string =>
  `/angebote/${offerFile.replace(/\.md$/, "").split(path.sep).join("/")}/`;

/**
 * The file with `marker` (e.g. "R2") at the end of its title (`title: …` in the front matter,
 * quoted or not), in place of an earlier marker.
 * @example retitled('---\ntitle: "Kurs: Pflege R1"\n---\n', "R2") // '---\ntitle: "Kurs: Pflege R2"\n---\n'
 */
export function retitled(source: string, marker: string): string {
  const changed = source.replace(
    /^title: (["']?)(.*?)\1$/m,
    (_, quote: string, title: string) => `title: ${quote}${title.replace(/ R\d+$/, "")} ${marker}${quote}`,
  );
  if (changed === source) throw new Error("The offer file has no `title:` line to change.");
  return changed;
}

/** Runs the dev server, measures `rounds` saves and stops the server again. */
export async function measurePreview(options: PreviewOptions): Promise<PreviewResult> {
  const base = `http://localhost:${options.port}`;
  const eleventy = path.join(projectRoot, "node_modules/.bin/eleventy");
  const started = performance.now();
  const server = spawn(eleventy, ["--serve", "--port", String(options.port), "--output", options.outputDir], {
    cwd: projectRoot,
    env: { ...process.env, OFFERS_DIR: options.offersDir },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    const page = `${base}${offerPageUrl(options.offerFile)}`;
    const entry = `${base}/pagefind/pagefind-entry.json`;
    await until(async () => (await fetchText(page)) !== undefined && (await fetchText(entry)) !== undefined);
    const startMs = performance.now() - started;
    options.log(`  server up, first build served after ${(startMs / 1000).toFixed(2)} s`);
    const file = path.join(options.offersDir, options.offerFile);
    const rounds: PreviewRound[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const marker = `R${round}`;
      const indexBefore = await fetchText(entry);
      const source = retitled(await readFile(file, "utf8"), marker);
      const saved = performance.now();
      await writeFile(file, source);
      await until(async () => (await fetchText(page))?.includes(`${marker} – `) === true);
      const pageMs = performance.now() - saved;
      await until(async () => {
        const index = await fetchText(entry);
        return index !== undefined && index !== indexBefore;
      });
      const indexMs = performance.now() - saved;
      rounds.push({ pageMs, indexMs });
      options.log(`  save ${round}: page after ${pageMs.toFixed(0)} ms, search index after ${indexMs.toFixed(0)} ms`);
      // The server's watcher settles before the next save.
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    return { startMs, rounds };
  } finally {
    // The server runs in its own process group, so Pagefind's binary ends with it.
    if (server.pid !== undefined) process.kill(-server.pid, "SIGTERM");
  }
}

async function fetchText(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: "no-store" });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error("The dev server did not show the change in time.");
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
