/**
 * #7 in a real browser: the sample offers (offers/) built with their brochures,
 * the PDFs read back with poppler (text per page, document info) and pdf-lib
 * (outline); the custom brochure and the builder against the search page; the
 * offer page printed as an "Angebotsblatt".
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths, projectRoot, siteData } from "../config/site.js";
import { buildSite } from "../build/site.js";
import type { SearchableOffer } from "../search/model.js";
import type { Catalog } from "../site/catalog.js";
import { absoluteUrl } from "../site/links.js";
import { axeViolations } from "../testing/axe.js";
import { launchChromium } from "../testing/browser.js";
import { fixtureToday } from "../testing/fixtures.js";
import { unhyphenate } from "../view/hyphenate.js";
import { folded, pdfInfo, pdfOutline, pdfPages, pdfQrCode, titleCounts } from "../testing/pdf.js";
import { runScript } from "../testing/run-script.js";
import { searchSettled, shownResultIds } from "../testing/search.js";
import { serveStatic, type StaticServer } from "../testing/static-server.js";
import type { PrintedEdition } from "./editions.js";

let temp: string;
let dist: string;
let catalog: Catalog;
let printed: readonly PrintedEdition[];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-print-"));
  dist = path.join(temp, "dist");
  const result = await buildSite({
    offersDir: paths.offers,
    outputDir: dist,
    today: fixtureToday,
    root: projectRoot,
    brochures: "required",
  });
  if (!result.ok) throw new Error("The sample offers do not validate.");
  ({ catalog, brochures: printed } = result);
  [server, browser] = await Promise.all([serveStatic(dist), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(temp, { recursive: true, force: true });
});

const pdfOf = (slug: string) => path.join(dist, "broschuere", `${slug}.pdf`);

/** An offer's key in a PDF's text: its title followed by its provider, as every entry starts. */
const entryKey = (offer: SearchableOffer) => `${offer.data.title} ${offer.provider.data.name}`;

/** The offers a PDF holds, from its text: each offer's number of entries. */
async function entriesIn(
  file: string,
  offers: readonly SearchableOffer[] = catalog.offers,
): Promise<Map<string, number>> {
  const counts = titleCounts((await pdfPages(file)).join("\n"), offers.map(entryKey));
  return new Map(offers.map((offer) => [offer.id, counts.get(entryKey(offer)) ?? 0]));
}

const idsWithEntries = (counts: Map<string, number>) =>
  [...counts]
    .filter(([, count]) => count > 0)
    .map(([id]) => id)
    .sort();

/**
 * Page numbers as the indexes print them ("4, 7–9") as a list.
 * @example expandPages("4, 7–9") // [4, 7, 8, 9]
 */
function expandPages(text: string): number[] {
  return text.split(",").flatMap((part) => {
    const [first, last] = part.split("–").map((number) => Number(number.trim()));
    if (first === undefined || Number.isNaN(first)) return [];
    return Array.from({ length: (last ?? first) - first + 1 }, (_, offset) => first + offset);
  });
}

async function searchResultIds(page: Page, query: string): Promise<string[]> {
  await page.goto(`${server.url}suche/${query}`);
  await page.waitForFunction(searchSettled);
  return (await shownResultIds(page)).sort();
}

describe("#7: the brochures the build prints", () => {
  it("are the whole directory and one per city, listed on /broschuere/ with page count and size", async () => {
    const cities = new Set(catalog.offers.flatMap((offer) => offer.cities));
    expect(printed.map((pdf) => pdf.edition.slug)).toEqual(
      ["gesamt", "wuppertal", "solingen", "remscheid", "online"].filter(
        (slug) => slug === "gesamt" || cities.has(slug as never),
      ),
    );
    const page = await browser.newPage();
    await page.goto(`${server.url}broschuere/`);
    for (const pdf of printed) {
      const info = await pdfInfo(pdf.file);
      expect(Number(info.Pages)).toBe(pdf.pages);
      const paragraph = page.locator(`[data-edition-pdf="${pdf.edition.slug}"]`);
      expect(await paragraph.locator("a").getAttribute("href")).toBe(`${pdf.edition.slug}.pdf`);
      expect(await paragraph.textContent()).toMatch(new RegExp(`\\(${pdf.pages} Seiten, [\\d,]+ (KB|MB)\\)`));
      expect((await page.request.get(new URL(`broschuere/${pdf.edition.slug}.pdf`, server.url).href)).ok()).toBe(true);
    }
    await page.close();
  });

  it("hold every published offer exactly once in the whole directory", async () => {
    const counts = await entriesIn(pdfOf("gesamt"));
    expect([...counts].filter(([, count]) => count !== 1)).toEqual([]);
    expect(counts.size).toBe(catalog.offers.length);
  });

  it("hold exactly the offers of their city in each city brochure", async () => {
    for (const pdf of printed.filter((candidate) => candidate.edition.slug !== "gesamt")) {
      const counts = await entriesIn(pdf.file);
      const expected = catalog.offers.filter((offer) => offer.search.filters.city.includes(pdf.edition.slug));
      expect(idsWithEntries(counts), pdf.edition.slug).toEqual(expected.map((offer) => offer.id).sort());
      expect([...counts.values()].every((count) => count <= 1)).toBe(true);
    }
  });

  it("number every page after the cover without gaps, „Seite X von Y“", async () => {
    for (const pdf of printed) {
      const pages = await pdfPages(pdf.file);
      expect(pages.length).toBe(pdf.pages);
      expect(pages[0]).not.toMatch(/Seite \d+ von/);
      const unnumbered = pages.flatMap((text, index) =>
        index === 0 || text.includes(`Seite ${index + 1} von ${pages.length}`) ? [] : [index + 1],
      );
      expect(unnumbered, pdf.edition.slug).toEqual([]);
    }
  });

  it("have a table of contents whose page numbers are the pages the chapters and indexes start on", async () => {
    const pages = await pdfPages(pdfOf("gesamt"));
    const tocPage = pages.findIndex((text) => text.split("\n").includes("Inhalt"));
    const tocLines = (pages[tocPage] ?? "").split("\n");
    const entries = tocLines
      .slice(tocLines.indexOf("Inhalt") + 1)
      .map((line) => /^(.+) (\d+)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => ({ title: match[1] ?? "", page: Number(match[2]) }));
    const topicLabels = catalog.browse
      .find((kind) => kind.key === "topic")
      ?.terms.filter((term) => term.offers.length > 0);
    expect(entries.map((entry) => entry.title)).toEqual([
      ...(topicLabels ?? []).map((term) => term.label),
      "Träger von A bis Z",
      "Angebote nach Zielgruppe",
    ]);
    for (const entry of entries) {
      // A chapter's first page shows its heading below the running header; later pages only the header.
      const starts = pages.flatMap((text, index) => (text.split("\n").includes(entry.title) ? [index + 1] : []));
      expect(starts.filter((page) => page !== tocPage + 1)[0], entry.title).toBe(entry.page);
    }
  });

  it("have a provider index whose page numbers are exactly the pages with that provider's offers", async () => {
    const pages = await pdfPages(pdfOf("gesamt"));
    const first = pages.findIndex(
      (text) => text.split("\n").includes("Träger von A bis Z") && /Angebote auf Seite/.test(text),
    );
    const last = pages.findIndex(
      (text, index) => index > first && text.split("\n").includes("Angebote nach Zielgruppe"),
    );
    expect(first).toBeGreaterThan(0);
    // Each provider's entry ends with its page numbers; the text before them names the provider.
    const blocks = pages
      .slice(first, last)
      .join("\n")
      .split(/Angebote auf Seite ([\d,– ]+)/);
    const listed = new Map<string, number[]>();
    for (let index = 1; index < blocks.length; index += 2) {
      const named = folded(blocks[index - 1] ?? "");
      const provider = catalog.providers.find((entry) => named.includes(folded(entry.provider.data.name)));
      expect(provider, blocks[index - 1]).toBeDefined();
      listed.set(provider?.provider.slug ?? "", expandPages(blocks[index] ?? ""));
    }
    const withOffers = catalog.providers.filter((entry) => entry.offers.length > 0);
    expect([...listed.keys()].sort()).toEqual(withOffers.map((entry) => entry.provider.slug).sort());
    for (const { provider, offers } of withOffers) {
      const keys = offers.map((offer) => folded(entryKey(offer)));
      const holding = pages.flatMap((text, index) =>
        keys.some((key) => folded(text).includes(key)) ? [index + 1] : [],
      );
      expect(listed.get(provider.slug), provider.slug).toEqual(holding);
    }
  });

  it("have a target-group index whose page numbers hold offers for that group", async () => {
    const pages = await pdfPages(pdfOf("gesamt"));
    const indexPage = pages.findLastIndex((text) => text.split("\n").includes("Angebote nach Zielgruppe"));
    const audiences =
      catalog.browse.find((kind) => kind.key === "audience")?.terms.filter((term) => term.offers.length > 0) ?? [];
    for (const term of audiences) {
      const line = new RegExp(`^${term.label.replace(/[()+]/g, "\\$&")} ([\\d,– ]+)$`, "m").exec(
        pages[indexPage] ?? "",
      );
      const keys = term.offers.map((offer) => folded(entryKey(offer)));
      const holding = pages.flatMap((text, index) =>
        keys.some((key) => folded(text).includes(key)) ? [index + 1] : [],
      );
      expect(expandPages(line?.[1] ?? ""), term.label).toEqual(holding);
    }
  });

  it("carry a title, the language, tags and an outline with every chapter and offer", async () => {
    for (const pdf of printed) {
      const info = await pdfInfo(pdf.file);
      expect(info.Title).toBe(pdf.title);
      expect(info.Title).toMatch(/^Weiterbildung in .+ – .+/);
      expect(info.Tagged).toBe("yes");
      expect(info["Page size"]).toMatch(/\(A4\)/);
    }
    const outline = (await pdfOutline(pdfOf("gesamt"))).map(unhyphenate);
    for (const offer of catalog.offers) expect(outline).toContain(offer.data.title);
    expect(outline).toContain("Träger von A bis Z");
    expect(outline).toContain("Inhalt");
  });
});

describe("#7: a brochure of one's own", () => {
  it("holds exactly the offers the search page shows for the same filters (npm run brochure)", async () => {
    const page = await browser.newPage();
    const expected = await searchResultIds(page, "?ort=solingen&zielgruppe=alleinerziehende");
    await page.close();
    expect(expected.length).toBeGreaterThan(1);
    const out = path.join(temp, "eigene.pdf");
    const run = await runScript("brochure.ts", [
      "--site",
      dist,
      "--ort",
      "solingen",
      "--zielgruppe",
      "alleinerziehende",
      "--out",
      out,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Solingen · Alleinerziehende");
    expect(idsWithEntries(await entriesIn(out))).toEqual(expected);
  });

  it("holds exactly the offers the search page shows for words and a filter, and the builder counts them", async () => {
    const query = "?q=Pflege&ort=wuppertal";
    const page = await browser.newPage();
    const expected = await searchResultIds(page, query);
    expect(expected.length).toBeGreaterThan(0);
    await page.goto(`${server.url}broschuere/erstellen/${query}`);
    await page.waitForFunction(
      "!document.querySelector('[data-builder]').hasAttribute('aria-busy') && /(kommt|kommen) in die/.test(document.querySelector('[data-builder-status]').textContent)",
    );
    expect(await page.locator("[data-builder-status]").textContent()).toMatch(
      new RegExp(`^${expected.length} Angebote? (kommt|kommen) in die Broschüre`),
    );
    await page.close();
    const out = path.join(temp, "pflege.pdf");
    const run = await runScript("brochure.ts", ["--site", dist, "--q", "Pflege", "--ort", "wuppertal", "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(idsWithEntries(await entriesIn(out))).toEqual(expected);
  });

  it("is opened from the search page with the search, and its preview prints exactly those offers", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}suche/?zielgruppe=berufsrueckkehrende&zeit=teilzeit`);
    await page.waitForFunction(searchSettled);
    await page.locator("[data-brochure-link]").click();
    await page.waitForURL(/broschuere\/erstellen\/\?zielgruppe=berufsrueckkehrende&zeit=teilzeit$/);
    await page.locator("[data-builder-preview]").click();
    await page.waitForFunction(
      "document.querySelector('[data-builder-frame]')?.contentDocument?.documentElement?.dataset.brochurePages !== undefined",
    );
    const shown = (await page.evaluate(
      "[...document.querySelector('[data-builder-frame]').contentDocument.querySelectorAll('.pagedjs_page [data-entry]')].map((entry) => entry.dataset.entry)",
    )) as string[];
    const expected = catalog.offers
      .filter(
        (offer) =>
          offer.search.filters.audience.includes("berufsrueckkehrende") &&
          offer.search.filters.schedule.includes("teilzeit"),
      )
      .map((offer) => offer.id);
    expect(shown.sort()).toEqual(expected.sort());
    await page.waitForFunction("!document.querySelector('[data-builder-print]').disabled");
    await page.close();
  });

  it("comes in A5 with 3 mm bleed and crop marks for the print shop", async () => {
    const out = path.join(temp, "a5.pdf");
    const run = await runScript("brochure.ts", [
      "--site",
      dist,
      "--ort",
      "remscheid",
      "--papier",
      "a5",
      "--beschnitt",
      "--gliederung",
      "ort",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    // A5 is 148 × 210 mm; bleed and the crop marks' margin enlarge the sheet on every side.
    const [width, height] = ((await pdfInfo(out))["Page size"] ?? "").split(/[ x]+/).map(Number);
    const mm = (points = 0) => (points * 25.4) / 72;
    expect(mm(width)).toBeGreaterThan(148 + 6);
    expect(mm(height) - mm(width)).toBeCloseTo(210 - 148, 0);
    const pages = await pdfPages(out);
    expect(pages.some((text) => text.split("\n").includes("Remscheid"))).toBe(true);
  });

  it("says in German what is wrong with a mistyped option, and that --format is not the paper size", async () => {
    const run = await runScript("brochure.ts", ["--site", dist, "--ort", "solingn", "--format", "a5"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Meinten Sie „solingen“?");
    expect(run.stderr).toContain("--papier a5");
  });
});

describe("#7: the print page and the builder", () => {
  it("pass axe-core once the brochure is set, and the builder at 320 and 1280 px", async () => {
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}broschuere/drucken/?ort=solingen`);
      await page.waitForFunction("document.documentElement.dataset.brochurePages !== undefined");
      expect(await axeViolations(page), `print page at ${width} px`).toEqual([]);
      await page.goto(`${server.url}broschuere/erstellen/`);
      await page.waitForFunction(
        "/(kommt|kommen) in die/.test(document.querySelector('[data-builder-status]').textContent)",
      );
      expect(await axeViolations(page), `builder at ${width} px`).toEqual([]);
      expect(await page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")).toBe(
        0,
      );
      await page.close();
    }
  });

  it("lets a keyboard user choose a filter and start the preview", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}broschuere/erstellen/`);
    await page.waitForFunction(
      "/(kommt|kommen) in die/.test(document.querySelector('[data-builder-status]').textContent)",
    );
    await page.locator("#filter-ort-2").focus();
    await page.keyboard.press("Space");
    await page.waitForFunction("location.search === '?ort=solingen'");
    await page.locator("[data-builder-preview]").focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      "document.querySelector('[data-builder-frame]')?.contentDocument?.documentElement?.dataset.brochurePages !== undefined",
    );
    // The builder looks for the finished preview every 200 ms, then says how many pages it has.
    await page.waitForFunction(
      "/Vorschau: \\d+ Seiten/.test(document.querySelector('[data-builder-status]').textContent)",
    );
    expect(await page.locator("[data-builder-print]").isEnabled()).toBe(true);
    await page.close();
  });
});

describe("#7: an offer page printed from the browser", () => {
  it("is one or two A4 pages with contact and registration on the first and a QR code to the offer", async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: "print" });
    const problems: string[] = [];
    const baseUrl = siteData("/").baseUrl;
    // The offers with the longest descriptions and the most facts are the ones that could spill over.
    const sizes = catalog.offers.map((offer) => ({
      offer,
      size: offer.bodyHtml.length + JSON.stringify(offer.data).length,
    }));
    const longest = sizes
      .sort((a, b) => b.size - a.size)
      .slice(0, 6)
      .map((entry) => entry.offer);
    for (const [index, offer] of longest.entries()) {
      await page.goto(new URL(offer.url.slice(1), server.url).href);
      const file = path.join(temp, `angebot-${index}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true, tagged: true });
      const info = await pdfInfo(file);
      const pages = await pdfPages(file);
      const first = folded(pages[0] ?? "");
      if (!/\(A4\)/.test(info["Page size"] ?? "")) problems.push(`${offer.id}: ${info["Page size"]}`);
      if (pages.length > 2) problems.push(`${offer.id}: ${pages.length} pages`);
      for (const needed of [
        offer.data.title,
        // The offer page names the provider by its short name throughout (#10).
        offer.provider.data.short_name,
        offer.data.contact.phone,
        offer.data.contact.email,
        offer.data.registration_url,
      ]) {
        if (needed !== undefined && !first.includes(folded(needed)))
          problems.push(`${offer.id}: „${needed}“ not on page 1`);
      }
      if (!first.includes(folded(`Stand: `))) problems.push(`${offer.id}: no „Stand“ on page 1`);
      if (index < 2) {
        const qr = await pdfQrCode(file, 1);
        if (qr !== absoluteUrl(offer.url, baseUrl)) problems.push(`${offer.id}: QR code reads ${qr}`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it("shows its print button only with JavaScript, and never on paper", async () => {
    const offerUrl = new URL(catalog.offers[0]?.url.slice(1) ?? "", server.url).href;
    const withScript = await browser.newPage();
    await withScript.goto(offerUrl);
    const button = withScript.getByRole("button", { name: "Angebot drucken" });
    expect(await button.isVisible()).toBe(true);
    await withScript.emulateMedia({ media: "print" });
    expect(await button.isVisible()).toBe(false);
    expect(await withScript.locator(".app-offer__online").isVisible()).toBe(true);
    await withScript.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const without = await context.newPage();
    await without.goto(offerUrl);
    expect(await without.getByRole("button", { name: "Angebot drucken" }).isVisible()).toBe(false);
    expect(await without.locator(".app-offer__online").isVisible()).toBe(false);
    await context.close();
  });
});
