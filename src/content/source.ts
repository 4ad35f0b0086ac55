/**
 * Reads one provider file into front matter and Markdown body. Every way a
 * file can be broken ends in a German diagnostic, never in an exception.
 */
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from "yaml";
import { visibleText } from "../schema/text.js";
import type { Diagnostic } from "./diagnostics.js";

/** Files above this size are refused before parsing (an offer is a few KB). */
export const maxFileBytes = 200 * 1024;
/** Aliases expanded by the YAML parser at most (guards against alias bombs). */
const maxAliasCount = 50;
/** Nesting of `[` and `{` in the front matter at most (an offer needs three levels). */
const maxFlowDepth = 16;
/** YAML errors reported per file at most; one mistake often causes several. */
const maxYamlErrors = 10;
/** Lines of front matter at most: an offer needs about 40, and YAML's duplicate-key check is quadratic in the keys. */
const maxFrontMatterLines = 1000;
/** Characters in one line of front matter at most (the longest text field holds 2000). */
const maxLineLength = 10_000;

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
  // Front matter in another language (`---js`, `---coffee`, `---toml`) would be
  // run or read by other parsers; only YAML is accepted, and never evaluated.
  if (/^---[ \t]*[^\s-]/.test(text)) {
    return fail(
      "Im Kopf der Datei ist nur YAML erlaubt. Die erste Zeile muss genau --- sein, ohne Zusatz wie js oder json.",
      1,
    );
  }
  if (!/^---[ \t]*\n/.test(text)) {
    return fail("Die Datei muss mit einer Zeile --- beginnen; danach folgen die Angaben und wieder eine Zeile ---.", 1);
  }
  const closing = /\n---[ \t]*(\n|$)/.exec(text.slice(3));
  if (closing === null) {
    return fail("Die Angaben im Kopf werden nicht mit einer Zeile --- abgeschlossen.", 1);
  }
  // The YAML text starts right after the opening "---", so its first line is the file's first line.
  const yamlText = text.slice(3, 3 + closing.index);
  const bodyOffset = 3 + closing.index + closing[0].length;
  const body = text.slice(bodyOffset);
  if (flowDepth(yamlText) > maxFlowDepth) {
    return fail(
      "Die Angaben sind zu tief verschachtelt (zu viele [ oder { ineinander). Schreiben Sie Listen als [wert-1, wert-2], wie in der Anleitung.",
    );
  }

  const lines = yamlText.split("\n");
  if (lines.length > maxFrontMatterLines) {
    return fail(
      `Der Kopf der Datei ist zu lang (${lines.length} Zeilen, erlaubt sind ${maxFrontMatterLines}). Längere Texte gehören in die Beschreibung unter dem Kopf.`,
    );
  }
  const longLine = lines.findIndex((line) => line.length > maxLineLength);
  if (longLine !== -1) {
    return fail(
      `Zeile ${longLine + 1} im Kopf der Datei ist zu lang (${lines[longLine]?.length ?? 0} Zeichen, erlaubt sind ${maxLineLength}). Längere Texte gehören in die Beschreibung unter dem Kopf.`,
      longLine + 1,
    );
  }
  const lineCounter = new LineCounter();
  // Without pretty errors: they quote every error's line, and one long line can hold thousands of errors.
  const front = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  if (front.errors.length > 0) {
    // One mistake often causes several errors at one line: each message once, the first few only.
    const seen = new Set<string>();
    const diagnostics: Diagnostic[] = [];
    for (const error of front.errors.slice(0, 5 * maxYamlErrors)) {
      const diagnostic = yamlDiagnostic(file, error, lines, lineCounter.linePos(error.pos[0]).line);
      const key = `${diagnostic.line ?? 0} ${diagnostic.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(diagnostic);
      if (diagnostics.length === maxYamlErrors) break;
    }
    return { ok: false, diagnostics };
  }
  if (front.contents === null) return fail("Die Angaben im Kopf der Datei fehlen.", 1);
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

  const bodyStartLine = countLines(text.slice(0, bodyOffset)) + 1;
  return {
    ok: true,
    source: {
      file,
      data: data as Record<string, unknown>,
      body,
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

function yamlDiagnostic(file: string, error: YAMLError, lines: readonly string[], errorLine: number): Diagnostic {
  const advice = lineAdvice(error.code, lines, errorLine);
  const line = advice?.line ?? errorLine;
  const hint =
    advice?.hint ??
    yamlHints[error.code] ??
    "Prüfen Sie Doppelpunkte, Anführungszeichen und Einrückung in dieser Zeile.";
  return {
    severity: "error",
    file,
    ...(line === undefined ? {} : { line }),
    message: `Der Kopf der Datei ist kein gültiges YAML. ${hint}`,
  };
}

const indentOf = (line: string) => line.length - line.trimStart().length;
/** The column where a line's key starts: after the indentation and a list dash. */
const keyColumn = (line: string) => indentOf(line) + (/^\s*- /.test(line) ? line.trimStart().indexOf(" ") + 1 : 0);
const keyValue = /^(\s*(?:- )?)([A-Za-z_][A-Za-z0-9_-]{0,60}):[ \t]+(.*)$/;

/**
 * Advice for the common mistakes behind a YAML error, by looking at the lines
 * around it: an unquoted „: “ in a text, a field indented too far or not far
 * enough, a tab. Lines are 1-based, as in the file.
 */
function lineAdvice(
  code: string,
  lines: readonly string[],
  errorLine: number,
): { line: number; hint: string } | undefined {
  const text = (line: number) => lines[line - 1] ?? "";
  if (code === "TAB_AS_INDENT") {
    return {
      line: errorLine,
      hint: `In Zeile ${errorLine} steht am Zeilenanfang ein Tabulator. Zum Einrücken sind nur Leerzeichen erlaubt, keine Tabulatoren: Ersetzen Sie den Tabulator durch Leerzeichen.`,
    };
  }
  if (code !== "BLOCK_AS_IMPLICIT_KEY" && code !== "MULTILINE_IMPLICIT_KEY" && code !== "BAD_INDENT") return undefined;
  for (let line = errorLine; line <= Math.min(errorLine + 2, lines.length); line++) {
    const previous = text(line - 1);
    const current = text(line);
    if (line > errorLine || code === "BAD_INDENT") {
      const expected = keyColumn(previous);
      const found = indentOf(current);
      if (
        current.trim() !== "" &&
        previous.trim() !== "" &&
        !previous.trimEnd().endsWith(":") &&
        found !== expected &&
        keyValue.test(current)
      ) {
        return {
          line,
          hint: `Zeile ${line} ist mit ${found} Leerzeichen eingerückt, das Feld darüber mit ${expected} Leerzeichen. Rücken Sie Felder derselben Ebene gleich weit ein, hier mit ${expected} Leerzeichen.`,
        };
      }
    }
    const match = keyValue.exec(current);
    const value = match?.[3] ?? "";
    if (match && value.includes(": ") && !/^["'[{|>]/.test(value)) {
      const corrected = `${match[1] ?? ""}${match[2] ?? ""}: ${JSON.stringify(value.trim())}`;
      return {
        line,
        hint: `In Zeile ${line} enthält der Text einen Doppelpunkt mit Leerzeichen („: “). Solchen Text in Anführungszeichen setzen, so: ${visibleText(corrected.trim(), 160)}`,
      };
    }
  }
  return undefined;
}

/** The deepest nesting of `[` and `{` outside quotes, in one pass. */
function flowDepth(yaml: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let index = 0; index < yaml.length; index++) {
    const character = yaml[index];
    if (quote !== undefined) {
      if (character === "\\" && quote === '"') index++;
      else if (character === quote || character === "\n") quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === "[" || character === "{") deepest = Math.max(deepest, ++depth);
    else if ((character === "]" || character === "}") && depth > 0) depth--;
    else if (character === "#") {
      const end = yaml.indexOf("\n", index);
      index = end === -1 ? yaml.length : end;
    }
  }
  return deepest;
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count++;
  return count;
}
