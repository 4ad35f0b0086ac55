import { describe, expect, it } from "vitest";
import { choose, Lexicon, narrowSplits, planQuery, queryTerms, wordScore } from "./query.js";

// A small vocabulary as the build writes it: words with the number of offers using each.
const lexicon = new Lexicon({
  words:
    "Pflege kurs Kurse Umschulung alten Büro Kauffrau Bewerbung training Bewerbungstraining Sprache Schweißen Altenpflege Wuppertal",
  counts: [24, 60, 10, 30, 3, 12, 6, 30, 4, 3, 20, 2, 14, 40],
});

describe("#10: queryTerms", () => {
  it("keeps the words that tell offers apart, as typed and folded", () => {
    expect(queryTerms("Ich suche einen Deutschkurs für Frauen in Wuppertal")).toEqual([
      { typed: "deutschkurs", folded: "deutschkurs" },
      { typed: "frauen", folded: "frauen" },
      { typed: "wuppertal", folded: "wuppertal" },
    ]);
  });
});

describe("#10: Lexicon", () => {
  it("knows word starts and inflected forms, as the index does", () => {
    expect(lexicon.knows("pfleg")).toBe(true);
    expect(lexicon.knows("umschulungen")).toBe(true);
    expect(lexicon.knows("pflegekurs")).toBe(false);
  });

  it("splits compounds into the offers' words, with linking letters and dropped endings", () => {
    expect(lexicon.split("pflegekurs")).toEqual(["pflege", "kurs"]);
    expect(lexicon.split("altenpflege")).toEqual(["alten", "pflege"]);
    expect(lexicon.split("burokauffrau")).toEqual(["buro", "kauffrau"]);
    expect(lexicon.split("sprachkurse")).toEqual(["sprach", "kurse"]);
    expect(lexicon.split("schweisskurs")).toEqual(["schweiss", "kurs"]);
    expect(lexicon.split("bewerbungstraining")).toEqual(["bewerbung", "training"]);
    expect(lexicon.split("pflgee")).toBeUndefined();
  });

  it("corrects typos to the closest offer word, swaps counting as one edit", () => {
    expect(lexicon.correct("pflgee")).toBe("pflege");
    expect(lexicon.correct("bewerbng")).toBe("bewerbung");
    expect(lexicon.correct("xyzzy")).toBeUndefined();
    expect(lexicon.surface("pflege")).toBe("Pflege");
  });
});

describe("#10: planQuery", () => {
  it("searches unknown compounds by their parts, typos by their correction, and says what it corrected", () => {
    const plan = planQuery("Pflegekurs Wupertal pflgee", lexicon);
    expect(plan.words.map((word) => [word.kind, word.search])).toEqual([
      ["split", ["pflege", "kurs"]],
      ["corrected", ["wuppertal"]],
      ["corrected", ["pflege"]],
    ]);
    expect(plan.corrected).toBe("pflegekurs Wuppertal Pflege");
    expect(narrowSplits(plan).words[0]?.search).toEqual(["pflege"]);
  });

  it("widens a known compound by its most common part, and drops words found nowhere", () => {
    expect(planQuery("Altenpflege", lexicon).words[0]?.search).toEqual(["altenpflege", "pflege"]);
    expect(planQuery("Bewerbungstraining", lexicon).words[0]?.search).toEqual(["bewerbungstraining", "bewerbung"]);
    expect(planQuery("qqqq", lexicon).words[0]).toMatchObject({ kind: "unknown", search: [] });
  });
});

describe("#10: wordScore", () => {
  it("finds a term inside a word, the best field counting, two-letter terms only as whole words", () => {
    const fields = [
      ["altenpflege ki werkzeuge", 8],
      ["pflege im alltag", 3],
    ] as const;
    expect(wordScore({ typed: "pflege", search: ["pflege"], kind: "known" }, fields)).toBe(8);
    expect(wordScore({ typed: "ki", search: ["ki"], kind: "known" }, [["kita und kinder", 8]])).toBe(0);
    expect(wordScore({ typed: "ki", search: ["ki"], kind: "known" }, fields)).toBe(8);
    expect(wordScore({ typed: "x", search: ["pflege", "kurs"], kind: "split" }, fields)).toBe(0);
  });
});

describe("choose", () => {
  it("lists every way of choosing some of the words, in order", () => {
    expect(choose(3, 2)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(choose(2, 0)).toEqual([[]]);
  });
});
