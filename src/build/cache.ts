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
import type { SearchableOffer } from "../search/model.js";
import { offerFiles } from "../site/calendar.js";

/** What decides how an offer file is checked and rendered, relative to the project root. */
export const versionInputs = ["src", "templates", "package-lock.json"] as const;

/** The rebuild cache of one build: hand it to the loader, then `save()` after a successful build. */
export interface BuildCache extends OfferFileCache {
  /** The version the entries are filed under. */
  readonly version: string;
  /** How many files came from the cache and how many were checked afresh. */
  readonly stats: { hits: number; misses: number };
  /** How many offers' pages came from the cache and how many were rendered afresh. */
  readonly pageStats: { hits: number; misses: number };
  /** The rendered offer pages of this build's site in `siteDir`, which prints the site facts `context`. */
  offerPages(siteDir: string, context: unknown): OfferPages;
  /** Writes the entries this build used (and only those) and removes other versions. */
  save(): void;
}

/**
 * Rendered offer pages (each offer's page and calendar file), filed under a hash of the offer
 * as the page template gets it (its data, provider, dates and search text, which also depends
 * on the other offers' words) and of the site facts the page prints. Files are copied, never
 * linked: the dev server writes into `dist/`.
 */
export interface OfferPages {
  /**
   * Copies into the site the stored pages of those `offers` whose pages would come out the same;
   * resolves to the others, which are left to render, and the number of files copied.
   */
  restore(offers: readonly SearchableOffer[]): Promise<{ rendered: readonly SearchableOffer[]; files: number }>;
  /** Stores the pages of `offers` as they are in the site, for this build's `save()` to keep. */
  store(offers: readonly SearchableOffer[]): Promise<void>;
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
  const pagesDir = path.join(dir, version, "pages");
  const usedPages = new Set<string>();
  const pageStats = { hits: 0, misses: 0 };
  return {
    version,
    stats,
    pageStats,
    offerPages: (siteDir, context) => offerPageStore({ pagesDir, siteDir, context, used: usedPages, stats: pageStats }),
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
        if (!usedPages.has(key)) rmSync(path.join(pagesDir, key), { recursive: true });
    },
  };
}

function offerPageStore(options: {
  readonly pagesDir: string;
  readonly siteDir: string;
  readonly context: unknown;
  readonly used: Set<string>;
  readonly stats: { hits: number; misses: number };
}): OfferPages {
  const keys = new Map<SearchableOffer, string>();
  const keyOf = (offer: SearchableOffer): string => {
    const key =
      keys.get(offer) ??
      createHash("sha256")
        .update(JSON.stringify([offer, options.context]))
        .digest("base64url");
    keys.set(offer, key);
    return key;
  };
  const files = (offer: SearchableOffer) =>
    offerFiles(offer).map((file) => ({
      stored: path.join(options.pagesDir, keyOf(offer), file),
      inSite: path.join(options.siteDir, file),
    }));
  const copy = async (from: string, to: string) => {
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(from, to);
  };
  return {
    async restore(offers) {
      const restored = await Promise.all(
        offers.map((offer) =>
          Promise.all(files(offer).map(({ stored, inSite }) => copy(stored, inSite))).then(
            () => true,
            () => false,
          ),
        ),
      );
      const copied = offers.filter((_, index) => restored[index]);
      for (const offer of copied) options.used.add(keyOf(offer));
      options.stats.hits += copied.length;
      options.stats.misses += offers.length - copied.length;
      return {
        rendered: offers.filter((_, index) => !restored[index]),
        files: copied.reduce((sum, offer) => sum + offerFiles(offer).length, 0),
      };
    },
    async store(offers) {
      await Promise.all(offers.flatMap((offer) => files(offer).map(({ stored, inSite }) => copy(inSite, stored))));
      for (const offer of offers) options.used.add(keyOf(offer));
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
