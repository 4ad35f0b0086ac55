import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteData } from "../config/site.js";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { parseCalendar } from "../testing/calendar.js";
import { searchSettled } from "../testing/search.js";
import { fixtureOffers } from "../testing/search-fixture.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import type { SearchableOffer } from "../search/model.js";
import { storageKey } from "../client/saved-offers.js";

// Built under a sub-path: every link the Merkzettel makes must find the site wherever it is deployed.
const prefix = "/weiterbildung/";
const notice =
  "Angebot gespeichert — In der unteren rechten Ecke der Seite können Sie jederzeit auf Ihren Merkzettel zugreifen.";
/** Where the tests leave their screenshots, for a person to look at. */
const shots = process.env.SCREENSHOT_DIR;

let dist: string;
let server: StaticServer;
let browser: Browser;
let offers: readonly SearchableOffer[];
let today: string;

beforeAll(async () => {
  const built = await buildFixtureSite(fixtureOffers, prefix);
  dist = built.dist;
  offers = built.catalog.offers;
  today = built.catalog.today;
  [server, browser] = await Promise.all([serveStatic(dist, prefix), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
});

async function open(context: BrowserContext, url: string, width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(`${server.url}${url}`);
  return page;
}

const stored = (page: Page) => page.evaluate(`JSON.parse(localStorage.getItem(${JSON.stringify(storageKey)}))`);
const cornerCount = (page: Page) => page.locator("[data-merkzettel-count]").textContent();
const listedIds = (page: Page) =>
  page.evaluate(
    "[...document.querySelectorAll('[data-merkzettel-list] [data-offer-id]')].map((c) => c.dataset.offerId)",
  );

/** The offers with upcoming dates, which the calendar files hold. */
const withDates = () => offers.filter((offer) => offer.upcomingDates.length > 0);

describe("#9: the Merkzettel", () => {
  let context: BrowserContext;
  let saved: string[];

  beforeAll(async () => {
    context = await browser.newContext({ acceptDownloads: true });
  });
  afterAll(async () => context?.close());

  it("saves from an offer page: pressed toggle, polite notice with focus kept, counter in the corner", async () => {
    const offer = withDates()[0] as SearchableOffer;
    const page = await open(context, offer.url.slice(1));
    const other = await open(context, "");
    expect(await other.locator("[data-merkzettel-link]").isVisible()).toBe(true);
    expect(await cornerCount(other)).toBe("0");

    const toggle = page.locator("button[data-merken]");
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    const region = page.locator("[data-merken-notice]");
    expect(await region.getAttribute("role")).toBe("status");
    expect(await region.locator("p").textContent()).toBe(notice);
    expect(await page.evaluate("document.activeElement.dataset.merken")).toBe(offer.id);
    expect(await cornerCount(page)).toBe("1");
    expect(await page.locator("[data-merkzettel-link]").textContent()).toMatch(/Merkzettel 1 Angebot$/);
    // Another tab follows through the storage event.
    await other.waitForFunction("document.querySelector('[data-merkzettel-count]').textContent === '1'");
    expect(await axeViolations(page), "offer page with the notice open").toEqual([]);
    if (shots !== undefined) {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: path.join(shots, "merken-angebot-375.png") });
    }

    await region.getByRole("button", { name: "weitersuchen" }).click();
    expect(await region.textContent()).toBe("");
    expect(await page.evaluate("document.activeElement.dataset.merken")).toBe(offer.id);
    expect(await stored(page)).toEqual({ version: 1, offers: [{ id: offer.id, title: offer.data.title }] });
    await page.close();
    await other.close();
  });

  it("saves from a browse page and from a search result", async () => {
    const first = withDates()[0] as SearchableOffer;
    const second = offers.find(
      (offer) => offer.id !== first.id && offer.cities.includes("solingen"),
    ) as SearchableOffer;
    const browse = await open(context, "orte/solingen/");
    const row = browse.locator(`[data-offer-id="${second.id}"] button[data-merken]`);
    expect(await row.isVisible()).toBe(true);
    await row.click();
    expect(await row.getAttribute("aria-pressed")).toBe("true");
    expect(await cornerCount(browse)).toBe("2");
    await browse.close();

    const search = await open(context, "suche/");
    await search.waitForFunction(searchSettled);
    // Cards rendered by the search show the saved state too.
    expect(
      await search
        .locator(`[data-results] [data-offer-id="${first.id}"] button[data-merken]`)
        .getAttribute("aria-pressed"),
    ).toBe("true");
    const third = offers.find((offer) => offer.id !== first.id && offer.id !== second.id) as SearchableOffer;
    const card = search.locator(`[data-results] [data-offer-id="${third.id}"] button[data-merken]`);
    await card.click();
    expect(await card.getAttribute("aria-pressed")).toBe("true");
    expect(await search.locator("[data-merken-notice] p").textContent()).toBe(notice);
    expect(await cornerCount(search)).toBe("3");
    expect(await axeViolations(search), "search page with the notice open").toEqual([]);
    if (shots !== undefined) await search.screenshot({ path: path.join(shots, "merken-suche-1280.png") });
    await search.close();
    saved = [first.id, second.id, third.id];
  });

  it("lists the saved offers with their key facts and marks one no longer published", async () => {
    const page = await open(context, "merkzettel/");
    // An offer saved earlier that the directory no longer publishes.
    await page.evaluate(`(() => {
      const value = JSON.parse(localStorage.getItem(${JSON.stringify(storageKey)}));
      value.offers.push({ id: "beispiel-traeger/frueheres-angebot", title: "Früheres Angebot" });
      localStorage.setItem(${JSON.stringify(storageKey)}, JSON.stringify(value));
    })()`);
    await page.reload();
    await page.waitForSelector("[data-merkzettel-list] li");
    expect(await listedIds(page)).toEqual(saved);
    const first = offers.find((offer) => offer.id === saved[0]) as SearchableOffer;
    const card = page.locator(`[data-merkzettel-list] [data-offer-id="${first.id}"]`);
    expect(await card.locator("h2").textContent()).toBe(first.data.title);
    expect(await card.locator("dl").textContent()).toContain("Beginn");
    expect(await card.locator("a").getAttribute("href")).toBe(`${server.url}${first.url.slice(1)}`);
    const gone = page.locator(".app-offer-card--gone");
    expect(await gone.locator("h2").textContent()).toBe("Früheres Angebot");
    expect(await gone.textContent()).toContain("nicht mehr im Verzeichnis");
    expect(await cornerCount(page)).toBe("4");
    expect(await axeViolations(page), "Merkzettel page").toEqual([]);
    if (shots !== undefined) {
      await page.screenshot({ path: path.join(shots, "merkzettel-1280.png"), fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: path.join(shots, "merkzettel-375.png"), fullPage: true });
    }

    await gone.getByRole("button", { name: /Entfernen/ }).click();
    expect(await page.locator(".app-offer-card--gone").count()).toBe(0);
    expect(await page.locator("[data-merkzettel-status]").textContent()).toContain("„Früheres Angebot“ entfernt.");
    expect(await cornerCount(page)).toBe("3");
    expect(((await stored(page)) as { offers: { id: string }[] }).offers.map((offer) => offer.id)).toEqual(saved);
    await page.close();
  });

  it("prints exactly the saved offers as a brochure", async () => {
    const page = await open(context, "merkzettel/");
    await page.waitForSelector("[data-merkzettel-list] li");
    const href = (await page.locator("[data-merkzettel-print]").getAttribute("href")) ?? "";
    expect(href.startsWith(`${server.url}broschuere/drucken/?angebote=`)).toBe(true);
    await page.goto(href);
    await page.waitForFunction("document.documentElement.dataset.brochurePages !== undefined", undefined, {
      timeout: 60_000,
    });
    const printed = (await page.evaluate(
      "[...new Set([...document.querySelectorAll('[data-entry]')].map((entry) => entry.dataset.entry))]",
    )) as string[];
    expect([...printed].sort()).toEqual([...saved].sort());
    await page.close();
  });

  it("puts the saved offers' dates into one calendar file that matches the offer pages' files", async () => {
    const page = await open(context, "merkzettel/");
    await page.waitForSelector("[data-merkzettel-list] li");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: /Termine in den Kalender/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("merkzettel-termine.ics");
    const text = await readFile((await download.path()) ?? "", "utf8");
    const events = parseCalendar(text).events;
    const savedOffers = saved.map((id) => offers.find((offer) => offer.id === id) as SearchableOffer);
    const expected = savedOffers.flatMap((offer) =>
      offer.upcomingDates.flatMap((date) => [
        ...(date.registration_until !== undefined && date.registration_until >= today
          ? [`${date.registration_until} Anmeldeschluss: ${offer.data.title}`]
          : []),
        `${date.start} Kursbeginn: ${offer.data.title}`,
      ]),
    );
    expect(events.map((event) => `${event.date} ${event.summary}`)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    // The same events, byte for byte in their fields, as the offer pages' own files.
    const pageFiles = await Promise.all(
      savedOffers
        .filter((offer) => offer.upcomingDates.length > 0)
        .map(async (offer) => parseCalendar(await readFile(path.join(dist, offer.url, "termine.ics"), "utf8")).events),
    );
    expect(events).toEqual(pageFiles.flat());

    // The offer page's own link downloads its file.
    const offer = savedOffers.find((candidate) => candidate.upcomingDates.length > 0) as SearchableOffer;
    await page.goto(`${server.url}${offer.url.slice(1)}`);
    const [own] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Termine in den Kalender/ }).click(),
    ]);
    expect(own.suggestedFilename()).toBe(`termine-${offer.slug}.ics`);
    expect(await readFile((await own.path()) ?? "", "utf8")).toBe(
      await readFile(path.join(dist, offer.url, "termine.ics"), "utf8"),
    );
    await page.close();
  });

  it("shares the list by a link that a fresh browser opens and adopts", async () => {
    const page = await open(context, "merkzettel/");
    await page.waitForSelector("[data-merkzettel-list] li");
    const link = await page.locator("[data-merkzettel-share]").inputValue();
    expect(link).toBe(`${server.url}merkzettel/#angebote=${saved.join(",")}`);
    await page.close();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    other.on("pageerror", (error) => {
      throw error;
    });
    await other.goto(link);
    await other.waitForSelector("[data-merkzettel-list] li");
    expect(await other.locator("[data-merkzettel-shared]").isVisible()).toBe(true);
    expect(await listedIds(other)).toEqual(saved);
    expect(await other.locator("[data-merkzettel-remove]:visible").count()).toBe(0);
    expect(await cornerCount(other)).toBe("0");
    await other.getByRole("button", { name: "Auf meinen Merkzettel übernehmen" }).click();
    expect(await cornerCount(other)).toBe("3");
    expect(await other.locator("[data-merkzettel-shared]").isVisible()).toBe(false);
    expect(new URL(other.url()).hash).toBe("");
    expect(((await stored(other)) as { offers: { id: string }[] }).offers.map((offer) => offer.id)).toEqual(saved);
    await fresh.close();
  });

  it("removes all offers", async () => {
    const page = await open(context, "merkzettel/");
    await page.waitForSelector("[data-merkzettel-list] li");
    await page.getByRole("button", { name: "Alle Angebote entfernen" }).click();
    expect(await page.locator("[data-merkzettel-list] li").count()).toBe(0);
    expect(await page.locator("[data-merkzettel-empty]").isVisible()).toBe(true);
    expect(await cornerCount(page)).toBe("0");
    expect(await axeViolations(page), "empty Merkzettel").toEqual([]);
    await page.close();
  });
});

describe("#9: the Merkzettel opened from a folder (file://)", () => {
  it("lists the saved offers from the build's list and links offers and print page to their index.html", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    const url = pathToFileURL(path.join(dist, "merkzettel/index.html")).href;
    await page.goto(url);
    const offer = withDates()[0] as SearchableOffer;
    await page.evaluate(
      `localStorage.setItem(${JSON.stringify(storageKey)}, ${JSON.stringify(JSON.stringify({ version: 1, offers: [{ id: offer.id, title: offer.data.title }] }))})`,
    );
    await page.reload();
    await page.waitForSelector("[data-merkzettel-list] li");
    expect(await listedIds(page)).toEqual([offer.id]);
    expect(await page.locator("[data-merkzettel-list] a").getAttribute("href")).toBe(
      pathToFileURL(path.join(dist, offer.url, "index.html")).href,
    );
    expect(await page.locator("[data-merkzettel-print]").getAttribute("href")).toBe(
      `${pathToFileURL(path.join(dist, "broschuere/drucken/index.html")).href}?angebote=${encodeURIComponent(offer.id)}`,
    );
    // A link shared from a folder points to the site online.
    expect(await page.locator("[data-merkzettel-share]").inputValue()).toBe(
      `${siteData(prefix).baseUrl}merkzettel/#angebote=${offer.id}`,
    );
    await context.close();
  });
});

describe("#9: the Merkzettel corner link and without JavaScript", () => {
  it("never covers the page's content at 320 px", async () => {
    const context = await browser.newContext();
    for (const width of [320, 375, 1280]) {
      const page = await open(context, "", width);
      await page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
      const overlap = await page.evaluate(`(() => {
        const corner = document.querySelector("[data-merkzettel-link]").getBoundingClientRect();
        const content = [...document.querySelectorAll("main *, footer *")].filter((element) => element.children.length === 0);
        return content
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0 && box.height > 0)
          .some((box) => box.left < corner.right && box.right > corner.left && box.top < corner.bottom && box.bottom > corner.top);
      })()`);
      expect(overlap, `corner link over content at ${width} px`).toBe(false);
      expect(await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBe(
        0,
      );
      if (shots !== undefined) await page.screenshot({ path: path.join(shots, `merkzettel-ecke-${width}.png`) });
      await page.close();
    }
    await context.close();
  });

  it("hides the toggles and the corner link without JavaScript, and the Merkzettel page says why", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const offer = offers[0] as SearchableOffer;
    const page = await open(context, offer.url.slice(1));
    expect(await page.locator("button[data-merken]").isVisible()).toBe(false);
    expect(await page.locator("[data-merkzettel-link]").isVisible()).toBe(false);
    await page.goto(`${server.url}orte/solingen/`);
    expect(await page.locator("button[data-merken]:visible").count()).toBe(0);
    await page.goto(`${server.url}merkzettel/`);
    expect(await page.locator("noscript").count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Der Merkzettel braucht JavaScript" }).isVisible()).toBe(true);
    expect(await page.locator("[data-merkzettel]").isVisible()).toBe(false);
    await context.close();
  });
});
