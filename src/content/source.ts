/**
 * Reads one provider file into front matter and Markdown body. Every way a
 * file can be broken ends in a German diagnostic, never in an exception.
 */
import matter from "gray-matter";
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import type { Diagnostic } from "./diagnostics.js";

/** Files above this size are refused before parsing (an offer is a few KB). */
export const maxFileBytes = 200 * 1024;
/** Aliases expanded by the YAML parser at most (guards against alias bombs). */
const maxAliasCount = 50;

/** A parsed file: the raw front matter and the body, with line lookup. */
export interface SourceFile {
  readonly file: string;
  readonly data: Record<string, unknown>;
  readonly body: string;
  /** Line in the file where the body starts (1-based). */
  readonly bodyStartLine: number;
  /** Line of a front-matter field, or of its closest existing parent. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export type ParseResult = { ok: true; source: SourceFile } | { ok: false; diagnostics: Diagnostic[] };

const yamlHints: Record<string, string> = {
  DUPLICATE_KEY: "Ein Feld steht doppelt im Kopf. Löschen Sie eine der beiden Zeilen.",
  BAD_INDENT: "Die Einrückung stimmt nicht. Rücken Sie Unterfelder mit Leerzeichen gleich weit ein.",
  TAB_AS_INDENT: "Zum Einrücken sind nur Leerzeichen erlaubt, keine Tabulatoren.",
  MISSING_CHAR:
    "Es fehlt ein Zeichen, oft ein schließendes Anführungszeichen oder eine Klammer ] oder }. Es kann auch in einer Zeile weiter oben fehlen.",
  MULTILINE_IMPLICIT_KEY: "Vermutlich fehlt ein Doppelpunkt oder ein Anführungszeichen ist nicht geschlossen.",
  BLOCK_AS_IMPLICIT_KEY: "Vermutlich fehlt ein Doppelpunkt nach dem Feldnamen.",
  UNEXPECTED_TOKEN:
    "An dieser Stelle steht ein unerwartetes Zeichen. Setzen Sie Texte mit : oder # in Anführungszeichen.",
  BLOCK_IN_FLOW: "In einer Liste in [ ] darf kein Zeilenumbruch mit Einrückung stehen.",
  BAD_SCALAR_START: "Texte, die mit Sonderzeichen wie @, ` oder % beginnen, brauchen Anführungszeichen.",
};

/** The error for a file above `maxFileBytes`; callers check the size before reading. */
export function oversize(file: string, byteLength: number): Diagnostic {
  return {
    severity: "error",
    file,
    message: `Die Datei ist zu groß (${Math.ceil(byteLength / 1024)} KB, erlaubt sind ${maxFileBytes / 1024} KB). Kürzen Sie die Beschreibung.`,
  };
}

/** Decodes, normalises and splits a provider file. */
export function parseSource(file: string, bytes: Uint8Array): ParseResult {
  const fail = (message: string, line?: number): ParseResult => ({
    ok: false,
    diagnostics: [{ severity: "error", file, ...(line === undefined ? {} : { line }), message }],
  });

  if (bytes.byteLength === 0) return fail("Die Datei ist leer. Schreiben Sie die Angaben zwischen zwei Zeilen ---.");
  if (bytes.byteLength > maxFileBytes) return { ok: false, diagnostics: [oversize(file, bytes.byteLength)] };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail("Die Datei ist nicht in UTF-8 gespeichert. Speichern Sie sie im Editor mit der Kodierung „UTF-8“.");
  }
  // TextDecoder drops a UTF-8 byte-order mark; CRLF and lone CR become LF.
  text = text.replace(/\r\n?/g, "\n");
  if (text.includes("\u0000"))
    return fail("Die Datei enthält Steuerzeichen (NUL). Speichern Sie sie als reinen Text in UTF-8.");
  if (!/^---[ \t]*\n/.test(text)) {
    return fail("Die Datei muss mit einer Zeile --- beginnen; danach folgen die Angaben und wieder eine Zeile ---.", 1);
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(3))) {
    return fail("Die Angaben im Kopf werden nicht mit einer Zeile --- abgeschlossen.", 1);
  }

  let document: Document | undefined;
  const lineCounter = new LineCounter();
  const split = matter(text, {
    engines: {
      yaml: (yamlText: string) => {
        document = parseDocument(yamlText, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: "core" });
        return {};
      },
    },
  });
  // gray-matter's front matter starts right after the opening "---", so its
  // first line is the file's first line.
  const front = document;
  if (front === undefined) return fail("Die Angaben im Kopf der Datei fehlen.", 1);
  if (front.errors.length > 0) {
    return { ok: false, diagnostics: front.errors.map((error) => yamlDiagnostic(file, error)) };
  }
  let data: unknown;
  try {
    data = front.toJS({ maxAliasCount });
  } catch {
    return fail(
      "Die Angaben nutzen zu viele YAML-Verweise (& und *). Schreiben Sie die Werte direkt aus, ohne Anker und Verweise.",
    );
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail("Im Kopf der Datei müssen Felder stehen, jeweils als „feld: wert“.", 2);
  }

  const bodyOffset = text.length - split.content.length;
  const bodyStartLine = countLines(text.slice(0, bodyOffset)) + 1;
  return {
    ok: true,
    source: {
      file,
      data: data as Record<string, unknown>,
      body: split.content,
      bodyStartLine,
      lineOf(path) {
        // A missing field points at its parent; the document root has no useful line.
        for (let length = path.length; length > 0; length--) {
          const line = entryLine(front, path.slice(0, length), lineCounter);
          if (line !== undefined) return line;
        }
        return undefined;
      },
    },
  };
}

/**
 * The line of a field's key, or of a list entry. The key, not the value: a
 * section's own range starts at its first entry, below the key.
 */
function entryLine(document: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number | undefined {
  const parent: unknown = document.getIn(path.slice(0, -1), true);
  const key = path.at(-1);
  const entry: unknown = isMap(parent)
    ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === key)?.key
    : isSeq(parent)
      ? parent.get(key, true)
      : undefined;
  return (isScalar(entry) || isCollection(entry)) && entry.range ? lineCounter.linePos(entry.range[0]).line : undefined;
}

function yamlDiagnostic(file: string, error: YAMLError): Diagnostic {
  const line = error.linePos?.[0].line;
  const hint = yamlHints[error.code] ?? "Prüfen Sie Doppelpunkte, Anführungszeichen und Einrückung in dieser Zeile.";
  return {
    severity: "error",
    file,
    ...(line === undefined ? {} : { line }),
    message: `Der Kopf der Datei ist kein gültiges YAML. ${hint}`,
  };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return count;
}
