import { describe, expect, it } from "vitest";
import { emptyHint, moreLabel, relaxedNote, resultStatus, showResultsLabel, toggleCount } from "./text.js";

describe("resultStatus", () => {
  it("counts in German, singular and plural", () => {
    expect(resultStatus(0, "")).toBe("Keine Angebote gefunden.");
    expect(resultStatus(1, "")).toBe("1 Angebot gefunden.");
    expect(resultStatus(4000, "")).toBe("4.000 Angebote gefunden.");
  });

  it("names the query", () => {
    expect(resultStatus(3, "Pflege")).toBe("3 Angebote für „Pflege“ gefunden.");
  });
});

describe("the other texts", () => {
  it("explain a broader query", () => {
    expect(relaxedNote("Deutschkurs B2", { query: "Deutschkurs", prefix: false })).toBe(
      "Keine Treffer für „Deutschkurs B2“. Angezeigt werden Treffer für „Deutschkurs“.",
    );
    expect(relaxedNote("Pflegekurs", { query: "Pflege", prefix: true })).toBe(
      "Keine Treffer für „Pflegekurs“. Angezeigt werden Treffer für Wörter, die mit „Pflege“ beginnen.",
    );
  });

  it("suggest removing a filter when filters are chosen", () => {
    expect(emptyHint(1, "")).toBe("Entfernen Sie den Filter, dann finden Sie mehr Angebote:");
    expect(emptyHint(2, "")).toContain("einen der Filter");
    expect(emptyHint(2, "xyz")).toContain("„xyz“");
    expect(emptyHint(0, "xyz")).not.toContain("Filter");
  });

  it("label the buttons", () => {
    expect(moreLabel(1)).toBe("1 weiteres Angebot anzeigen");
    expect(moreLabel(20)).toBe("20 weitere Angebote anzeigen");
    expect(showResultsLabel(12)).toBe("12 Angebote anzeigen");
    expect(showResultsLabel(0)).toBe("Zum Ergebnis");
    expect(toggleCount(0)).toBe("");
    expect(toggleCount(2)).toBe("(2 gewählt)");
  });
});
