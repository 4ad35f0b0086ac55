/**
 * The loader's only access to the file system. Lists folders with their raw
 * names and reads provider files, accepting nothing but regular files: links,
 * devices, FIFOs and folders in place of a file are refused with a German
 * message, a FIFO is never waited on, and every failing call becomes a message
 * for its path instead of an exception.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from "node:fs";
import path from "node:path";
import { visibleText } from "../schema/text.js";

/** What a folder entry is, without following links. */
export type EntryKind = "file" | "folder" | "link" | "other";

/** One entry of a listed folder. */
export interface FolderEntry {
  /** The name as text; undefined when it is not valid UTF-8. */
  readonly name: string | undefined;
  /** The name for messages: control characters and bytes that are not UTF-8 shown as codes, e.g. `\xFF`. */
  readonly shown: string;
  readonly kind: EntryKind;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * A raw file name for messages, readable whatever its bytes.
 * @example shownName(Buffer.from([0x6b, 0xff])) // "k\\xFF"
 */
export function shownName(raw: Uint8Array): string {
  try {
    return visibleText(decoder.decode(raw), 200);
  } catch {
    return [...raw]
      .map((byte) =>
        byte >= 0x20 && byte < 0x7f
          ? String.fromCharCode(byte)
          : `\\x${byte.toString(16).toUpperCase().padStart(2, "0")}`,
      )
      .join("");
  }
}

const kindOf = (info: Pick<Stats, "isSymbolicLink" | "isDirectory" | "isFile">): EntryKind =>
  info.isSymbolicLink() ? "link" : info.isDirectory() ? "folder" : info.isFile() ? "file" : "other";

/** A German explanation of a failed file-system call. */
function failure(error: unknown, what: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return `${what} kann nicht gelesen werden: keine Leserechte.`;
  if (code === "ENAMETOOLONG") return `${what} hat einen zu langen Namen.`;
  if (code === "ELOOP") return `${what} ist eine Verknüpfung; bitte die Datei selbst ablegen.`;
  return `${what} kann nicht gelesen werden${code === undefined ? "" : ` (${code})`}.`;
}

/** The entries of a folder, sorted by name, or a German message when it cannot be listed. */
export function listFolder(folder: string): { entries: FolderEntry[] } | { error: string } {
  try {
    const dirents = readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
    const entries = dirents.map((dirent): FolderEntry => {
      const raw = dirent.name;
      let name: string | undefined;
      try {
        name = decoder.decode(raw);
      } catch {
        name = undefined;
      }
      let kind = kindOf(dirent);
      // Some file systems do not tell the type while listing.
      if (
        kind === "other" &&
        !dirent.isFIFO() &&
        !dirent.isSocket() &&
        !dirent.isBlockDevice() &&
        !dirent.isCharacterDevice()
      ) {
        try {
          kind = kindOf(lstatSync(Buffer.concat([Buffer.from(`${folder}${path.sep}`), raw])));
        } catch {
          kind = "other";
        }
      }
      return { name, shown: shownName(raw), kind };
    });
    return { entries: entries.sort((a, b) => (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0)) };
  } catch (error) {
    return { error: failure(error, "Der Ordner") };
  }
}

/** Why an entry that should be a file is not one, or undefined for a regular file. */
export function notAFile(kind: EntryKind): string | undefined {
  if (kind === "link") return "ist eine Verknüpfung; bitte die Datei selbst ablegen.";
  if (kind === "folder") return "ist ein Ordner, keine Datei.";
  if (kind === "other")
    return "ist keine gewöhnliche Datei (z. B. ein Gerät oder eine Pipe); bitte eine Textdatei ablegen.";
  return undefined;
}

/** The bytes of a regular file, or why it was not read. */
export type ReadFileResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly missing: boolean; readonly message: string; readonly size?: number };

/**
 * Reads a regular file of at most `maxBytes` without following a link and
 * without waiting on a FIFO: checked with lstat, opened with O_NOFOLLOW and
 * O_NONBLOCK, and checked again on the open descriptor.
 */
export function readRegularFile(file: string, maxBytes: number): ReadFileResult {
  const refuse = (message: string, size?: number): ReadFileResult => ({
    ok: false,
    missing: false,
    message: `Die Datei ${message}`,
    ...(size === undefined ? {} : { size }),
  });
  let info: Stats;
  try {
    info = lstatSync(file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    return { ok: false, missing, message: missing ? "Die Datei fehlt." : failure(error, "Die Datei") };
  }
  const wrongKind = notAFile(kindOf(info));
  if (wrongKind !== undefined) return refuse(wrongKind);
  if (info.size > maxBytes) return refuse("ist zu groß.", info.size);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const opened = fstatSync(descriptor);
    if (!opened.isFile()) return refuse(notAFile(kindOf(opened)) ?? "ist keine gewöhnliche Datei.");
    if (opened.size > maxBytes) return refuse("ist zu groß.", opened.size);
    // One byte more than allowed tells a file that grew since the check.
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read) {
      read = readSync(descriptor, buffer, length, buffer.length - length, null);
    }
    if (length > maxBytes) return refuse("ist zu groß.", length);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, missing: false, message: failure(error, "Die Datei") };
  } finally {
    if (descriptor !== undefined) {
      try {
        closeSync(descriptor);
      } catch {
        // Nothing was read after a failed close; the result stands.
      }
    }
  }
}
