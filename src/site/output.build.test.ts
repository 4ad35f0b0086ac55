/**
 * #8: every output the build writes is valid for awkward-but-accepted content
 * (quotes, ampersands, `</script>`, `]]>`, emoji, right-to-left Arabic, very
 * long words in `__fixtures__/awkward/`). Each file is read back with a real
 * parser: XML for the feed and sitemap, JSON for JSON-LD and the data files,
 * node:vm for the `.js` data scripts, csv-parse for the CSV, parse5 for HTML and
 * ical.js for the calendar files.
 */
import { readFileSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import vm from "node:vm";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseHtml, type DefaultTreeAdapterMap } from "parse5";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import { buildFixtureSite } from "../testing/build-fixture.js";
import { isFoldedWithCrlf, parseCalendar } from "../testing/calendar.js";
import { filesBelow, htmlPages } from "../testing/files.js";

const awkward = path.join(projectRoot, "src/site/__fixtures__/awkward");
let dist: string | undefined;

beforeAll(async () => {
  ({ dist } = await buildFixtureSite(awkward));
}, 120_000);

afterAll(async () => {
  if (dist !== undefined) await rm(path.dirname(dist), { recursive: true, force: true });
});

const built = () => {
  if (dist === undefined) throw new Error("the awkward fixtures did not build");
  return dist;
};
const read = (file: string) => readFile(path.join(built(), file), "utf8");

/** Errors of the HTML5 parser (parse5 reports what a browser would silently repair). */
function htmlParseErrors(html: string): string[] {
  const errors: string[] = [];
  parseHtml(html, { onParseError: (error) => errors.push(`${error.code} at line ${error.startLine}`) });
  return errors;
}

/** The text of every `<script type="application/ld+json">` in a page. */
function jsonLdBlocks(html: string): string[] {
  const blocks: string[] = [];
  const visit = (node: DefaultTreeAdapterMap["parentNode"]) => {
    for (const child of node.childNodes) {
      if ("tagName" in child && child.tagName === "script") {
        const type = child.attrs.find((attribute) => attribute.name === "type")?.value;
        const text = child.childNodes.map((inner) => ("value" in inner ? inner.value : "")).join("");
        if (type === "application/ld+json") blocks.push(text);
      }
      if ("childNodes" in child) visit(child);
    }
  };
  visit(parseHtml(html));
  return blocks;
}

describe("#8: every output is valid for awkward accepted content", () => {
  it("feed.xml is well-formed XML and carries the titles unchanged", async () => {
    const xml = await read("feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
      feed: { entry: { title: string }[] };
    };
    expect(feed.feed.entry.map((entry) => String(entry.title))).toContain(
      "Deutsch & Beruf: „Sprache“ <fit> </script><!-- 'x' ]]> 🎓",
    );
  });

  it("sitemap.xml is well-formed XML", async () => {
    expect(XMLValidator.validate(await read("sitemap.xml"))).toBe(true);
  });

  it("every HTML page parses without an HTML parser error, and its JSON-LD is JSON", async () => {
    const pages = await htmlPages(built());
    expect(pages.length).toBeGreaterThan(10);
    let jsonLd = 0;
    for (const page of pages) {
      const html = await readFile(page.file, "utf8");
      expect(htmlParseErrors(html), page.url).toEqual([]);
      for (const block of jsonLdBlocks(html)) {
        expect(() => JSON.parse(block) as unknown, page.url).not.toThrow();
        jsonLd++;
      }
    }
    expect(jsonLd).toBeGreaterThanOrEqual(2);
    const offerPage = await read("angebote/zentrum-beispiel/sprache/index.html");
    const course = JSON.parse(jsonLdBlocks(offerPage)[0] ?? "{}") as { name?: string };
    expect(course.name).toBe("Deutsch & Beruf: „Sprache“ <fit> </script><!-- 'x' ]]> 🎓");
  });

  it("the JSON data files parse and keep the text", async () => {
    const jsonFiles = (await filesBelow(built())).filter((file) => file.endsWith(".json"));
    expect(jsonFiles.length).toBeGreaterThan(2);
    for (const file of jsonFiles) expect(() => JSON.parse(readFileSync(file, "utf8")) as unknown, file).not.toThrow();
    const data = JSON.parse(await read("daten/angebote.json")) as { offers: { title: string }[] };
    expect(data.offers.map((offer) => offer.title)).toContain("دورة الحاسوب – Computerkurs für Einsteiger");
  });

  it("the .js data scripts run in a fresh context", async () => {
    const scripts = (await filesBelow(path.join(built(), "assets/search"))).filter((file) => file.endsWith(".js"));
    expect(scripts.length).toBeGreaterThan(0);
    for (const file of scripts) {
      const context: Record<string, unknown> = {};
      context.window = context;
      expect(() => vm.runInNewContext(readFileSync(file, "utf8"), context), file).not.toThrow();
      expect(Object.keys(context).length, file).toBeGreaterThan(1);
    }
  });

  it("every calendar file parses with ical.js and keeps the titles", async () => {
    const files = (await filesBelow(built())).filter((file) => file.endsWith(".ics"));
    expect(files.length).toBe(2);
    const summaries = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      expect(isFoldedWithCrlf(text), file).toBe(true);
      return parseCalendar(text).events.map((event) => event.summary);
    });
    expect(summaries).toContain("Kursbeginn: دورة الحاسوب – Computerkurs für Einsteiger");
    expect(summaries).toContain("Kursbeginn: Deutsch & Beruf: „Sprache“ <fit> </script><!-- 'x' ]]> 🎓");
  });

  it("angebote.csv parses with a semicolon and keeps quotes and line breaks", async () => {
    const text = await read("daten/angebote.csv");
    const rows = parseCsv(text, { delimiter: ";", bom: true, relax_column_count: false }) as string[][];
    expect(rows.length).toBe(3);
    expect(rows.flat().join("\n")).toContain('O\'Brien & "Müller" – أحمد');
  });
});
