import { describe, expect, it } from "vitest";
import { emptyHint, moreLabel, readingNotes, resultStatus, showResultsLabel, toggleCount } from "./text.js";

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
  it("#10: say how the words were read: corrected, split, unknown, and results with only some words", () => {
    const plan = {
      words: [
        { typed: "pflgee", search: ["pflege"], kind: "corrected", correction: "Pflege" },
        { typed: "altenpflege", search: ["alten", "pflege"], kind: "split" },
        { typed: "xyzzy", search: [], kind: "unknown" },
      ] as const,
    };
    expect(readingNotes({ plan, matched: 1, searched: 2 })).toEqual([
      "Für „pflgee“ gibt es keine Treffer. Angezeigt werden Treffer für „Pflege“.",
      "„altenpflege“ steht so in keinem Angebot. Gesucht wird nach „alten“ und „pflege“.",
      "„xyzzy“ kommt in keinem Angebot vor.",
      "Kein Angebot enthält alle 2 Suchwörter. Angezeigt werden die Angebote mit 1 davon.",
    ]);
    expect(readingNotes({ plan: undefined, matched: 0, searched: 0 })).toEqual([]);
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
