/**
 * The portable copy `verzeichnis-offline.zip`: the built site as a folder that
 * works opened from a USB stick (`file://`). There, a root-relative link such as
 * `/orte/` leads to the computer's root folder and a folder shows no
 * `index.html`, so every link and asset of the pages becomes relative and points
 * at a file. Search and brochure builder already switch to their offline lists
 * from `file://` (src/client/find.ts); the service worker and Pagefind do not run
 * there and stay out. The zip is reproducible: entries sorted, one fixed time
 * (the edition day), so the same site gives the same bytes.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { crc32, deflateRaw } from "node:zlib";
import { Zip, type ZipInputFile } from "fflate";
import { offlineAssets } from "./model.js";

/** The folder the zip unpacks into. */
export const portableFolder = "verzeichnis-offline";

/** Files of the site that do not work or are not needed from `file://`. */
const leftOut = (file: string): boolean =>
  file === offlineAssets.worker || file === offlineAssets.portable || file.startsWith("pagefind/");

/** Formats that are compressed already: stored, not deflated again. */
const storedFormats = new Set([".pdf", ".png", ".woff2", ".zip", ".jpg", ".jpeg", ".webp"]);

/** Where one copy is written and where the site is deployed. */
export interface PortableOptions {
  /** The site's URL sub-path, e.g. "/" or "/weiterbildung/". */
  readonly pathPrefix: string;
  /** The absolute URL of the deployed site root: links to files left out of the copy go there. */
  readonly baseUrl: string;
  /** The edition day (YYYY-MM-DD), every entry's time. */
  readonly edition: string;
}

/** A link target relative to the page that holds it; `undefined` for URLs that are not root-relative. */
type Rewrite = (url: string) => string | undefined;

/**
 * How links of the page at `page` (a file path below the site root, e.g.
 * `angebote/a/b/index.html`) read in the copy: relative, folders as their
 * `index.html`, query and fragment kept; files not in the copy go online.
 * @example linkRewriter("orte/index.html", files, options)("/suche/?ort=solingen") // "../suche/index.html?ort=solingen"
 */
export function linkRewriter(page: string, files: ReadonlySet<string>, options: PortableOptions): Rewrite {
  const from = path.posix.dirname(page);
  return (url) => {
    if (!url.startsWith(options.pathPrefix) || url.startsWith("//")) return undefined;
    const cut = url.search(/[?#]/);
    const [target, rest] = cut === -1 ? [url, ""] : [url.slice(0, cut), url.slice(cut)];
    let file = target.slice(options.pathPrefix.length);
    if (file === "" || file.endsWith("/")) file += "index.html";
    if (!files.has(file)) return `${options.baseUrl}${target.slice(options.pathPrefix.length)}${rest}`;
    return `${path.posix.relative(from, file)}${rest}`;
  };
}

/** Rewrites the URLs of `href`, `src`, `action`, `poster`, `srcset` and CSS `url()` in an HTML page. */
export function relativiseHtml(html: string, rewrite: Rewrite): string {
  const attributes = html.replace(
    /(\s(?:href|src|action|poster)=")([^"]*)"/g,
    (match, start: string, url: string) => `${start}${rewrite(url) ?? url}"`,
  );
  const srcsets = attributes.replace(
    /(\ssrcset=")([^"]*)"/g,
    (_match, start: string, list: string) =>
      `${start}${list
        .split(",")
        .map((candidate) =>
          candidate.replace(/^(\s*)(\S+)/, (_all, space: string, url: string) => `${space}${rewrite(url) ?? url}`),
        )
        .join(",")}"`,
  );
  return relativiseCss(srcsets, rewrite);
}

/** Rewrites the URLs of CSS `url()`, quoted or not. */
export function relativiseCss(css: string, rewrite: Rewrite): string {
  return css.replace(
    /url\((['"]?)([^'")]*)\1\)/g,
    (match, quote: string, url: string) => `url(${quote}${rewrite(url) ?? url}${quote})`,
  );
}

/** Every file below `dir`, as sorted POSIX paths relative to it. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** File contents as read, written and deflated (not over shared memory). */
type Bytes = Uint8Array<ArrayBuffer>;

/**
 * Runs `task` for 0 … count − 1, at most `limit` at a time: enough to keep the disk and
 * libuv's threads busy, few enough for the open-file limit and memory.
 */
async function atMost(limit: number, count: number, task: (at: number) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async (): Promise<void> => {
    for (let at = next++; at < count; at = next++) await task(at);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, run));
}

/**
 * The copy's files: path in the zip → content, in sorted order; with `only`, just those
 * files (paths below the site), their links still checked against every file of the copy.
 */
export async function portableFiles(
  siteDir: string,
  options: PortableOptions,
  only?: ReadonlySet<string>,
): Promise<Map<string, Bytes>> {
  const inCopy = new Set((await filesBelow(siteDir)).filter((file) => !leftOut(file)));
  const files = only === undefined ? [...inCopy] : [...inCopy].filter((file) => only.has(file));
  const contents = new Array<Bytes>(files.length);
  await atMost(32, files.length, async (at) => {
    const file = files[at] ?? "";
    const content = await readFile(path.join(siteDir, file));
    const relativise = { ".html": relativiseHtml, ".css": relativiseCss }[path.extname(file)];
    const text = relativise?.(content.toString("utf8"), linkRewriter(file, inCopy, options));
    contents[at] = text === undefined ? content : Buffer.from(text, "utf8");
  });
  return new Map(files.map((file, at) => [`${portableFolder}/${file}`, contents[at] ?? new Uint8Array()]));
}

const deflate = promisify(deflateRaw);

/** One file of the copy: its content and what the zip holds of it (deflated, or stored). */
interface PackedFile {
  readonly content: Bytes;
  readonly data: Bytes;
  readonly compression: 0 | 8;
}

/**
 * Compresses the files: zlib deflates them (level 6) on libuv's threads, so both cores
 * work; formats compressed already are stored.
 */
async function pack(files: ReadonlyMap<string, Bytes>): Promise<Map<string, PackedFile>> {
  const names = [...files.keys()];
  const packed = new Map<string, PackedFile>();
  // libuv runs four threads; eight at a time keeps them busy without holding thousands of zlib streams.
  await atMost(8, names.length, async (at) => {
    const name = names[at] ?? "";
    const content = files.get(name) ?? new Uint8Array();
    const stored = storedFormats.has(path.extname(name));
    packed.set(name, {
      content,
      data: stored ? content : await deflate(content, { level: 6 }),
      compression: stored ? 0 : 8,
    });
  });
  return packed;
}

/**
 * The zip of packed files, the same bytes for the same files: sorted entries, every
 * entry at noon of the edition day (local time, which the zip format stores); fflate
 * writes the zip around the compressed data.
 */
function zipPacked(packed: ReadonlyMap<string, PackedFile>, edition: string): Uint8Array {
  const [year = 1980, month = 1, day = 1] = edition.split("-").map(Number);
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const chunks: Uint8Array[] = [];
  let done = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    chunks.push(chunk);
    done = final;
  });
  for (const name of [...packed.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { content, data, compression } = packed.get(name) ?? {
      content: new Uint8Array(),
      data: new Uint8Array(),
      compression: 0,
    };
    const file: ZipInputFile = { filename: name, size: content.byteLength, crc: crc32(content), compression, mtime };
    zip.add(file);
    file.ondata?.(null, data, true);
  }
  zip.end();
  if (!done) throw new Error("fflate: the zip was not finished");
  return Buffer.concat(chunks);
}

/**
 * The zip of the copy (see `zipPacked`).
 * @example await zipCopy(await portableFiles("dist", options), "2026-12-01")
 */
export async function zipCopy(files: ReadonlyMap<string, Bytes>, edition: string): Promise<Uint8Array> {
  return zipPacked(await pack(files), edition);
}

/** The copy, read and compressed ahead of the rest of the build. */
export interface PortableCopy {
  /** Reads and compresses these files (paths below the site) again, e.g. pages changed since. */
  renew(files: readonly string[]): Promise<void>;
  /** Writes `verzeichnis-offline.zip` into the site; returns its path and size in bytes. */
  write(): Promise<{ readonly file: string; readonly bytes: number }>;
}

/**
 * Reads and compresses the copy of the site in `siteDir` (e.g. while Pagefind indexes it).
 * @example const copy = await packPortableCopy("dist.partial", options); await copy.write();
 */
export async function packPortableCopy(siteDir: string, options: PortableOptions): Promise<PortableCopy> {
  const packed = await pack(await portableFiles(siteDir, options));
  return {
    async renew(files) {
      if (files.length === 0) return;
      for (const [name, file] of await pack(await portableFiles(siteDir, options, new Set(files)))) {
        packed.set(name, file);
      }
    },
    async write() {
      const zip = zipPacked(packed, options.edition);
      const file = path.join(siteDir, offlineAssets.portable);
      await writeFile(file, zip);
      return { file, bytes: zip.byteLength };
    },
  };
}
