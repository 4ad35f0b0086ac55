import { describe, expect, it } from "vitest";
import { activeFacets, countFacets, foldText, matchesSelection, toPagefindFilters } from "./selection.js";
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

describe("foldText", () => {
  it("folds case, accents, ß and punctuation", () => {
    expect(foldText("Ärztliche Abrechnung – GOÄ, Straße")).toBe("arztliche abrechnung goa strasse");
  });
});
