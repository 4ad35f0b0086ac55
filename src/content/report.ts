/** The validation report shown by `npm run validate` and by a refused build. */
import type { Diagnostic } from "./diagnostics.js";
import type { LoadResult } from "./load.js";

/** The report as JSON-ready data (`npm run validate -- --json`). */
export function reportData(result: LoadResult) {
  const count = (severity: Diagnostic["severity"]) =>
    result.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
  const errors = count("error");
  return {
    ok: errors === 0,
    files: result.fileCount,
    published: result.offers.length,
    providers: result.providers.length,
    errors,
    warnings: count("warning"),
    diagnostics: result.diagnostics,
    unpublished: result.unpublished,
    skipped: result.skipped,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A readable German report, grouped by file.
 * @example "offers/a/b.md\n  Zeile 4, topics[1]: unbekannter Wert …"
 */
export function formatReport(result: LoadResult): string {
  const data = reportData(result);
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of result.diagnostics) {
    const list = byFile.get(diagnostic.file) ?? [];
    list.push(diagnostic);
    byFile.set(diagnostic.file, list);
  }
  const lines: string[] = [];
  for (const [file, diagnostics] of byFile) {
    lines.push(file);
    for (const diagnostic of diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const kind = diagnostic.severity === "error" ? "Fehler" : "Hinweis";
      const line = diagnostic.line === undefined ? "" : `, Zeile ${diagnostic.line}`;
      const field = diagnostic.field === undefined ? "" : ` ${diagnostic.field}`;
      lines.push(`  ${kind}${line}:${field}${field ? ":" : ""} ${diagnostic.message}`);
    }
    lines.push("");
  }
  if (result.unpublished.length > 0) {
    lines.push("Nicht veröffentlicht:");
    for (const entry of result.unpublished) lines.push(`  ${entry.file} – „${entry.title}“: ${entry.reason}`);
    lines.push("");
  }
  if (result.skipped.length > 0) {
    lines.push("Übersprungen:");
    for (const entry of result.skipped) lines.push(`  ${entry.file}: ${entry.reason}`);
    lines.push("");
  }
  lines.push(
    `${plural(data.files, "Angebotsdatei", "Angebotsdateien")} von ${plural(data.providers, "Träger", "Trägern")} geprüft: ` +
      `${data.published} veröffentlicht, ${data.unpublished.length} nicht veröffentlicht, ` +
      `${data.errors} Fehler, ${plural(data.warnings, "Hinweis", "Hinweise")}.`,
  );
  lines.push(
    data.ok ? "Alles in Ordnung." : "Bitte beheben Sie die Fehler. Erst dann kann das Verzeichnis gebaut werden.",
  );
  return lines.join("\n");
}
