import { describe, expect, it } from "vitest";
import { offerById } from "../site/__fixtures__/load.js";
import { fixtureToday } from "../testing/fixtures.js";
import { resolveFacets, startPeriods, startPeriodsOf } from "./facets.js";
import { loadFixture } from "../testing/search-fixture.js";

const today = "2026-11-27";

describe("startPeriodsOf", () => {
  it("puts a start before today + 3 months into the next three months", () => {
    expect(startPeriodsOf(["2027-02-26"], false, today)).toEqual(["naechste-3-monate"]);
  });

  it("puts a start from 3 up to 6 months ahead into 3–6 months", () => {
    expect(startPeriodsOf(["2027-02-27"], false, today)).toEqual(["in-3-bis-6-monaten"]);
    expect(startPeriodsOf(["2027-05-26"], false, today)).toEqual(["in-3-bis-6-monaten"]);
  });

  it("puts a start 6 months ahead or later into later", () => {
    expect(startPeriodsOf(["2027-05-27"], false, today)).toEqual(["spaeter"]);
  });

  it("gives every period of every date, once, in the list's order", () => {
    expect(startPeriodsOf(["2027-09-01", "2027-01-10", "2027-01-20"], false, today)).toEqual([
      "naechste-3-monate",
      "spaeter",
    ]);
  });

  it("counts a rolling start as rolling and as starting within three months", () => {
    expect(startPeriodsOf([], true, today)).toEqual(["naechste-3-monate", "laufender-einstieg"]);
  });

  it("uses exactly the periods of the facet's value list", () => {
    expect(startPeriodsOf(["2026-12-01", "2027-04-01", "2028-01-01"], true, today)).toEqual(
      startPeriods.map((period) => period.slug),
    );
  });
});

describe("resolveFacets", () => {
  it("gives every facet a distinct key and URL parameter", async () => {
    const facets = resolveFacets([]);
    expect(new Set(facets.map((facet) => facet.key)).size).toBe(facets.length);
    expect(new Set(facets.map((facet) => facet.param)).size).toBe(facets.length);
  });

  it("uses the URL parameters of the issue for the main facets", () => {
    const params = Object.fromEntries(resolveFacets([]).map((facet) => [facet.key, facet.param]));
    expect(params).toMatchObject({
      city: "ort",
      topic: "thema",
      audience: "zielgruppe",
      funding: "foerderung",
      format: "format",
      schedule: "zeit",
    });
  });

  it("takes labels from the vocabularies and lists providers by short name", async () => {
    const { providers } = await loadFixture();
    const facets = resolveFacets(providers);
    const city = facets.find((facet) => facet.key === "city");
    expect(city?.values).toContainEqual({ slug: "solingen", label: "Solingen" });
    const provider = facets.find((facet) => facet.key === "provider");
    expect(provider?.values.map((value) => value.label)).toEqual([
      "Pflegeschule Test",
      "Sprachzentrum Test",
      "Technikwerk Test",
    ]);
  });
});

describe("offerSearchFields (through the loader)", () => {
  it("computes an offer's facet values from its file", async () => {
    const { offers } = await loadFixture();
    expect(offerById(offers, "sprachzentrum-test/deutschkurs-b2").search.filters).toEqual({
      city: ["solingen"],
      topic: ["sprache-integration"],
      audience: ["gefluechtete-zugewanderte", "alleinerziehende"],
      funding: ["kostenfrei"],
      format: ["praesenz"],
      schedule: ["teilzeit", "vormittags"],
      start: ["naechste-3-monate", "spaeter"],
      german: ["B1", "B2", "C1", "C2"],
      childcare: ["ja"],
      accessible: ["ja"],
      provider: ["sprachzentrum-test"],
    });
  });

  it("leaves yes/no facets empty when the offer says nothing, and lets every German level join an offer requiring none", async () => {
    const { offers } = await loadFixture();
    expect(offerById(offers, "technikwerk-test/schweissen").search.filters).toMatchObject({
      german: ["A1", "A2", "B1", "B2", "C1", "C2"],
      childcare: [],
      accessible: [],
    });
  });

  it("sorts by next start (today for a rolling start), price and folded title", async () => {
    const { offers } = await loadFixture();
    const byId = new Map(offers.map((offer) => [offer.id, offer.search.sort]));
    expect(byId.get("technikwerk-test/staplerschein")).toEqual({
      start: "2026-12-12",
      price: 249,
      title: "staplerschein an einem wochenende",
    });
    expect(byId.get("sprachzentrum-test/berufssprachkurs-online")?.start).toBe(fixtureToday);
    expect(byId.get("pflegeschule-test/aerztliche-abrechnung")?.title).toBe("arztliche abrechnung fur praxisteams");
  });
});
