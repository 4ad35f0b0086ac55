import { describe, expect, it } from "vitest";
import { fileSize, fillEditionFigures } from "./editions.js";
import type { Edition } from "./view.js";

const edition = (slug: string, title: string): Edition => ({ slug, title, description: "", query: "", offerCount: 1 });

describe("#7: the list of ready-made brochures", () => {
  const html = [
    '<li><p class="x" data-edition-pdf="gesamt">Das PDF wird beim Bauen erstellt.</p></li>',
    '<li><p class="x" data-edition-pdf="solingen">Das PDF wird beim Bauen erstellt.</p></li>',
  ].join("");

  it("gets each printed brochure's link, page count and size in place of its note", () => {
    const filled = fillEditionFigures(html, [
      { edition: edition("gesamt", "Gesamtverzeichnis"), pages: 45, bytes: 1_279_222 },
    ]);
    expect(filled).toContain(
      '<p class="x" data-edition-pdf="gesamt"><a href="gesamt.pdf">Gesamtverzeichnis als PDF herunterladen</a> <span class="app-editions__figures">(45 Seiten, 1,3 MB)</span></p>',
    );
    expect(filled).toContain('data-edition-pdf="solingen">Das PDF wird beim Bauen erstellt.</p>');
  });

  it("can be filled again (npm run brochure after a build)", () => {
    const once = fillEditionFigures(html, [
      { edition: edition("gesamt", "Gesamtverzeichnis"), pages: 45, bytes: 1_279_222 },
    ]);
    const twice = fillEditionFigures(once, [
      { edition: edition("gesamt", "Gesamtverzeichnis"), pages: 1, bytes: 84_000 },
    ]);
    expect(twice).toContain("(1 Seite, 84 KB)");
    expect(twice).not.toContain("45 Seiten");
  });

  it("fails loudly for an edition the page does not list", () => {
    expect(() =>
      fillEditionFigures(html, [{ edition: edition("remscheid", "Remscheid"), pages: 3, bytes: 1 }]),
    ).toThrow(/remscheid/);
  });

  it("writes sizes the German way", () => {
    expect([fileSize(84_000), fileSize(400), fileSize(1_279_222), fileSize(12_000_000)]).toEqual([
      "84 KB",
      "1 KB",
      "1,3 MB",
      "12 MB",
    ]);
  });
});
