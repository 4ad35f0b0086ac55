import { readFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../testing/build-fixture.js";
import type { SearchableOffer } from "./model.js";
import { fixtureOffers } from "../testing/search-fixture.js";
import { cardToken, indexVersionToken, searchAssets, type SearchConfig } from "./model.js";
import { indexVersion } from "./indexer.js";

let dist: string;
let offers: readonly SearchableOffer[];

beforeAll(async () => {
  const built = await buildFixtureSite(fixtureOffers);
  dist = built.dist;
  offers = built.catalog.offers;
});

afterAll(async () => {
  await rm(path.dirname(dist), { recursive: true, force: true });
});

const html = (url: string) => readFile(path.join(dist, url, "index.html"), "utf8");

/** The attribute values of one kind inside the offer's Pagefind block. */
const attributeValues = (page: string, attribute: string) =>
  [...page.matchAll(new RegExp(`<span ${attribute}="([^"]+)">([^<]*)</span>`, "g"))].map(([, name, value]) => [
    name,
    value,
  ]);

describe("#3: the build indexes the offer pages with Pagefind", () => {
  it("writes the Pagefind bundle without a separate CLI step, for the offer pages only", async () => {
    const entry = JSON.parse(await readFile(path.join(dist, "pagefind/pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["de"]);
    expect(entry.languages.de?.page_count).toBe(offers.length);
  });

  it("keeps only the files the search page loads", async () => {
    const files = await readdir(path.join(dist, "pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.some((file) => file.includes("-ui."))).toBe(false);
  });

  it("writes the client bundle and the offline list", async () => {
    expect((await stat(path.join(dist, searchAssets.client))).size).toBeGreaterThan(1000);
    const list = await readFile(path.join(dist, searchAssets.fallback), "utf8");
    expect(list.startsWith("window.__bbOffers=[")).toBe(true);
  });

  it("#9: gives the search, builder and print pages the index version as Pagefind's metaCacheTag", async () => {
    const version = await indexVersion(path.join(dist, "pagefind"));
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    for (const url of ["suche", "broschuere/erstellen", "broschuere/drucken"]) {
      const page = await html(url);
      expect(page, url).not.toContain(indexVersionToken);
      const json = /<script type="application\/json" data-(?:search|brochure)-config>(.*?)<\/script>/s.exec(page)?.[1];
      expect((JSON.parse(json ?? "{}") as SearchConfig).metaCacheTag, url).toBe(version);
    }
  });

  it("marks only the offer's article as the indexed body, not navigation or footer", async () => {
    const page = await html("angebote/technikwerk-test/staplerschein");
    const bodyStart = page.indexOf("data-pagefind-body");
    expect(bodyStart).toBeGreaterThan(page.indexOf("</nav>"));
    expect(page.indexOf("<footer")).toBeGreaterThan(page.indexOf("</article>"));
    expect(page.slice(0, bodyStart)).toMatch(/<article[^>]*$/);
  });
});

describe("#3: offer pages carry their facets, sort keys and card texts", () => {
  it("writes one filter per facet value, exactly the offer's values", async () => {
    for (const offer of offers) {
      const filters = attributeValues(await html(offer.url), "data-pagefind-filter");
      const expected = Object.entries(offer.search.filters).flatMap(([name, values]) =>
        values.map((value) => [name, value]),
      );
      expect(filters, offer.id).toEqual(expected);
    }
  });

  it("writes the sort keys and the metadata the result card shows", async () => {
    const page = await html("angebote/sprachzentrum-test/deutschkurs-b2");
    expect(attributeValues(page, "data-pagefind-sort")).toEqual([
      ["start", "2027-01-04"],
      ["price", "0"],
      ["title", "deutschkurs b2 mit kinderbetreuung"],
    ]);
    const meta = Object.fromEntries(attributeValues(page, "data-pagefind-meta"));
    expect(meta).toMatchObject({
      title: "Deutschkurs B2 mit Kinderbetreuung",
      provider: "Sprachzentrum Test",
      places: "Solingen",
    });
  });

  it("keeps the search block hidden and out of the indexed body text", async () => {
    const page = await html("angebote/sprachzentrum-test/deutschkurs-b2");
    expect(page).toMatch(/<div hidden data-pagefind-ignore>\s*<span data-pagefind-filter=/);
  });
});

describe("#3: the search page", () => {
  it("renders one filter group per facet with German labels, and the sort orders", async () => {
    const page = await html("suche");
    for (const label of [
      "Ort",
      "Thema",
      "Zielgruppe",
      "Förderung",
      "Unterrichtsform",
      "Zeitmodell",
      "Beginn",
      "Kinderbetreuung",
      "Träger",
    ]) {
      expect(page).toContain(`<summary class="app-search-filters__summary">${label}<`);
    }
    expect(page).toContain('name="ort" value="solingen"');
    expect(page).toContain('<option value="beginn">Nächster Beginn</option>');
  });

  it("loads its script with a relative URL, so it runs from file:// and under any sub-path", async () => {
    const page = await html("suche");
    expect(page).toContain(`<script src="../${searchAssets.client}" defer></script>`);
  });

  it("points to the browse pages when JavaScript is off", async () => {
    const page = await html("suche");
    const start = page.indexOf('<div class="app-notice app-search__noscript">');
    const noscript = page.slice(start, page.indexOf("</noscript>", start));
    expect(noscript).toContain("Die Suche nach Wörtern braucht JavaScript");
    expect(noscript).toContain("Alle 13 Angebote finden Sie auch so");
    expect(noscript).toContain('href="/orte/solingen/"');
    expect(noscript).toContain('href="/themen/gesundheit-pflege-soziales/"');
    expect(noscript).toContain('href="/traeger/"');
  });

  it("#9: clones result cards whose one action is the Merken toggle of the card's offer", async () => {
    const page = await html("suche");
    const template = page.slice(page.indexOf("<template data-card-template>"), page.indexOf("</template>"));
    expect(template).toContain("app-offer-card__title");
    const actions = template.slice(template.indexOf('<div class="app-offer-card__actions">'));
    expect(actions.match(/<button /g)).toHaveLength(1);
    expect(actions).toContain(`data-merken="${cardToken("id")}" data-merken-title="${cardToken("title")}" hidden>`);
  });
});
