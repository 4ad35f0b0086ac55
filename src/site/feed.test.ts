import { beforeAll, describe, expect, it } from "vitest";
import type { Offer } from "../content/model.js";
import { fixtureToday } from "../testing/fixtures.js";
import { loadFixtures } from "./__fixtures__/load.js";
import { atomFeed, atomTimestamp, sitemapEntries } from "./feed.js";

let offers: readonly Offer[];
beforeAll(async () => {
  offers = (await loadFixtures()).offers;
});

const site = { name: "Bildungsbrücke", tagline: "Weiterbildung", baseUrl: "https://example.org/weiterbildung/" };

describe("atomFeed", () => {
  it("has one entry per offer with absolute URL, timestamp, summary and provider", () => {
    const feed = atomFeed(offers, site, fixtureToday);
    expect(feed.entries).toHaveLength(offers.length);
    const entry = feed.entries.find((candidate) => candidate.title === "CNC-Grundkurs am Abend");
    expect(entry).toEqual({
      id: "https://example.org/weiterbildung/angebote/werkstatt-beispiel/cnc-grundkurs/",
      title: "CNC-Grundkurs am Abend",
      url: "https://example.org/weiterbildung/angebote/werkstatt-beispiel/cnc-grundkurs/",
      updated: "2026-10-15T00:00:00Z",
      summary: "Drehen und Fräsen an modernen Maschinen, berufsbegleitend an zwei Abenden pro Woche.",
      author: "Werkstatt Beispiel e. V.",
    });
    expect(feed.selfUrl).toBe("https://example.org/weiterbildung/feed.xml");
  });

  it("is as new as its newest entry, or as today when empty", () => {
    expect(atomFeed(offers, site, fixtureToday).updated).toBe("2026-11-20T00:00:00Z");
    expect(atomFeed([], site, "2026-11-27").updated).toBe(atomTimestamp("2026-11-27"));
  });
});

describe("#12: sitemapEntries", () => {
  it("lists the site's pages and every offer page from the catalog, sorted by URL, offers with their date", () => {
    const entries = sitemapEntries([{ url: "/traeger/" }, { url: false }, { url: "/" }], offers);
    expect(entries.map((entry) => entry.url)).toEqual(
      ["/", "/traeger/", ...offers.map((offer) => offer.url)].sort((a, b) => (a < b ? -1 : 1)),
    );
    for (const offer of offers) {
      expect(entries).toContainEqual({ url: offer.url, lastmod: offer.data.updated });
    }
    expect(entries.find((entry) => entry.url === "/")).toEqual({ url: "/" });
  });
});
