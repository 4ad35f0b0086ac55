/**
 * Text from the new-offer template that the provider has not replaced yet.
 * The template is a valid offer, so without this check an untouched skeleton
 * would be published.
 */
import { fieldPath, type Diagnostic } from "./diagnostics.js";
import type { SourceFile } from "./source.js";

/** The marker for text the provider still has to write. */
export const placeholder = "BITTE ERSETZEN";

/** Errors for template text the provider has not replaced yet (front matter and body). */
export function placeholderDiagnostics(source: SourceFile): Diagnostic[] {
  const message = `enthält noch „${placeholder}“ aus der Vorlage. Schreiben Sie hier Ihren eigenen Text.`;
  const diagnostics: Diagnostic[] = [];
  const visit = (value: unknown, keyPath: PropertyKey[]) => {
    if (typeof value === "string" && value.includes(placeholder)) {
      const line = source.lineOf(keyPath);
      diagnostics.push({
        severity: "error",
        file: source.file,
        ...(line === undefined ? {} : { line }),
        field: fieldPath(keyPath),
        message,
      });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...keyPath, index]));
    else if (typeof value === "object" && value !== null)
      for (const [key, item] of Object.entries(value)) visit(item, [...keyPath, key]);
  };
  visit(source.data, []);
  source.body.split("\n").forEach((text, index) => {
    if (text.includes(placeholder)) {
      diagnostics.push({
        severity: "error",
        file: source.file,
        line: source.bodyStartLine + index,
        field: "Beschreibung",
        message,
      });
    }
  });
  return diagnostics;
}
