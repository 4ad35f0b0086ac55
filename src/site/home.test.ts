import { beforeAll, describe, expect, it } from "vitest";
import { fixtureToday } from "../testing/fixtures.js";
import { buildCatalog, type Catalog } from "./catalog.js";
import { loadFixtures } from "./__fixtures__/load.js";
import { homeView } from "./home.js";

let catalog: Catalog;
beforeAll(async () => {
  const load = await loadFixtures();
  catalog = buildCatalog(load.offers, load.providers, fixtureToday);
});

describe("homeView", () => {
  it("links each life situation to its audience page with the number of offers", () => {
    const view = homeView(catalog, [
      { title: "Nach der Elternzeit", text: "…", audience: "berufsrueckkehrende" },
      { title: "Ab 50", text: "…", audience: "aeltere" },
    ]);
    expect(view.situations).toEqual([
      { title: "Nach der Elternzeit", text: "…", url: "/zielgruppen/berufsrueckkehrende/", count: 1 },
      { title: "Ab 50", text: "…", url: "/zielgruppen/aeltere/", count: 0 },
    ]);
  });

  it("lists cities and topics with their offers, and the newest offers", () => {
    const view = homeView(catalog);
    expect(view.cities.map((term) => [term.slug, term.offers.length])).toEqual([
      ["wuppertal", 1],
      ["solingen", 2],
      ["remscheid", 1],
      ["online", 1],
    ]);
    expect(view.topics).toHaveLength(12);
    expect(view.newest).toBe(catalog.newest);
  });
});
