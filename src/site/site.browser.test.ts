/**
 * #2 in a real browser: every page of the fixture site needs no sideways
 * scrolling at 320 px and loads nothing from another host; one page of each
 * kind (and the hostile offer's) passes axe-core on a small phone and a
 * desktop and shows the same content without JavaScript; the skip link works
 * from the keyboard, and keyboard focus is visible on every element it reaches.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { htmlPages } from "../testing/files.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import { fixtureOffers } from "./__fixtures__/load.js";

let dist: string;
let server: StaticServer;
let browser: Browser;
/** Every HTML page of the built site by URL, e.g. "/orte/solingen/". */
let pages: string[];
/** One page of each kind (folder and depth: "/orte/" and "/orte/solingen/" are two kinds), and the hostile offer's. */
let samples: string[];

const hostileOffer = "/angebote/werkstatt-beispiel/feindlich/";
/** Pages that only work with JavaScript, as the search page: without it they show a notice instead. */
const scriptPages = ["/suche/", "/broschuere/erstellen/", "/einreichen/"];
/**
 * The brochure's print page is not read on a screen but set into A4 pages by paged.js
 * (wider than a phone by nature); src/print/print.browser.test.ts checks it once it is set.
 */
const printSurfaces = ["/broschuere/drucken/"];

/** The first page of each kind, e.g. "orte:2" for every city page. */
function pageKinds(urls: readonly string[]): string[] {
  const byKind = new Map<string, string>();
  for (const url of urls) {
    const segments = url.split("/").filter(Boolean);
    const kind = `${segments[0] ?? ""}:${segments.length}`;
    if (!byKind.has(kind)) byKind.set(kind, url);
  }
  return [...byKind.values()];
}

beforeAll(async () => {
  ({ dist } = await buildFixtureSite(fixtureOffers));
  pages = (await htmlPages(dist))
    .map((page) => page.url)
    .filter((url) => !printSurfaces.includes(url))
    .sort();
  samples = [...new Set([...pageKinds(pages), hostileOffer])];
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(path.dirname(dist), { recursive: true, force: true });
});

/**
 * A browser tab at a width that visits pages one after the other, collecting
 * for each visit the requests that leave the test server and script errors.
 */
async function tab(width: number, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  let problems: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(server.url)) problems.push(`request to another host: ${request.url()}`);
  });
  page.on("pageerror", (error) => problems.push(`script error: ${error.message}`));
  return {
    page,
    /** Opens the page at `url`; returns what went wrong while loading it. */
    visit: async (url: string): Promise<string[]> => {
      problems = [];
      await page.goto(new URL(url.slice(1), server.url).href);
      return problems;
    },
    close: () => context.close(),
  };
}

describe("#2: the pages in a browser", () => {
  it("checks one page of every kind, the hostile offer's among them", () => {
    for (const url of ["/", hostileOffer, "/angebote/werkstatt-beispiel/cnc-grundkurs/", "/orte/", "/404.html"]) {
      expect(pages).toContain(url);
    }
    for (const url of ["/", hostileOffer, "/orte/", "/traeger/", "/impressum/", "/404.html"])
      expect(samples).toContain(url);
    expect(samples.filter((url) => url.startsWith("/orte/"))).toHaveLength(2);
  });

  it("fit 320 px without sideways scrolling and load nothing from another host, every page", async () => {
    const { page, visit, close } = await tab(320);
    const problems: Record<string, string[]> = {};
    for (const url of pages) {
      const found = await visit(url);
      const wider = (await page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth",
      )) as number;
      if (wider > 0) found.push(`${wider} px wider than the window`);
      if (found.length > 0) problems[url] = found;
    }
    await close();
    expect(problems).toEqual({});
  });

  for (const width of [320, 1280]) {
    it(`pass axe-core at ${width} px, one page of each kind`, async () => {
      const { page, visit, close } = await tab(width);
      const problems: Record<string, string[]> = {};
      for (const url of samples) {
        await visit(url);
        const violations = await axeViolations(page);
        if (violations.length > 0) problems[url] = violations;
      }
      await close();
      expect(problems).toEqual({});
    });
  }

  it("show the same content without JavaScript, one page of each kind but the search, the brochure builder and the submission form", async () => {
    const tabs = await Promise.all([tab(375, true), tab(375, false)]);
    const differing: string[] = [];
    for (const url of samples.filter((candidate) => !scriptPages.includes(candidate))) {
      const [withScript, without] = await Promise.all(
        tabs.map(async ({ page, visit }) => {
          await visit(url);
          // The offer page's print button is a control that only works with JavaScript, not content.
          return page
            .locator("main")
            .evaluate(
              "(main) => { for (const button of main.querySelectorAll('[data-print-button]')) button.remove(); return main.innerText; }",
            ) as Promise<string>;
        }),
      );
      if (withScript !== without || without === "") differing.push(url);
    }
    await Promise.all(tabs.map(({ close }) => close()));
    expect(differing).toEqual([]);
  });

  it("show where the keyboard focus is, on every element Tab reaches, one page of each kind", async () => {
    const { page, visit, close } = await tab(1280);
    const unmarked: string[] = [];
    const checked: Record<string, number> = {};
    for (const url of samples) {
      await visit(url);
      // How each element looks unfocused; focused, it must gain an outline, a shadow or a background (a text colour alone is too faint).
      await page.evaluate(`window.looks = (el) => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor].join(" "); };
        window.unfocused = new Map([...document.querySelectorAll("a[href], button, input, select, textarea, summary")].map((el) => [el, looks(el)]));
        window.firstFocusable = [...unfocused.keys()].find((el) => el.checkVisibility());`);
      checked[url] = 0;
      for (let step = 0; step < 300; step += 1) {
        await page.keyboard.press("Tab");
        // "end" once focus leaves the page or comes round again; "added" for elements the search page renders later.
        const focused = (await page.evaluate(
          `(() => { const el = document.activeElement;
            if (el === document.body || (el === firstFocusable && ${step} > 0)) return "end";
            if (!unfocused.has(el)) return "added";
            return unfocused.get(el) === looks(el) ? el.outerHTML.slice(0, 80) : "marked"; })()`,
        )) as string;
        if (focused === "end") break;
        if (focused === "added") continue;
        checked[url] += 1;
        if (focused !== "marked") unmarked.push(`${url}: ${focused}`);
      }
    }
    await close();
    expect(unmarked).toEqual([]);
    // Header, navigation and footer alone hold more than ten links on every page.
    expect(Object.entries(checked).filter(([, count]) => count < 10)).toEqual([]);
  });

  it("let a keyboard user skip straight to the content", async () => {
    const { page, visit, close } = await tab(1280);
    await visit("/angebote/werkstatt-beispiel/cnc-grundkurs/");
    await page.keyboard.press("Tab");
    const skip = page.locator(":focus");
    expect(await skip.textContent()).toBe("Zum Inhalt springen");
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate("document.activeElement.id")).toBe("inhalt");
    // The next Tab lands on the first link inside the content, not back in the header.
    await page.keyboard.press("Tab");
    expect(await page.evaluate("document.activeElement.closest('main') !== null")).toBe(true);
    await close();
  });
});
