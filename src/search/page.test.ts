import { describe, expect, it } from "vitest";
import { buildCatalog } from "../site/catalog.js";
import { fixtureToday } from "../testing/fixtures.js";
import { loadFixture } from "../testing/search-fixture.js";
import { cardTokenPattern, fallbackGlobal, type CompactOffer, type SearchConfig } from "./model.js";
import { fallbackScript, searchPage } from "./page.js";

const fixtureCatalog = async () => {
  const { offers, providers } = await loadFixture();
  return buildCatalog(offers, providers, fixtureToday);
};

describe("searchPage", () => {
  it("writes the facets, sort orders and weights as JSON", async () => {
    const view = searchPage(await fixtureCatalog());
    const config = JSON.parse(view.configJson) as SearchConfig;
    expect(config.facets.map((facet) => facet.param)).toContain("ort");
    expect(config.sorts.map((order) => order.value)).toEqual(["relevanz", "beginn", "preis", "titel"]);
    expect(Object.keys(config).sort()).toEqual(["facets", "metaCacheTag", "metaWeights", "sorts"]);
    expect(config.metaWeights.title).toBeGreaterThan(0);
    expect(view.total).toBe(13);
  });

  it("says from which day the start periods count", async () => {
    const start = searchPage(await fixtureCatalog()).facets.find((facet) => facet.key === "start");
    expect(start?.note).toBe("Gerechnet ab dem 27. November 2026.");
  });

  it("cannot end its script element, whatever a provider name holds", async () => {
    const catalog = await fixtureCatalog();
    const [first, ...rest] = catalog.providers;
    if (first === undefined) throw new Error("no providers");
    const hostile = {
      ...first,
      provider: { ...first.provider, data: { ...first.provider.data, short_name: "</script><b>" } },
    };
    const view = searchPage({ ...catalog, providers: [hostile, ...rest] });
    expect(view.configJson).not.toContain("<");
    expect(JSON.stringify(JSON.parse(view.configJson))).toContain("</script><b>");
  });

  it("gives the card template a placeholder for every field but the link, which crawlers must not follow", async () => {
    const { cardTemplate } = searchPage(await fixtureCatalog());
    const { url, ...texts } = cardTemplate;
    const fields = Object.entries(texts).map(([field, value]) => [
      field,
      String(value).replace(cardTokenPattern, "$1"),
    ]);
    expect(fields.every(([field, value]) => field === value)).toBe(true);
    expect(url).toBe("#");
  });
});

describe("fallbackScript", () => {
  it("defines the offline list as a global, one entry per published offer", async () => {
    const script = fallbackScript(await fixtureCatalog());
    const scope: Record<string, CompactOffer[]> = {};
    new Function("window", script)(scope);
    expect(scope[fallbackGlobal]).toHaveLength(13);
    expect(scope[fallbackGlobal]?.[0]?.card.url).toMatch(/^\/angebote\//);
  });
});
