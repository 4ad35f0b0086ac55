import { describe, expect, it } from "vitest";
import { provider } from "../schema/__fixtures__/offers.js";
import type { Diagnostic } from "./diagnostics.js";
import type { LoadResult } from "./load.js";
import { formatReport, reportData } from "./report.js";

const diagnostics: Diagnostic[] = [
  { severity: "warning", file: "offers/b/kurs.md", field: "updated", message: "Die Angaben sind älter als 6 Monate." },
  { severity: "error", file: "offers/a/kurs.md", line: 9, field: "format", message: "unbekannter Wert „Präsenz“." },
  { severity: "error", file: "offers/a/kurs.md", line: 4, field: "topics[1]", message: "unbekannter Wert „it“." },
  { severity: "error", file: "offers/a/leer.md", message: "Die Datei ist leer." },
];

const result = (overrides: Partial<LoadResult> = {}): LoadResult => ({
  providers: [],
  offers: [],
  unpublished: [],
  diagnostics: [],
  fileCount: 0,
  skipped: [],
  ...overrides,
});

describe("formatReport", () => {
  it("groups problems by file, sorted by line, in German", () => {
    const report = formatReport(
      result({
        diagnostics,
        fileCount: 3,
        unpublished: [{ file: "offers/b/alt.md", title: "Altkurs", reason: "abgelaufen: gültig bis 2026-10-31" }],
      }),
    );
    expect(report).toBe(
      [
        "offers/b/kurs.md",
        "  Hinweis: updated: Die Angaben sind älter als 6 Monate.",
        "",
        "offers/a/kurs.md",
        "  Fehler, Zeile 4: topics[1]: unbekannter Wert „it“.",
        "  Fehler, Zeile 9: format: unbekannter Wert „Präsenz“.",
        "",
        "offers/a/leer.md",
        "  Fehler: Die Datei ist leer.",
        "",
        "Nicht veröffentlicht:",
        "  offers/b/alt.md – „Altkurs“: abgelaufen: gültig bis 2026-10-31",
        "",
        "3 Angebotsdateien von 0 Trägern geprüft: 0 veröffentlicht, 1 nicht veröffentlicht, 3 Fehler, 1 Hinweis.",
        "Bitte beheben Sie die Fehler. Erst dann kann das Verzeichnis gebaut werden.",
      ].join("\n"),
    );
  });

  it("says all is well when there are only warnings, with singular words for one", () => {
    const profile = {
      slug: "a",
      url: "/traeger/a/",
      file: "offers/a/_provider.md",
      data: provider,
      descriptionHtml: "",
    };
    const report = formatReport(result({ diagnostics: diagnostics.slice(0, 1), fileCount: 1, providers: [profile] }));
    expect(report.split("\n").slice(-2)).toEqual([
      "1 Angebotsdatei von 1 Träger geprüft: 0 veröffentlicht, 0 nicht veröffentlicht, 0 Fehler, 1 Hinweis.",
      "Alles in Ordnung.",
    ]);
  });
});

describe("reportData", () => {
  it("has a stable JSON shape with counts, diagnostics and unpublished offers", () => {
    const data = reportData(result({ diagnostics, fileCount: 3 }));
    expect(JSON.parse(JSON.stringify(data))).toEqual({
      ok: false,
      files: 3,
      published: 0,
      providers: 0,
      errors: 3,
      warnings: 1,
      diagnostics,
      unpublished: [],
      skipped: [],
    });
    expect(reportData(result()).ok).toBe(true);
  });
});
