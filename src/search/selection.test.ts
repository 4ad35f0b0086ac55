import { describe, expect, it } from "vitest";
import {
  activeFacets,
  countFacets,
  foldText,
  matchesSelection,
  queryWords,
  relaxedQueries,
  textScore,
  toPagefindFilters,
} from "./selection.js";
import type { Selection } from "./model.js";

const facets = [{ key: "city" }, { key: "schedule" }, { key: "topic" }] as const;
const items: Selection[] = [
  { city: ["solingen"], schedule: ["teilzeit"], topic: ["pflege"] },
  { city: ["solingen", "online"], schedule: ["vollzeit"], topic: ["it"] },
  { city: ["wuppertal"], schedule: ["teilzeit"], topic: ["pflege"] },
  { city: ["remscheid"], schedule: ["vollzeit"], topic: ["pflege"] },
];

describe("matchesSelection", () => {
  it("matches everything when nothing is chosen", () => {
    expect(items.every((item) => matchesSelection(item, {}))).toBe(true);
  });

  it("treats values within a facet as alternatives", () => {
    const selection = { city: ["solingen", "wuppertal"] };
    expect(items.map((item) => matchesSelection(item, selection))).toEqual([true, true, true, false]);
  });

  it("requires every chosen facet", () => {
    const selection = { city: ["solingen", "wuppertal"], schedule: ["teilzeit"] };
    expect(items.map((item) => matchesSelection(item, selection))).toEqual([true, false, true, false]);
  });

  it("ignores the skipped facet", () => {
    expect(matchesSelection(items[3] ?? {}, { city: ["solingen"], schedule: ["vollzeit"] }, "city")).toBe(true);
  });

  it("ignores facets chosen with no values", () => {
    expect(activeFacets({ city: [], topic: ["it"] })).toEqual(["topic"]);
  });
});

describe("countFacets", () => {
  it("counts every value of every item when nothing is chosen", () => {
    expect(countFacets(items, (item) => item, {}, facets)).toEqual({
      city: { solingen: 2, online: 1, wuppertal: 1, remscheid: 1 },
      schedule: { teilzeit: 2, vollzeit: 2 },
      topic: { pflege: 3, it: 1 },
    });
  });

  it("counts a chosen facet's values as if only the other facets were chosen", () => {
    const counts = countFacets(items, (item) => item, { city: ["solingen"], schedule: ["teilzeit"] }, facets);
    // City counts respect "Teilzeit" only; schedule counts respect "Solingen" only.
    expect(counts.city).toEqual({ solingen: 1, wuppertal: 1 });
    expect(counts.schedule).toEqual({ teilzeit: 1, vollzeit: 1 });
    // Other facets count the items matching everything chosen.
    expect(counts.topic).toEqual({ pflege: 1 });
  });

  it("gives each value the number of offers that choosing it too would show (or within the facet)", () => {
    const selection = { city: ["solingen"] };
    const counts = countFacets(items, (item) => item, selection, facets);
    const withWuppertal = items.filter((item) => matchesSelection(item, { city: ["solingen", "wuppertal"] })).length;
    const onlyWuppertal = items.filter((item) => matchesSelection(item, { city: ["wuppertal"] })).length;
    expect(counts.city?.wuppertal).toBe(onlyWuppertal);
    expect(withWuppertal).toBe((counts.city?.solingen ?? 0) + onlyWuppertal);
  });
});

describe("toPagefindFilters", () => {
  it("gives Pagefind an `any` list per chosen facet", () => {
    expect(toPagefindFilters({ city: ["solingen", "wuppertal"], topic: [], schedule: ["teilzeit"] })).toEqual({
      city: { any: ["solingen", "wuppertal"] },
      schedule: { any: ["teilzeit"] },
    });
  });

  it("leaves out the skipped facet", () => {
    expect(toPagefindFilters({ city: ["solingen"], schedule: ["teilzeit"] }, "city")).toEqual({
      schedule: { any: ["teilzeit"] },
    });
  });
});

describe("text matching", () => {
  const textScoreOf = (query: string, fields: readonly string[]) => textScore(queryWords(query), fields.map(foldText));

  it("folds case, accents, ß and punctuation", () => {
    expect(foldText("Ärztliche Abrechnung – GOÄ, Straße")).toBe("arztliche abrechnung goa strasse");
  });

  it("needs every word of the query, anywhere in a word", () => {
    const fields = ["Deutschkurs B2 mit Kinderbetreuung", "Vom Niveau B1 zu B2"];
    expect(textScoreOf("deutsch b2", fields)).toBeGreaterThan(0);
    expect(textScoreOf("deutsch c1", fields)).toBe(0);
  });

  it("scores words in earlier fields higher", () => {
    expect(textScoreOf("pflege", ["Pflegebasiskurs", ""])).toBeGreaterThan(
      textScoreOf("pflege", ["Basiskurs", "Pflege"]),
    );
  });

  it("matches everything for an empty query", () => {
    expect(textScoreOf("  ", ["anything"])).toBeGreaterThan(0);
  });
});

describe("relaxedQueries", () => {
  it("shortens a German compound to its first part, longest first", () => {
    expect(relaxedQueries("Pflegekurs")).toEqual([
      { query: "Pflegeku", prefix: true },
      { query: "Pflegek", prefix: true },
      { query: "Pflege", prefix: true },
      { query: "Pfleg", prefix: true },
    ]);
  });

  it("leaves out one word of several, the shortest first", () => {
    expect(relaxedQueries("Deutschkurs B2")).toEqual([
      { query: "Deutschkurs", prefix: false },
      { query: "B2", prefix: false },
    ]);
    expect(relaxedQueries("Teilzeit in Solingen").map((relaxed) => relaxed.query)).toEqual([
      "Teilzeit Solingen",
      "in Solingen",
      "Teilzeit in",
    ]);
  });

  it("gives nothing for short words", () => {
    expect(relaxedQueries("Kurs")).toEqual([]);
    expect(relaxedQueries("")).toEqual([]);
  });
});
