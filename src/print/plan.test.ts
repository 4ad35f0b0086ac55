import { describe, expect, it } from "vitest";
import { resolveFacets } from "../search/facets.js";
import type { BrochureData, BrochureOffer } from "./model.js";
import { brochurePlan, brochureTitle, chapterOf, pageList, selectionSummary } from "./plan.js";

const offer = (
  id: string,
  provider: string,
  topics: string[],
  cities: string[],
  audiences: string[],
): BrochureOffer => ({
  id,
  anchor: `angebot-${id}`,
  provider,
  topics,
  cities,
  audiences,
  filters: { topic: topics, city: cities, audience: audiences },
});

const data: BrochureData = {
  offers: [
    offer("a", "p2", ["it", "pflege"], ["solingen"], ["aeltere"]),
    offer("b", "p1", ["pflege"], ["wuppertal", "solingen"], ["aeltere", "jugendliche"]),
    offer("c", "p2", ["sprache"], ["online"], ["jugendliche"]),
    offer("d", "p1", ["it"], ["remscheid"], ["aeltere"]),
  ],
  entries: ["<article>a</article>", "<article>b</article>", "<article>c</article>", "<article>d</article>"],
  providers: [
    { slug: "p1", name: "Anbieter Eins" },
    { slug: "p2", name: "Anbieter Zwei" },
    { slug: "p3", name: "Anbieter ohne Angebote" },
  ],
  providerEntries: ["p1", "p2", "p3"],
  groupings: {
    thema: [
      { slug: "sprache", label: "Sprache" },
      { slug: "it", label: "IT" },
      { slug: "pflege", label: "Pflege" },
    ],
    ort: [
      { slug: "wuppertal", label: "Wuppertal" },
      { slug: "solingen", label: "Solingen" },
      { slug: "remscheid", label: "Remscheid" },
      { slug: "online", label: "Online" },
    ],
  },
  audiences: [
    { slug: "jugendliche", label: "Jugendliche" },
    { slug: "aeltere", label: "Ältere" },
    { slug: "alleinerziehende", label: "Alleinerziehende" },
  ],
  stylesheet: { base: "", a5: "", bleed: "" },
};

describe("#7: chapterOf", () => {
  it("puts an offer under the first of its values the selection chose, else its first value", () => {
    expect(chapterOf(["it", "pflege"], ["pflege"])).toBe("pflege");
    expect(chapterOf(["it", "pflege"])).toBe("it");
    expect(chapterOf([], ["pflege"])).toBeUndefined();
  });
});

describe("#7: brochurePlan", () => {
  it("forms chapters in vocabulary order, every offer in exactly one, empty chapters left out", () => {
    const plan = brochurePlan(data, [3, 0, 1, 2], { grouping: "thema" }, { selection: {} });
    expect(plan.chapters.map((chapter) => [chapter.label, chapter.offers])).toEqual([
      ["Sprache", [2]],
      ["IT", [0, 3]],
      ["Pflege", [1]],
    ]);
    expect(plan.chapters.map((chapter) => chapter.anchor)).toEqual(["kapitel-1", "kapitel-2", "kapitel-3"]);
    expect(plan.offerCount).toBe(4);
  });

  it("follows the chosen values: a brochure for Pflege puts an IT-and-Pflege offer under Pflege", () => {
    const plan = brochurePlan(data, [0, 1], { grouping: "thema" }, { selection: { topic: ["pflege"] } });
    expect(plan.chapters.map((chapter) => [chapter.slug, chapter.offers])).toEqual([["pflege", [0, 1]]]);
  });

  it("groups by city, online last", () => {
    const plan = brochurePlan(data, [0, 1, 2, 3], { grouping: "ort" }, { selection: { city: ["solingen", "online"] } });
    expect(plan.chapters.map((chapter) => [chapter.slug, chapter.offers])).toEqual([
      ["solingen", [0, 1]],
      ["remscheid", [3]],
      ["online", [2]],
    ]);
  });

  it("lists providers and target groups with offers only, their entries in the printed order", () => {
    const plan = brochurePlan(data, [0, 1, 2, 3], { grouping: "thema" }, { selection: {} });
    // Printed order: Sprache (c), IT (a, d), Pflege (b).
    expect(plan.providers.map((entry) => [entry.item.slug, entry.index, entry.anchors])).toEqual([
      ["p1", 0, ["angebot-d", "angebot-b"]],
      ["p2", 1, ["angebot-c", "angebot-a"]],
    ]);
    expect(plan.audiences.map((entry) => [entry.item.slug, entry.anchors])).toEqual([
      ["jugendliche", ["angebot-c", "angebot-b"]],
      ["aeltere", ["angebot-a", "angebot-d", "angebot-b"]],
    ]);
  });

  it("holds nothing for no offers", () => {
    const plan = brochurePlan(data, [], { grouping: "thema" }, { selection: {} });
    expect([plan.chapters, plan.providers, plan.audiences, plan.offerCount]).toEqual([[], [], [], 0]);
  });
});

describe("#7: selectionSummary", () => {
  const facets = resolveFacets([]);

  it("names the chosen values in facet order, alternatives with „oder“, and the search words", () => {
    expect(
      selectionSummary(
        facets,
        { query: "Pflege", selection: { audience: ["alleinerziehende"], city: ["solingen", "wuppertal"] } },
        false,
      ),
    ).toBe("Wuppertal oder Solingen · Alleinerziehende · Suchbegriff „Pflege“");
  });

  it("names yes/no facets by their value and levels by their facet", () => {
    expect(selectionSummary(facets, { query: "", selection: { accessible: ["ja"], german: ["B1"] } }, false)).toBe(
      "Meine Deutschkenntnisse: B1 (Mittelstufe) · Rollstuhlgerecht oder ganz online",
    );
  });

  it("is empty for the whole directory and says so for an explicit list", () => {
    expect(selectionSummary(facets, { query: "", selection: {} }, false)).toBe("");
    expect(selectionSummary(facets, { query: "", selection: {} }, true)).toBe("Persönliche Auswahl");
    expect(brochureTitle("Weiterbildung", "")).toBe("Weiterbildung – Gesamtverzeichnis");
    expect(brochureTitle("Weiterbildung", "Solingen")).toBe("Weiterbildung – Solingen");
  });
});

describe("#7: pageList", () => {
  it("sorts, drops repeats and joins runs of three or more", () => {
    expect(pageList([14, 12, 13, 20, 12])).toBe("12–14, 20");
    expect(pageList([3, 4, 9])).toBe("3, 4, 9");
    expect(pageList([])).toBe("");
  });
});
