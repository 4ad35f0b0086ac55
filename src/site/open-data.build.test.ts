/**
 * #11: the open data a build publishes (`/daten/`), and the schema.org Course
 * data of every offer page, checked on the built fixture site.
 */
import { Ajv } from "ajv";
import { parse } from "csv-parse/sync";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type FixtureSite } from "../testing/build-fixture.js";
import { htmlPages } from "../testing/files.js";
import { fixtureToday } from "../testing/fixtures.js";
import { fixtureOffers, offerById } from "./__fixtures__/load.js";
import { openDataCsv, openDataFiles, offerHash, type Manifest, type OpenData } from "./open-data.js";
import { siteData } from "../config/site.js";

let site: FixtureSite;
const read = (file: string) => readFile(path.join(site.dist, file));

beforeAll(async () => {
  site = await buildFixtureSite(fixtureOffers);
});

afterAll(async () => {
  await rm(path.dirname(site.dist), { recursive: true, force: true });
});

const csvRows = (text: string): string[][] => parse(text, { delimiter: ";", bom: true }) as string[][];

describe("#11: angebote.csv", () => {
  it("is UTF-8 with BOM, semicolons and CRLF, one row per published offer, umlauts intact", async () => {
    const bytes = await read(openDataFiles.csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toMatch(/^\uFEFFTräger;Träger-Ordner;Kurzname;Titel;/);
    const [header = [], ...rows] = csvRows(text);
    expect(header.slice(0, 5)).toEqual(["Träger", "Träger-Ordner", "Kurzname", "Titel", "Kurzbeschreibung"]);
    expect(header).toContain("Beginn 2");
    expect(header.at(-1)).toBe("Seite");
    expect(rows).toHaveLength(site.catalog.offers.length);
    const title = header.indexOf("Titel");
    expect(rows.map((row) => row[title])).toContain("Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit");
    const office = rows.find((row) => row[2] === "buero-teilzeit") ?? [];
    expect(office[header.indexOf("Zeitmodell")]).toBe("teilzeit, vormittags");
    expect(office[header.indexOf("Rollstuhlgerecht 1")]).toBe("ja");
    expect(office[header.indexOf("Beginn 2")]).toBe("2027-09-01");
  });

  it("writes decimal commas and keeps cells that Excel would run as a formula as text", () => {
    const offer = offerById(site.catalog.offers, "werkstatt-beispiel/cnc-grundkurs");
    const hostile = { ...offer, data: { ...offer.data, title: '=HYPERLINK("https://evil.example.com")' } };
    const [header = [], row = []] = csvRows(openDataCsv([hostile], siteData("/")));
    expect(row[header.indexOf("Titel")]).toBe('\'=HYPERLINK("https://evil.example.com")');
    expect(row[header.indexOf("Kosten in Euro")]).toBe("1290,5");
  });
});

describe("#11: angebote.json", () => {
  it("holds every published offer and validates against the published schema", async () => {
    const data = JSON.parse((await read(openDataFiles.json)).toString("utf8")) as OpenData;
    const schema = JSON.parse((await read(openDataFiles.schema)).toString("utf8")) as object;
    const ajv = new Ajv({
      strict: true,
      strictRequired: false,
      allErrors: true,
      formats: { date: true, email: true, uri: true },
    });
    ajv.addKeyword("enumDescriptions");
    const valid = ajv.compile(schema);
    expect(valid(data), JSON.stringify(valid.errors)).toBe(true);
    expect(data.offers.map((offer) => offer.id)).toEqual(site.catalog.offers.map((offer) => offer.id));
    expect(data.edition).toBe(fixtureToday);
    expect(data.license.name).toBe("CC BY 4.0");
    // A file that breaks the schema is refused: the check is not a formality.
    expect(valid({ ...data, offers: [{ ...data.offers[0], format: "fernkurs" }] })).toBe(false);
  });

  it("comes with a manifest of every published offer's fingerprint for the network office's report", async () => {
    const manifest = JSON.parse((await read(openDataFiles.manifest)).toString("utf8")) as Manifest;
    expect(manifest.edition).toBe(fixtureToday);
    expect(Object.keys(manifest.offers).sort()).toEqual(site.catalog.offers.map((offer) => offer.id).sort());
    const offer = offerById(site.catalog.offers, "werkstatt-beispiel/cnc-grundkurs");
    expect(manifest.offers[offer.id]).toEqual({ title: offer.data.title, file: offer.file, hash: offerHash(offer) });
    expect(offerHash({ ...offer, bodyHtml: `${offer.bodyHtml}<p>neu</p>` })).not.toBe(offerHash(offer));
  });
});

describe("#11: the data page /daten/", () => {
  it("links the downloads and names the licence and the edition", async () => {
    const html = (await read("daten/index.html")).toString("utf8");
    for (const file of [openDataFiles.csv, openDataFiles.json, openDataFiles.schema]) {
      expect(html).toContain(`href="/${file}"`);
    }
    expect(html).toContain("Creative Commons Namensnennung 4.0 International (CC BY 4.0)");
    expect(html).toContain("Stand: <strong>27. November 2026</strong>");
    expect(html).toContain("<strong>Beginn 1, Beginn 2, …</strong> <code>(dates[].start)</code>");
  });
});

/** The schema.org object of a page's JSON-LD script. */
function jsonLd(html: string): Record<string, unknown> {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (script === undefined) throw new Error("no JSON-LD");
  return JSON.parse(script) as Record<string, unknown>;
}

describe("#11: Course data for Google's course rich results", () => {
  it("has on every offer page what the course info result requires", async () => {
    const offerPages = (await htmlPages(site.dist)).filter((page) => page.url.startsWith("/angebote/"));
    expect(offerPages).toHaveLength(site.catalog.offers.length);
    const problems: string[] = [];
    for (const page of offerPages) {
      const course = jsonLd(await readFile(page.file, "utf8"));
      const need = (ok: boolean, what: string) => ok || problems.push(`${page.url}: ${what}`);
      need(course["@type"] === "Course", "@type Course");
      need(typeof course.name === "string" && course.name !== "", "name");
      need(typeof course.description === "string" && course.description !== "", "description");
      const provider = course.provider as Record<string, unknown>;
      need(provider["@type"] === "Organization" && typeof provider.name === "string", "provider name");
      need(typeof provider.url === "string" && provider.url.startsWith("https://"), "provider url");
      const offer = course.offers as Record<string, unknown>;
      need(typeof offer.price === "number" && offer.priceCurrency === "EUR", "offers price and currency");
      need(["Free", "Paid"].includes(String(offer.category)), "offers category");
      const instances = course.hasCourseInstance as Record<string, unknown>[];
      need(Array.isArray(instances) && instances.length > 0, "hasCourseInstance");
      for (const instance of instances ?? []) {
        need(["Onsite", "Online", "Blended"].includes(String(instance.courseMode)), "courseMode");
        const schedule = instance.courseSchedule as Record<string, unknown> | undefined;
        const scheduled =
          schedule !== undefined &&
          /^PT[\d.]+H$/.test(String(schedule.duration)) &&
          schedule.repeatFrequency === "Weekly" &&
          typeof schedule.repeatCount === "number";
        need(scheduled || /^\d{4}-\d{2}-\d{2}$/.test(String(instance.startDate)), "courseSchedule or startDate");
        if (instance.courseWorkload !== undefined)
          need(/^PT\d+H$/.test(String(instance.courseWorkload)), "courseWorkload ISO 8601");
        need(Array.isArray(instance.location) && (instance.location as unknown[]).length > 0, "location");
      }
    }
    expect(problems).toEqual([]);
  });
});
