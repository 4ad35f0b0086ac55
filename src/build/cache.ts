/**
 * The rebuild cache under `.cache/`: what the loader derived from each offer file
 * (parsed, validated, body rendered), stored by a hash of the file's name and bytes.
 * Everything is filed under a version that hashes the code, the schema, the
 * templates and the installed packages, so any change to them starts afresh.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
  /** Writes the entries this build used (and only those) and removes other versions. */
  save(): void;
}

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
  return {
    version,
    stats,
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
