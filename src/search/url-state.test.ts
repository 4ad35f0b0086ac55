import { describe, expect, it } from "vitest";
import { resolveFacets } from "./facets.js";
import type { SearchState } from "./model.js";
import { effectiveSort, parseSearchState, serialiseSearchState } from "./url-state.js";

const facets = resolveFacets([]);

describe("parseSearchState", () => {
  it("reads query, comma-separated filters and sort", () => {
    expect(parseSearchState("?q=Pflege&ort=solingen,wuppertal&zeit=teilzeit&sort=beginn", facets)).toEqual({
      query: "Pflege",
      selection: { city: ["wuppertal", "solingen"], schedule: ["teilzeit"] },
      sort: "beginn",
    });
  });

  it("reads repeated parameters, as a plain form submits them", () => {
    expect(parseSearchState("ort=solingen&ort=remscheid&thema=lager-logistik", facets).selection).toEqual({
      city: ["solingen", "remscheid"],
      topic: ["lager-logistik"],
    });
  });

  it("drops unknown values and parameters and falls back to the default sort", () => {
    expect(parseSearchState("?ort=paris,solingen&farbe=rot&sort=zufall", facets)).toEqual({
      query: "",
      selection: { city: ["solingen"] },
      sort: "relevanz",
    });
  });

  it("reads a query with + and percent escapes and trims spaces", () => {
    expect(parseSearchState("?q=++Deutschkurs+B2%20", facets).query).toBe("Deutschkurs B2");
  });
});

describe("serialiseSearchState", () => {
  const state: SearchState = {
    query: "Deutschkurs B2",
    selection: { childcare: ["ja"], city: ["solingen", "wuppertal"] },
    sort: "preis",
  };

  it("writes one canonical form: query, facets and values in list order, sort", () => {
    expect(serialiseSearchState(state, facets)).toBe(
      "q=Deutschkurs%20B2&ort=wuppertal,solingen&kinderbetreuung=ja&sort=preis",
    );
  });

  it("leaves out the default sort and empty parts", () => {
    expect(serialiseSearchState({ query: "", selection: { city: [] }, sort: "relevanz" }, facets)).toBe("");
  });

  it("reads back what it writes", () => {
    const parsed = parseSearchState(serialiseSearchState(state, facets), facets);
    expect(parsed).toEqual({ ...state, selection: { city: ["wuppertal", "solingen"], childcare: ["ja"] } });
    expect(serialiseSearchState(parsed, facets)).toBe(serialiseSearchState(state, facets));
  });
});

describe("effectiveSort", () => {
  it("sorts by relevance when there are words to be relevant to", () => {
    expect(effectiveSort({ query: "Pflege", sort: "relevanz" })).toBe("relevanz");
  });

  it("lists the next starts first when searching by filters alone", () => {
    expect(effectiveSort({ query: "", sort: "relevanz" })).toBe("beginn");
  });

  it("keeps an explicit sort", () => {
    expect(effectiveSort({ query: "", sort: "preis" })).toBe("preis");
  });
});
