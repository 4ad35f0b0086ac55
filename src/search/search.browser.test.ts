import { rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { searchSettled, shownResultIds } from "../testing/search.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import { resolveFacets } from "./facets.js";
import { fixtureOffers } from "../testing/search-fixture.js";
import type { Facet, FacetKey, SearchableOffer } from "./model.js";

// Built under a sub-path: the search must find Pagefind and link offers wherever the site is deployed.
const prefix = "/weiterbildung/";

let dist: string;
let server: StaticServer;
let browser: Browser;
// One context for all pages: its HTTP cache keeps Pagefind's library and compiled WebAssembly between tests.
let context: BrowserContext;
let offers: readonly SearchableOffer[];
let facets: readonly Facet[];

beforeAll(async () => {
  const built = await buildFixtureSite(fixtureOffers, prefix);
  dist = built.dist;
  offers = built.catalog.offers;
  facets = resolveFacets(built.load.providers);
  [server, browser] = await Promise.all([serveStatic(dist, prefix), launchChromium()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
});

async function openSearch(query = "", width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(`${server.url}suche/${query}`);
  await page.waitForFunction(searchSettled);
  return page;
}

/** Runs an action that starts a search and waits until its results are shown. */
async function searchBy(page: Page, action: () => Promise<unknown>): Promise<void> {
  await action();
  await page.waitForFunction(searchSettled);
}

/** Ticks a filter value as a user does: opens its group first if it is collapsed. */
async function choose(page: Page, key: FacetKey, slug: string, checked = true): Promise<void> {
  const group = page.locator(`details[data-facet="${key}"]`);
  if ((await group.getAttribute("open")) === null) await group.locator("summary").click();
  await searchBy(page, () => page.setChecked(`[data-facet="${key}"] [data-value="${slug}"] input`, checked));
}

/** The result ids for a search URL, from a page opened for it and closed again. */
async function resultIdsFor(query: string): Promise<string[]> {
  const page = await openSearch(query);
  try {
    return await shownResultIds(page);
  } finally {
    await page.close();
  }
}

const status = (page: Page) => page.locator("[data-status]").textContent();

const idsWhere = (predicate: (offer: SearchableOffer) => boolean) =>
  offers
    .filter(predicate)
    .map((offer) => offer.id)
    .sort();

const carrying = (key: FacetKey, value: string) => (offer: SearchableOffer) =>
  offer.search.filters[key].includes(value);

describe("#3: text search", () => {
  it("finds offers by a title word", async () => {
    const page = await openSearch("?q=Staplerschein");
    expect(await shownResultIds(page)).toEqual(["technikwerk-test/staplerschein"]);
    expect(await status(page)).toBe("1 Angebot für „Staplerschein“ gefunden.");
    await page.close();
  });

  it("finds stemmed forms (German): „Umschulungen“ finds the „Umschulung“", async () => {
    expect(await resultIdsFor("?q=Umschulungen")).toEqual(["technikwerk-test/umschulung-buero"]);
  });

  it("finds compounds by their first part: „Pflege“ finds the „Pflegebasiskurs“", async () => {
    const ids = await resultIdsFor("?q=Pflege");
    expect(ids).toContain("pflegeschule-test/pflegebasiskurs");
    expect(ids).not.toContain("pflegeschule-test/abgelaufen");
  });

  it("finds „Pflege“ offers for „Pflegekurs“", async () => {
    const ids = await resultIdsFor("?q=Pflegekurs");
    expect(ids).toContain("pflegeschule-test/pflegebasiskurs");
    expect(ids).toContain("pflegeschule-test/pflegefachassistenz");
  });

  it("does not match the labels every offer page repeats („Zeitmodell“, „Wann“, „Dauer“)", async () => {
    for (const label of ["Zeitmodell", "Wann", "Dauer"]) {
      expect(await resultIdsFor(`?q=${label}`), label).toEqual([]);
    }
  });

  it("ranks a title match first, then a summary match before one in the description", async () => {
    const page = await openSearch("?q=Kinderbetreuung");
    const ids = await shownResultIds(page);
    expect(ids.length).toBeGreaterThan(2);
    expect(ids[0]).toBe("sprachzentrum-test/deutschkurs-b2");
    await searchBy(page, () =>
      page.fill("#suche-begriff", "Praktikum").then(() => page.press("#suche-begriff", "Enter")),
    );
    expect(await shownResultIds(page)).toEqual([
      "pflegeschule-test/pflegebasiskurs",
      "technikwerk-test/umschulung-buero",
    ]);
    await page.close();
  });

  it("searches as one types, from the search box on the page", async () => {
    const page = await openSearch();
    await page.fill("#suche-begriff", "Excel");
    await page.waitForURL(/q=Excel/);
    await page.waitForFunction(searchSettled);
    expect(await shownResultIds(page)).toEqual(["technikwerk-test/excel-abends"]);
    await page.close();
  });
});

describe("#3: filters", () => {
  it("shows every offer without query or filter, next start first, and counts every value", async () => {
    const page = await openSearch();
    expect((await shownResultIds(page)).sort()).toEqual(idsWhere(() => true));
    for (const { key, values } of facets) {
      for (const { slug } of values) {
        const count = await page.locator(`[data-facet="${key}"] [data-value="${slug}"] [data-count]`).textContent();
        expect(count, `${key}=${slug}`).toBe(`(${idsWhere(carrying(key, slug)).length})`);
      }
    }
    await page.close();
  });

  it("narrows to exactly the offers that carry the chosen value, for every facet value", async () => {
    const page = await openSearch();
    await page.evaluate("document.querySelectorAll('details[data-facet]').forEach((details) => (details.open = true))");
    for (const { key, values } of facets) {
      for (const { slug } of values) {
        const expected = idsWhere(carrying(key, slug));
        if (expected.length === 0) continue;
        const box = page.locator(`[data-facet="${key}"] [data-value="${slug}"] input`);
        await searchBy(page, () => box.check());
        expect((await shownResultIds(page)).sort(), `${key}=${slug}`).toEqual(expected);
        await searchBy(page, () => box.uncheck());
      }
    }
    await page.close();
  }, 60_000);

  it("checks the counts against known data: Solingen has 4 offers, 2 start with a rolling start", async () => {
    const page = await openSearch("?ort=solingen");
    expect((await shownResultIds(page)).sort()).toEqual([
      "pflegeschule-test/alltagsbegleitung",
      "pflegeschule-test/pflegefachassistenz",
      "sprachzentrum-test/bewerbungstraining",
      "sprachzentrum-test/deutschkurs-b2",
    ]);
    expect(
      await page.locator('[data-facet="start"] [data-value="laufender-einstieg"] [data-count]').textContent(),
    ).toBe("(1)");
    await page.close();
  });

  it("intersects facets and unites values within a facet („Teilzeit in Solingen für Alleinerziehende“)", async () => {
    const page = await openSearch("?ort=solingen&zeit=teilzeit&zielgruppe=alleinerziehende");
    expect((await shownResultIds(page)).sort()).toEqual([
      "pflegeschule-test/pflegefachassistenz",
      "sprachzentrum-test/bewerbungstraining",
      "sprachzentrum-test/deutschkurs-b2",
    ]);
    await choose(page, "city", "remscheid");
    expect((await shownResultIds(page)).sort()).toEqual(
      idsWhere(
        (offer) =>
          (carrying("city", "solingen")(offer) || carrying("city", "remscheid")(offer)) &&
          carrying("schedule", "teilzeit")(offer) &&
          carrying("audience", "alleinerziehende")(offer),
      ),
    );
    await page.close();
  });

  it("counts a chosen facet's other values as alternatives", async () => {
    const page = await openSearch("?ort=solingen&zeit=teilzeit");
    const wuppertal = await page.locator('[data-facet="city"] [data-value="wuppertal"] [data-count]').textContent();
    expect(wuppertal).toBe(
      `(${idsWhere((offer) => carrying("city", "wuppertal")(offer) && carrying("schedule", "teilzeit")(offer)).length})`,
    );
    await page.close();
  });

  it("combines query and filters („Deutschkurs B2 mit Kinderbetreuung“)", async () => {
    expect(await resultIdsFor("?q=Deutschkurs%20B2&kinderbetreuung=ja")).toEqual(["sprachzentrum-test/deutschkurs-b2"]);
  });

  it("drops a word when all words together find nothing („Staplerschein Pflege“)", async () => {
    const page = await openSearch("?q=Staplerschein%20Pflege");
    expect(await page.locator("[data-note]").textContent()).toContain(
      "Kein Angebot enthält alle 2 Suchwörter. Angezeigt werden die Angebote mit 1 davon.",
    );
    expect(await shownResultIds(page)).toContain("technikwerk-test/staplerschein");
    await page.close();
  });

  it("does not shorten the query when the filters are why nothing matches", async () => {
    const page = await openSearch("?q=Staplerschein&ort=solingen");
    expect(await shownResultIds(page)).toEqual([]);
    expect(await page.locator("[data-note]").isVisible()).toBe(false);
    expect(await page.locator("[data-empty-hint]").textContent()).toContain("Entfernen Sie den Filter");
    await page.close();
  });

  it("helps when nothing matches: removing a suggested filter brings results back", async () => {
    const page = await openSearch("?ort=remscheid&kinderbetreuung=ja");
    expect(await shownResultIds(page)).toEqual([]);
    await expect.poll(() => page.locator("[data-empty]").isVisible()).toBe(true);
    expect(await page.locator("[data-empty-hint]").textContent()).toContain("Entfernen Sie einen der Filter");
    await searchBy(page, () => page.locator("[data-empty-chips] button", { hasText: "Kinderbetreuung" }).click());
    expect((await shownResultIds(page)).sort()).toEqual(idsWhere(carrying("city", "remscheid")));
    expect(new URL(page.url()).search).toBe("?ort=remscheid");
    await page.close();
  });
});

describe("#3: sorting", () => {
  it("orders by next start date", async () => {
    const page = await openSearch("?sort=beginn");
    const starts = (await shownResultIds(page)).map(
      (id) => offers.find((offer) => offer.id === id)?.search.sort.start ?? "",
    );
    expect(starts).toHaveLength(offers.length);
    expect(starts).toEqual([...starts].sort());
    await page.close();
  });

  it("orders by price and by title (Ä among the A)", async () => {
    const page = await openSearch("?sort=preis");
    // What a participant pays without funding; an old file's `amount: 0` with funding gives no price and sorts last.
    const prices = (await shownResultIds(page)).map(
      (id) => offers.find((offer) => offer.id === id)?.search.sort.price ?? -1,
    );
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    await searchBy(page, () => page.selectOption("#suche-sortierung", "titel"));
    const titles = await page.locator("[data-results] .app-offer-card__title").allTextContents();
    expect(titles.slice(0, 3).map((title) => title.trim())).toEqual([
      "Alltagsbegleitung und Betreuungskraft nach § 53b SGB XI",
      "Ärztliche Abrechnung für Praxisteams",
      "Ausbildung Pflegefachassistenz in Teilzeit",
    ]);
    await page.close();
  });
});

describe("#3: state in the URL", () => {
  it("a copied URL restores query, filters and sort; back and forward work", async () => {
    const page = await openSearch();
    await page.fill("#suche-begriff", "Kurs");
    await searchBy(page, () => page.press("#suche-begriff", "Enter"));
    await choose(page, "city", "solingen");
    const oneFilter = await shownResultIds(page);
    await choose(page, "schedule", "teilzeit");
    await searchBy(page, () => page.selectOption("#suche-sortierung", "titel"));
    const url = page.url();
    expect(new URL(url).search).toBe("?q=Kurs&ort=solingen&zeit=teilzeit&sort=titel");
    const results = await shownResultIds(page);

    const copy = await openSearch(new URL(url).search);
    expect(await shownResultIds(copy)).toEqual(results);
    expect(await copy.inputValue("#suche-begriff")).toBe("Kurs");
    expect(await copy.inputValue("#suche-sortierung")).toBe("titel");
    expect(await copy.isChecked('[data-facet="schedule"] [data-value="teilzeit"] input')).toBe(true);
    await copy.close();

    await searchBy(page, () => page.goBack()); // sort
    await searchBy(page, () => page.goBack()); // Teilzeit
    expect(await shownResultIds(page)).toEqual(oneFilter);
    expect(await page.isChecked('[data-facet="schedule"] [data-value="teilzeit"] input')).toBe(false);
    await searchBy(page, () => page.goForward());
    expect(await page.isChecked('[data-facet="schedule"] [data-value="teilzeit"] input')).toBe(true);
    await page.close();
  });

  it("links each result to its offer page under the sub-path", async () => {
    const page = await openSearch("?q=Staplerschein");
    await page.click("[data-results] a");
    await page.waitForURL(`${server.url}angebote/technikwerk-test/staplerschein/`);
    await page.close();
  });

  it("the header search box on every page leads to /suche/?q=", async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}angebote/technikwerk-test/cnc-grundkurs/`);
    await page.fill("#kopf-suche", "Schweißen");
    await page.press("#kopf-suche", "Enter");
    await page.waitForURL(/\/weiterbildung\/suche\/\?q=Schwei/);
    await page.waitForFunction(searchSettled);
    expect(await shownResultIds(page)).toEqual(["technikwerk-test/schweissen"]);
    // The search page shows its own search box only, not a second one in the header.
    expect(await page.locator("#kopf-suche").count()).toBe(0);
    await page.close();
  });
});

describe("#3: without a server and without JavaScript", () => {
  it("from file:// filters the offline list and returns what Pagefind returns for a city", async () => {
    const fromPagefind = (await resultIdsFor("?ort=wuppertal")).sort();

    const page = await context.newPage();
    await page.goto(`${pathToFileURL(path.join(dist, "suche/index.html")).href}?ort=wuppertal`);
    await page.waitForFunction(searchSettled);
    expect((await shownResultIds(page)).sort()).toEqual(fromPagefind);
    expect(fromPagefind).toEqual(idsWhere(carrying("city", "wuppertal")));
    expect(await page.locator("[data-note]").textContent()).toContain("Einfache Suche ohne Server");

    await choose(page, "schedule", "teilzeit");
    expect((await shownResultIds(page)).sort()).toEqual(
      idsWhere((offer) => carrying("city", "wuppertal")(offer) && carrying("schedule", "teilzeit")(offer)),
    );
    await page.fill("#suche-begriff", "Umschulung");
    await searchBy(page, () => page.press("#suche-begriff", "Enter"));
    expect(await shownResultIds(page)).toEqual(["technikwerk-test/umschulung-buero"]);
    await page.fill("#suche-begriff", "Pflegekurs");
    await searchBy(page, () => page.press("#suche-begriff", "Enter"));
    expect(await shownResultIds(page)).toContain("pflegeschule-test/pflegebasiskurs");
    expect(await page.locator("[data-note]").textContent()).toContain(
      "„pflegekurs“ steht so in keinem Angebot. Gesucht wird nach „pflege“ und „kurs“.",
    );
    await page.fill("#suche-begriff", "Umschulung");
    await searchBy(page, () => page.press("#suche-begriff", "Enter"));
    const link = await page.locator("[data-results] a").first().getAttribute("href");
    expect(link).toBe(pathToFileURL(path.join(dist, "angebote/technikwerk-test/umschulung-buero/index.html")).href);
    await page.close();
  });

  it("without JavaScript points to the browse pages", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}suche/`);
    expect(await page.locator("[data-search]").isVisible()).toBe(false);
    const notice = page.locator(".app-search__noscript");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.locator("h2").textContent()).toBe("Die Suche nach Wörtern braucht JavaScript");
    expect(await notice.locator('a[href$="/orte/solingen/"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe("#3: accessibility and small screens", () => {
  it("announces the result count in a live region and labels every control", async () => {
    const page = await openSearch("?ort=solingen");
    expect(await page.locator("[data-status]").getAttribute("role")).toBe("status");
    expect(await page.getByLabel("Solingen").isChecked()).toBe(true);
    expect(await page.getByLabel("Sortieren nach").inputValue()).toBe("relevanz");
    await page.close();
  });

  it("lets keyboard users skip the filter panel to the results", async () => {
    const page = await openSearch("?ort=solingen");
    await page.focus("#suche-begriff");
    await page.keyboard.press("Tab"); // Suchen
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.textContent")).toBe("Filter überspringen, zu den Ergebnissen");
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement.id")).toBe("suche-ergebnisse");
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.id")).toBe("suche-sortierung");
    await page.close();
  });

  it("collapses the filters behind a button on a phone", async () => {
    const page = await openSearch("?ort=solingen", 375);
    const toggle = page.locator("[data-filter-toggle]");
    expect(await page.locator("[data-search-panel]").isVisible()).toBe(false);
    expect(await toggle.textContent()).toContain("1 gewählt");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("[data-search-panel]").isVisible()).toBe(true);
    await page.click("[data-show-results]");
    expect(await page.locator("[data-search-panel]").isVisible()).toBe(false);
    await page.close();
  });

  it("on a phone loads the filter index only when the filter panel is opened", async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    const filterRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/filter/")) filterRequests.push(request.url());
    });
    await page.goto(`${server.url}suche/`);
    await page.waitForFunction(searchSettled);
    expect(await page.locator("[data-results] > li").count()).toBe(12); // the first page of 13
    expect(filterRequests).toEqual([]);
    await searchBy(page, () => page.click("[data-filter-toggle]"));
    expect(filterRequests.length).toBeGreaterThan(0);
    const solingen = await page.locator('[data-facet="city"] [data-value="solingen"] [data-count]').textContent();
    expect(solingen).toBe(`(${idsWhere(carrying("city", "solingen")).length})`);
    await page.close();
  });

  it("keeps every filter label inside the panel, the long funding names too, on a desktop and a phone", async () => {
    for (const width of [1280, 375]) {
      const page = await openSearch("", width);
      if (width === 375) await page.click("[data-filter-toggle]");
      await page.evaluate(
        "document.querySelectorAll('details[data-facet]').forEach((group) => { group.open = true; })",
      );
      const overflowing = (await page.evaluate(
        "(() => { const panel = document.querySelector('[data-search-panel]').getBoundingClientRect(); return [...document.querySelectorAll('.app-search-filters__label')].filter((label) => label.getBoundingClientRect().right > panel.right).map((label) => label.textContent.trim()); })()",
      )) as string[];
      expect(overflowing, `${width} px`).toEqual([]);
      await page.close();
    }
  });

  it("passes axe-core with no violations, with results, with no results and on a phone with filters open", async () => {
    for (const [query, width] of [
      ["?q=Kurs&ort=solingen", 1280],
      ["?ort=remscheid&kinderbetreuung=ja", 1280],
      ["?zeit=teilzeit", 375],
    ] as const) {
      const page = await openSearch(query, width);
      if (width === 375) await page.click("[data-filter-toggle]");
      expect(await axeViolations(page), query).toEqual([]);
      await page.close();
    }
  });
});
