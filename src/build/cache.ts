/**
 * The rebuild cache under `.cache/`: what the loader derived from each offer file
 * (parsed, validated, body rendered), stored by a hash of the file's name and bytes,
 * and the rendered files of each offer page, stored by a hash of everything the page
 * is made of. Everything is filed under a version that hashes the code, the schema,
 * the templates and the installed packages, so any change to them starts afresh.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type { CheckedOfferFile, OfferFileCache } from "../content/load.js";

/** What decides how an offer file is checked and rendered, relative to the project root. */
export const versionInputs = ["src", "templates", "package-lock.json"] as const;

/** The rebuild cache of one build: hand it to the loader, then `save()` after a successful build. */
export interface BuildCache extends OfferFileCache {
  /** The version the entries are filed under. */
  readonly version: string;
  /** How many files came from the cache and how many were checked afresh. */
  readonly stats: { hits: number; misses: number };
  /** The rendered files of offer pages. */
  readonly pages: PageStore;
  /** Writes the entries this build used (and only those) and removes other versions. */
  save(): void;
}

/**
 * Rendered files of offer pages (the page and its calendar file), filed under a key that hashes
 * everything they are made of. Files are copied, never linked: the dev server writes into `dist/`.
 */
export interface PageStore {
  /** Copies the files stored under `key` into `siteDir` (paths relative to it); false when none are stored. */
  restore(key: string, siteDir: string, files: readonly string[]): Promise<boolean>;
  /** Stores copies of `files` of `siteDir` under `key`, for this build's `save()` to keep. */
  store(key: string, siteDir: string, files: readonly string[]): Promise<void>;
  /** How many offers' pages came from the store and how many were rendered afresh. */
  readonly stats: { hits: number; misses: number };
}

/**
 * The key of an offer's rendered pages: a hash of the offer as the page template gets it
 * (its data, provider, dates and search text, which also depends on the other offers' words)
 * and of the site's facts the page prints.
 * @example pageKey(offer, { baseUrl: "https://example.org/", today: "2026-12-02" }) // "q3…" (43 characters)
 */
export const pageKey = (offer: unknown, context: unknown): string =>
  createHash("sha256")
    .update(JSON.stringify([offer, context]))
    .digest("base64url");

/**
 * Hashes every file below `inputs` of `root` (names and bytes, in a stable order); tests are
 * included, which only ever costs a needless rebuild.
 * @example cacheVersion(projectRoot) // "3f2a…" (64 hex digits)
 */
export function cacheVersion(root: string, inputs: readonly string[] = versionInputs): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    let entries;
    try {
      entries = readdirSync(full, { withFileTypes: true });
    } catch {
      hash.update(`file ${relative}\0`).update(readOptional(full));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      visit(path.join(relative, entry.name));
    }
  };
  for (const input of inputs) visit(input);
  return hash.digest("hex");
}

const readOptional = (file: string): Uint8Array => {
  try {
    return readFileSync(file);
  } catch {
    return new Uint8Array();
  }
};

const entryKey = (file: string, bytes: Uint8Array): string =>
  createHash("sha256").update(file).update("\0").update(bytes).digest("base64url");

/**
 * Opens the cache in `dir` (e.g. `.cache/build`) for `version`; a missing or unreadable
 * cache is an empty one.
 */
export function openBuildCache(dir: string, version: string): BuildCache {
  const file = path.join(dir, version, "offers.ndjson");
  const stored = readEntries(file);
  const used = new Map<string, CheckedOfferFile>();
  const stats = { hits: 0, misses: 0 };
  const pagesDir = path.join(dir, version, "pages");
  const pages = pageStore(pagesDir);
  return {
    version,
    stats,
    pages,
    get(name, bytes) {
      const key = entryKey(name, bytes);
      const checked = stored.get(key);
      if (checked === undefined) return undefined;
      stats.hits++;
      used.set(key, checked);
      return checked;
    },
    set(name, bytes, checked) {
      stats.misses++;
      used.set(entryKey(name, bytes), checked);
    },
    save() {
      for (const other of readdirOptional(dir))
        if (other !== version) rmSync(path.join(dir, other), { recursive: true });
      mkdirSync(path.dirname(file), { recursive: true });
      const lines = [...used].map((entry) => `${JSON.stringify(entry)}\n`);
      writeFileSync(`${file}.partial`, lines.join(""));
      renameSync(`${file}.partial`, file);
      for (const key of readdirOptional(pagesDir))
        if (!pages.used.has(key)) rmSync(path.join(pagesDir, key), { recursive: true });
    },
  };
}

function pageStore(pagesDir: string): PageStore & { readonly used: ReadonlySet<string> } {
  const used = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const copy = async (from: string, to: string) => {
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
  };
  return {
    used,
    stats,
    async restore(key, siteDir, files) {
      try {
        await Promise.all(files.map((file) => copy(path.join(pagesDir, key, file), path.join(siteDir, file))));
      } catch {
        stats.misses++;
        return false;
      }
      stats.hits++;
      used.add(key);
      return true;
    },
    async store(key, siteDir, files) {
      await Promise.all(files.map((file) => copy(path.join(siteDir, file), path.join(pagesDir, key, file))));
      used.add(key);
    },
  };
}

/**
 * The cache of a long-running process (`npm start`): kept in memory from one rebuild to
 * the next, emptied when the version changes; `forVersion` gives the cache for one rebuild.
 */
export function memoryCache(): { forVersion(version: string): OfferFileCache } {
  let current = "";
  let entries = new Map<string, CheckedOfferFile>();
  const cache: OfferFileCache = {
    get: (name, bytes) => entries.get(entryKey(name, bytes)),
    set: (name, bytes, checked) => void entries.set(entryKey(name, bytes), checked),
  };
  return {
    forVersion(version) {
      if (version !== current) entries = new Map();
      current = version;
      return cache;
    },
  };
}

/** The stored entries, one JSON `[key, entry]` per line; none when the file is missing or damaged. */
function readEntries(file: string): Map<string, CheckedOfferFile> {
  const lines = Buffer.from(readOptional(file)).toString("utf8").split("\n");
  try {
    return new Map(lines.filter((line) => line !== "").map((line) => JSON.parse(line) as [string, CheckedOfferFile]));
  } catch {
    return new Map();
  }
}

const readdirOptional = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};
