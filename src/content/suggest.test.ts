import { describe, expect, it } from "vitest";
import { editDistance, slugify, suggest, transliterate } from "./suggest.js";

const formats = ["praesenz", "online", "hybrid"];
const topics = ["sprache-integration", "digitalisierung-it", "lager-logistik", "existenzgruendung"];

describe("suggest", () => {
  it("finds the value meant by a typo", () => {
    expect(suggest("sprache-integratoin", topics)).toBe("sprache-integration");
    expect(suggest("lager-logistk", topics)).toBe("lager-logistik");
    expect(suggest("hybird", formats)).toBe("hybrid");
  });

  it("forgives umlauts, capitals, spaces and underscores", () => {
    expect(suggest("Präsenz", formats)).toBe("praesenz");
    expect(suggest("Existenzgründung", topics)).toBe("existenzgruendung");
    expect(suggest("Lager Logistik", topics)).toBe("lager-logistik");
    expect(suggest("digitalisierung_it", topics)).toBe("digitalisierung-it");
  });

  it("suggests nothing for values that are far off", () => {
    expect(suggest("fernstudium", formats)).toBeUndefined();
    expect(suggest("kochen", topics)).toBeUndefined();
    expect(suggest("", formats)).toBeUndefined();
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("stops early above the limit", () => {
    expect(editDistance("a".repeat(50), "b".repeat(50), 2)).toBe(3);
    expect(editDistance("short", "a much longer text", 2)).toBe(3);
  });
});

describe("transliterate", () => {
  it("writes umlauts and ß out, in lower case", () => {
    expect(transliterate("Übungsfirma Größe")).toBe("uebungsfirma groesse");
  });
});

describe("slugify", () => {
  it("writes umlauts out, drops accents and joins words with single hyphens", () => {
    expect(slugify("Übungsfirma Büro")).toBe("uebungsfirma-buero");
    expect(slugify(" Café am Bahnhof – Teil 2! ")).toBe("cafe-am-bahnhof-teil-2");
    expect(slugify("Pflegebasiskurs für Ältere – Teil 2")).toBe("pflegebasiskurs-fuer-aeltere-teil-2");
    expect(slugify("Kauffrau/Kaufmann für Büromanagement")).toBe("kauffrau-kaufmann-fuer-bueromanagement");
  });
});
