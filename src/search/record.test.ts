import { beforeAll, describe, expect, it } from "vitest";
import type { SearchableOffer } from "./model.js";
import { offerById } from "../site/__fixtures__/load.js";
import { costStatement, costsText } from "../view/costs.js";
import { loadFixture } from "../testing/search-fixture.js";
import { compactOffer, metaWeights, resultCard, searchRecord } from "./record.js";

let offers: readonly SearchableOffer[];

beforeAll(async () => {
  ({ offers } = await loadFixture());
});

const fixtureOffer = (id: string) => offerById(offers, id);

describe("searchRecord", () => {
  it("gives one Pagefind filter per facet value the offer carries", () => {
    const offer = fixtureOffer("pflegeschule-test/pflegefachassistenz");
    const record = searchRecord(offer);
    expect(record.filters.filter((entry) => entry.name === "city")).toEqual([
      { name: "city", value: "wuppertal" },
      { name: "city", value: "solingen" },
    ]);
    expect(record.filters.filter((entry) => entry.name === "german")).toHaveLength(6);
    expect(record.filters).toContainEqual({ name: "start", value: "spaeter" });
  });

  it("gives the sort keys as strings", () => {
    const record = searchRecord(fixtureOffer("technikwerk-test/cnc-grundkurs"));
    expect(record.sort).toEqual([
      { name: "start", value: "2027-02-01" },
      { name: "price", value: "3450" },
      { name: "title", value: "cnc frasen grundkurs" },
    ]);
  });

  it("carries the card texts and topic labels as metadata, one field per weight", () => {
    const offer = fixtureOffer("technikwerk-test/excel-abends");
    const meta = Object.fromEntries(searchRecord(offer).meta.map((entry) => [entry.name, entry.value]));
    expect(Object.keys(meta)).toEqual(Object.keys(metaWeights));
    expect(meta).toMatchObject({
      title: "Excel für das Büro am Abend",
      provider: "Technikwerk Test",
      places: "Online",
      costs: costsText(costStatement(offer.data)),
      topics: "Digitalisierung & IT, Kaufmännisch & Verwaltung",
      id: "technikwerk-test/excel-abends",
    });
  });

  it("weighs the title (and its compound parts) most, then summary and topics", () => {
    const others = Object.entries(metaWeights).filter(
      ([name]) => !["title", "titleParts", "summary", "topics"].includes(name),
    );
    expect(metaWeights.titleParts).toBe(metaWeights.title);
    expect(metaWeights.title).toBeGreaterThan(metaWeights.summary);
    expect(Math.min(metaWeights.summary, metaWeights.topics)).toBeGreaterThan(
      Math.max(...others.map(([, weight]) => weight)),
    );
  });
});

describe("compactOffer", () => {
  it("keeps the card, the topics and the facets with values", () => {
    const offer = fixtureOffer("technikwerk-test/schweissen");
    const compact = compactOffer(offer);
    expect(compact.card).toEqual(resultCard(offer));
    expect(compact.filters).not.toHaveProperty("childcare");
    expect(compact.filters.city).toEqual(["wuppertal"]);
    expect(compact.sort.price).toBe(5200);
  });
});
