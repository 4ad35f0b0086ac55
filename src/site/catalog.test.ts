import { describe, expect, it } from "vitest";
import type { Offer, Provider } from "../content/model.js";
import { minimalOffer, provider as providerFixture } from "../schema/__fixtures__/offers.js";
import type { OfferData } from "../schema/offer.js";
import { buildCatalog, compareOffers, groupBy } from "./catalog.js";

const provider = (slug: string, name: string): Provider => ({
  slug,
  url: `/traeger/${slug}/`,
  file: `offers/${slug}/_provider.md`,
  descriptionHtml: "",
  data: { ...providerFixture, name, short_name: name },
});

const offer = (id: string, owner: Provider, overrides: Partial<OfferData>, sortDate: string): Offer => {
  const data: OfferData = {
    ...minimalOffer,
    title: id,
    locations: [{ city: "wuppertal" }],
    rolling_start: true,
    ...overrides,
  };
  return {
    id: `${owner.slug}/${id}`,
    slug: id,
    url: `/angebote/${owner.slug}/${id}/`,
    file: `offers/${owner.slug}/${id}.md`,
    provider: owner,
    data,
    bodyHtml: "",
    upcomingDates: [],
    nextDate: undefined,
    sortDate,
    cities: [...new Set(data.locations.map((location) => location.city))],
    accessible: false,
  };
};

describe("groupBy", () => {
  it("puts an item in every bucket of its keys, once per key, keeping input order", () => {
    const groups = groupBy(["a1", "b1", "a2"], (item) => [item[0] ?? "", item[0] ?? "", "all"]);
    expect(groups.get("a")).toEqual(["a1", "a2"]);
    expect(groups.get("b")).toEqual(["b1"]);
    expect(groups.get("all")).toEqual(["a1", "b1", "a2"]);
  });
});

describe("compareOffers", () => {
  it("orders by next start date, then by title in German collation", () => {
    const owner = provider("p", "P");
    const sorted = [
      offer("Zahnarzt", owner, {}, "2027-01-01"),
      offer("Ärztin", owner, {}, "2027-01-01"),
      offer("Anfang", owner, {}, "2027-02-01"),
    ].sort(compareOffers);
    expect(sorted.map((item) => item.data.title)).toEqual(["Ärztin", "Zahnarzt", "Anfang"]);
  });
});

describe("buildCatalog", () => {
  const a = provider("traeger-a", "Anna Bildung");
  const b = provider("traeger-b", "Bernd Akademie");
  const offers = [
    offer("Stapler", a, { locations: [{ city: "solingen" }, { city: "online" }] }, "2027-03-01"),
    offer("Pflege", b, { topics: ["gesundheit-pflege-soziales"], updated: "2026-11-20" }, "2027-01-10"),
    offer("Büro", a, { funding: ["avgs", "jobcenter"] }, "2027-02-01"),
  ];
  const catalog = buildCatalog(offers, [b, a], "2026-11-27");
  const term = (kind: string, slug: string) =>
    catalog.browsePages.find((page) => page.kind === kind && page.slug === slug);

  it("sorts all offers by next start", () => {
    expect(catalog.offers.map((item) => item.data.title)).toEqual(["Pflege", "Büro", "Stapler"]);
  });

  it("groups every browse dimension with exactly the matching offers", () => {
    expect(term("city", "solingen")?.offers.map((item) => item.data.title)).toEqual(["Stapler"]);
    expect(term("city", "online")?.offers).toHaveLength(1);
    expect(term("city", "wuppertal")?.offers.map((item) => item.data.title)).toEqual(["Pflege", "Büro"]);
    expect(term("topic", "lager-logistik")?.offers).toHaveLength(2);
    expect(term("funding", "bildungsgutschein")?.offers).toHaveLength(2);
    expect(term("funding", "avgs")?.url).toBe("/foerderung/avgs/");
  });

  it("keeps a page for every vocabulary value, also without offers", () => {
    expect(term("city", "remscheid")?.offers).toEqual([]);
    expect(catalog.browse.map((kind) => kind.url)).toEqual(["/orte/", "/themen/", "/zielgruppen/", "/foerderung/"]);
  });

  it("lists providers by name with their own offers", () => {
    expect(catalog.providers.map((entry) => entry.provider.slug)).toEqual(["traeger-a", "traeger-b"]);
    expect(catalog.providers[0]?.offers.map((item) => item.data.title)).toEqual(["Büro", "Stapler"]);
  });

  it("puts the most recently updated offers first in the newest list", () => {
    expect(catalog.newest[0]?.data.title).toBe("Pflege");
  });
});
