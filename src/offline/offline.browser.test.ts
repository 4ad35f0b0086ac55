import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { unzipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { buildSite } from "../build/site.js";
import { formatDate } from "../schema/dates.js";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { fixtureToday } from "../testing/fixtures.js";
import { searchSettled, shownResultIds } from "../testing/search.js";
import { fixtureOffers } from "../testing/search-fixture.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import type { SearchableOffer } from "../search/model.js";
import { offlineAssets, offlineNote } from "./model.js";
import { portableFolder } from "./portable.js";

// Under a sub-path: the worker's scope, its precache list and the copy's links must all follow it.
const prefix = "/weiterbildung/";

let temp: string;
let dist: string;
let server: StaticServer;
let browser: Browser;
let offers: readonly SearchableOffer[];
let version: string;

/** Builds the fixture offers into `dist` for a day; returns the build's worker version. */
async function build(today: string): Promise<string> {
  const result = await buildSite({
    offersDir: fixtureOffers,
    outputDir: dist,
    today,
    root: projectRoot,
    pathPrefix: prefix,
  });
  if (!result.ok) throw new Error("fixture offers do not validate");
  offers = result.catalog.offers;
  return result.offline.precache.version;
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-offline-"));
  dist = path.join(temp, "dist");
  version = await build(fixtureToday);
  [server, browser] = await Promise.all([serveStatic(dist, prefix), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(temp, { recursive: true, force: true });
});

const offerUrl = (offer: SearchableOffer) => `${server.url}${offer.url.replace(/^\//, "")}`;
const idsIn = (offer: SearchableOffer, key: "city", slug: string) => offer.search.filters[key].includes(slug);

/** A fresh browser profile whose page has visited the home once, with the service worker in control. */
async function visitedOnce(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(server.url);
  await page.waitForFunction("navigator.serviceWorker.controller !== null");
  return { context, page };
}

/** The result ids a search page shows once settled, sorted. */
async function resultIds(page: Page): Promise<string[]> {
  await page.waitForFunction(searchSettled);
  return (await shownResultIds(page)).sort();
}

const wuppertal = () =>
  offers
    .filter((offer) => idsIn(offer, "city", "wuppertal"))
    .map((offer) => offer.id)
    .sort();

describe("#9: without a connection after one visit", () => {
  it("shows the home, the search with a query and a filter, the Merkzettel and a visited offer; an unvisited page shows the offline page", async () => {
    const { context, page } = await visitedOnce();
    const [visited, unvisited] = offers;
    if (visited === undefined || unvisited === undefined) throw new Error("fixture too small");
    await page.goto(offerUrl(visited));
    await page.locator("button[data-merken]").click();
    await context.setOffline(true);

    await page.goto(server.url);
    expect(await page.locator("h1").first().textContent()).toBeTruthy();
    expect(
      await page
        .locator("link[rel=stylesheet]")
        .first()
        .evaluate((link: HTMLLinkElement) => link.sheet !== null),
    ).toBe(true);
    const note = page.locator("[data-offline-note]");
    expect(await note.getAttribute("role")).toBe("status");
    expect(await note.textContent()).toBe(offlineNote);

    await page.goto(`${server.url}suche/?ort=wuppertal`);
    expect(await resultIds(page)).toEqual(wuppertal());
    await page.fill("#suche-begriff", "Umschulung");
    await page.press("#suche-begriff", "Enter");
    expect(await resultIds(page)).toEqual(["technikwerk-test/umschulung-buero"]);

    await page.goto(`${server.url}broschuere/erstellen/`);
    expect(await page.locator("h1").textContent()).toContain("Broschüre");

    // The Merkzettel was never opened online: it is in the shell, with the offer saved on the offer page.
    await page.goto(`${server.url}merkzettel/`);
    await page.waitForSelector("[data-merkzettel-list] li");
    expect(await page.locator("[data-merkzettel-list] h2").allTextContents()).toEqual([visited.data.title]);

    await page.goto(offerUrl(visited));
    expect((await page.locator("h1").textContent())?.replaceAll("\u00ad", "")).toContain(visited.data.title);

    await page.goto(offerUrl(unvisited));
    expect(await page.locator("h1").textContent()).toBe("Diese Seite ist ohne Verbindung nicht gespeichert");
    expect(await page.title()).toContain("Keine Verbindung");
    expect(await axeViolations(page)).toEqual([]);

    await context.setOffline(false);
    await page.evaluate("window.dispatchEvent(new Event('online'))");
    expect(await note.textContent()).toBe("");
    await context.close();
  });

  it("replaces the old version's caches after a rebuild", async () => {
    const { context, page } = await visitedOnce();
    // Use the caches of this build: a search loads index chunks, a file outside the shell is kept as used.
    await page.goto(`${server.url}suche/?q=Umschulung`);
    await page.waitForFunction(searchSettled);
    await page.evaluate(`fetch("${server.url}feed.xml").then((response) => response.text())`);
    const names = () => page.evaluate("caches.keys()") as Promise<string[]>;
    expect(await names()).toEqual(expect.arrayContaining([`bb-suche-${version}`, `bb-dateien-${version}`]));

    const nextDay = "2026-11-28";
    const next = await build(nextDay);
    expect(next).not.toBe(version);
    // The reload fetches the changed sw.js; the new worker installs, takes over and deletes the old caches.
    await page.reload();
    await expect.poll(names, { timeout: 20_000 }).not.toEqual(expect.arrayContaining([`bb-suche-${version}`]));
    expect((await names()).filter((name) => name.endsWith(version))).toEqual([]);
    await context.setOffline(true);
    await page.goto(`${server.url}suche/`);
    expect(await page.locator("body").textContent()).toContain(`Gerechnet ab dem ${formatDate(nextDay)}.`);
    version = next;
    await context.close();
  });
});

describe("#9: the portable copy opened from a folder", () => {
  let folder: string;
  let context: BrowserContext;

  beforeAll(async () => {
    const { readFile } = await import("node:fs/promises");
    const unpacked = unzipSync(await readFile(path.join(dist, offlineAssets.portable)));
    folder = path.join(temp, "usb");
    for (const [name, content] of Object.entries(unpacked)) {
      const file = path.join(folder, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    context = await browser.newContext();
  });

  const fileUrl = (file: string) => pathToFileURL(path.join(folder, portableFolder, file)).href;

  it("shows the styled home, whose menu links and offer links open pages", async () => {
    const page = await context.newPage();
    await page.goto(fileUrl("index.html"));
    // The stylesheet applies: the header has the accent border of main.css.
    expect(await page.locator(".app-header").evaluate((header) => getComputedStyle(header).borderBottomWidth)).toBe(
      "4px",
    );

    await page.click('.app-nav a:text-is("Orte")');
    expect(page.url()).toBe(fileUrl("orte/index.html"));
    expect(await page.locator("h1").textContent()).toContain("Ort");
    await page.click(".app-header__brand");
    expect(page.url()).toBe(fileUrl("index.html"));

    const offerLink = page.locator('a[href*="angebote/"]').first();
    await offerLink.click();
    expect(page.url()).toMatch(/angebote\/[^/]+\/[^/]+\/index\.html$/);
    expect(await page.locator("h1").textContent()).toBeTruthy();
    expect(await page.locator(".app-header").evaluate((header) => getComputedStyle(header).borderBottomWidth)).toBe(
      "4px",
    );
    await page.close();
  });

  it("filters the search page by city to the same offers as the site online", async () => {
    const online = await context.newPage();
    await online.goto(`${server.url}suche/?ort=wuppertal`);
    const fromPagefind = await resultIds(online);
    await online.close();

    const page = await context.newPage();
    await page.goto(`${fileUrl("suche/index.html")}?ort=wuppertal`);
    expect(await resultIds(page)).toEqual(fromPagefind);
    expect(fromPagefind).toEqual(wuppertal());
    await page.close();
  });

  it("keeps a Merkzettel within the copy: saved on an offer page, listed on the Merkzettel page", async () => {
    const offer = offers[0] as SearchableOffer;
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(fileUrl(`${offer.url.replace(/^\//, "")}index.html`));
    await page.locator("button[data-merken]").click();
    expect(await page.locator("[data-merkzettel-count]").textContent()).toBe("1");
    await page.locator("[data-merkzettel-link]").click();
    expect(page.url()).toBe(fileUrl("merkzettel/index.html"));
    await page.waitForSelector("[data-merkzettel-list] li");
    expect(await page.locator("[data-merkzettel-list] h2").textContent()).toBe(offer.data.title);
    expect(await page.locator("[data-merkzettel-print]").getAttribute("href")).toBe(
      `${fileUrl("broschuere/drucken/index.html")}?angebote=${encodeURIComponent(offer.id)}`,
    );
    await page.close();
  });

  it("leaves out the service worker, Pagefind and the zip itself", () => {
    const copy = path.join(folder, portableFolder);
    return Promise.all(
      [offlineAssets.worker, offlineAssets.portable, "pagefind/pagefind.js"].map(async (file) => {
        const { access } = await import("node:fs/promises");
        await expect(access(path.join(copy, file))).rejects.toThrow();
      }),
    );
  });
});
