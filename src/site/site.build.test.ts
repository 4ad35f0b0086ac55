import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { projectRoot } from "../config/site.js";
import { filesBelow, htmlPages } from "../testing/files.js";
import { fixtureToday } from "../testing/fixtures.js";
import { softHyphen, unhyphenate } from "../view/hyphenate.js";
import { fixtureOffers } from "./__fixtures__/load.js";

/** A built site: its folder and every HTML page by URL ("/orte/solingen/"). */
interface BuiltSite {
  readonly dir: string;
  readonly pages: ReadonlyMap<string, string>;
}

let temp: string;
let site: BuiltSite;
let prefixed: BuiltSite;

async function build(name: string, basePath?: string): Promise<BuiltSite> {
  const dir = path.join(temp, name);
  // As `BASE_PATH=… npm run build` does: the sub-path comes from the environment, read on import.
  vi.resetModules();
  if (basePath === undefined) vi.unstubAllEnvs();
  else vi.stubEnv("BASE_PATH", basePath);
  const { buildSite } = await import("../build/site.js");
  const result = await buildSite({ offersDir: fixtureOffers, outputDir: dir, today: fixtureToday, root: projectRoot });
  if (!result.ok) throw new Error("the site fixtures do not validate");
  const pages = new Map<string, string>();
  for (const { url, file } of await htmlPages(dir)) pages.set(url, await readFile(file, "utf8"));
  return { dir, pages };
}

beforeAll(async () => {
  temp = await mkdtemp(path.join(os.tmpdir(), "bb-site-"));
  // One after the other: the build changes the working directory while it runs.
  site = await build("root");
  prefixed = await build("sub", "/weiterbildung/");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(temp, { recursive: true, force: true });
});

/**
 * The pages people read, with the site's layout: all but the brochure's print page, a bare
 * surface that paged.js sets into A4 pages (checked in src/print/print.browser.test.ts).
 */
const readablePages = (built: BuiltSite = site) =>
  new Map([...built.pages].filter(([url]) => url !== "/broschuere/drucken/"));

const page = (url: string, built: BuiltSite = site): string => {
  const html = built.pages.get(url);
  if (html === undefined) throw new Error(`no page ${url}`);
  return html;
};

/** Visible text: block tags become spaces, inline tags vanish. */
const text = (html: string) =>
  html
    .replace(/<\/?(p|br|li|ul|ol|div|dt|dd|h[1-6])\b[^>]*>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&shy;|\u00ad/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The offer page's fact box as label → plain text. */
function facts(html: string): Record<string, string> {
  const rows = html.matchAll(
    /<div class="app-facts__row">\s*<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd>([\s\S]*?)<\/dd>\s*<\/div>/g,
  );
  return Object.fromEntries(
    [...rows].map(([, label = "", value = ""]) => [text(label), text(value).replaceAll(softHyphen, "")]),
  );
}

/** The offer URLs of the cards on a page, in order. */
const cardLinks = (html: string) =>
  [...html.matchAll(/class="app-offer-(?:card|row)__link" href="([^"]+)"/g)].map(([, href]) => href);

/** Every start tag with its URL-carrying attributes. */
function urlAttributes(html: string): { tag: string; name: string; value: string; index: number }[] {
  const found: { tag: string; name: string; value: string; index: number }[] = [];
  for (const tag of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    for (const [, name = "", value = ""] of (tag[2] ?? "").matchAll(
      /\s(href|src|srcset|action|formaction|poster|data)="([^"]*)"/g,
    )) {
      found.push({ tag: (tag[1] ?? "").toLowerCase(), name, value, index: tag.index });
    }
  }
  return found;
}

/** One attribute in a start tag, its value double-, single- or unquoted; group 1 is the name. */
const attribute = /\s+([^\s=>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/;

const isSameSite = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//");

const jsonLdOf = (html: string): Record<string, unknown> => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error("no JSON-LD");
  return JSON.parse(match[1] ?? "") as Record<string, unknown>;
};

describe("#2: offer pages", () => {
  const url = "/angebote/bildungswerk-beispiel/buero-teilzeit/";

  it("show title, summary and every fact a reader scans for", () => {
    const html = page(url);
    const title = /<h1 class="app-heading-xl app-offer__title">([^<]*)<\/h1>/.exec(html)?.[1] ?? "";
    expect(title).toContain(softHyphen);
    expect(unhyphenate(title)).toBe("Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit");
    expect(html).toMatch(
      /<title>Kauffrau\/Kaufmann für Büromanagement – Umschulung in Teilzeit – Bildungsbrücke<\/title>/,
    );
    expect(facts(html)).toEqual({
      "Für wen": "Berufsrückkehrende, Alleinerziehende",
      Wann: "Nächster Start: 1. März 2027 bis 30. Juni 2029 Anmeldung bis 15. Februar 2027 Weitere Termine: 1. September 2027 bis 31. Dezember 2029",
      Zeitmodell: "Teilzeit, Vormittags Präsenz: Unterricht vor Ort.",
      Dauer: "28 Monate, 25 Std./Woche 2400 Unterrichtsstunden",
      Wo: "Wuppertal Beispielstraße 12, 42103 Wuppertal rollstuhlgerecht",
      Kosten:
        "Preis: 14.800 € (ohne Förderung) Für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter Fahrtkosten können übernommen werden. Nach AZAV zugelassen.",
      Abschluss: "IHK-Abschluss",
      Deutschkenntnisse: "Mindestens B1 Mittelstufe: im Alltag und Beruf gut zurechtkommen.",
      Kinderbetreuung: "Hilfe bei der Suche nach Kinderbetreuung",
      Voraussetzungen: "Hauptschulabschluss",
      Gruppengröße: "8 bis 16 Personen",
      Unterrichtssprachen: "Deutsch, Englisch",
    });
  });

  it("link contact, registration and provider, and say how current they are", () => {
    const html = page(url);
    expect(html).toContain('<a href="tel:02021234567">0202 1234567</a>');
    expect(html).toContain('href="mailto:buero@bildungswerk.example.org"');
    expect(html).toContain('href="https://bildungswerk.example.org/anmeldung"');
    expect(html).toContain('href="/traeger/bildungswerk-beispiel/"');
    expect(html).toContain("Stand: 1. November 2026");
    expect(html).toContain("<h2>Inhalte</h2>");
  });

  it("show rolling start and places without wheelchair access or online", () => {
    const deutsch = facts(page("/angebote/bildungswerk-beispiel/deutsch-beruf/"));
    expect(deutsch.Wann).toBe("Laufender Einstieg: Sie können jederzeit beginnen.");
    expect(deutsch.Wo).toBe("Solingen Kursweg 5, 42651 Solingen nicht rollstuhlgerecht Online, von zu Hause");
    expect(deutsch.Kosten).toBe("Kostenfrei für alle Teilnehmenden");
  });

  it("carry schema.org Course JSON-LD that parses, with one instance per upcoming date", () => {
    const course = jsonLdOf(page(url));
    expect(course["@type"]).toBe("Course");
    expect(course.name).toBe("Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit");
    expect(course.url).toBe(`https://weiterbildung.example.org${url}`);
    expect(course.provider).toMatchObject({ "@type": "Organization", name: "Bildungswerk Beispiel gGmbH" });
    const instances = course.hasCourseInstance as { startDate: string }[];
    expect(instances.map((instance) => instance.startDate)).toEqual(["2027-03-01", "2027-09-01"]);
  });

  it("are the only pages the search indexes", () => {
    for (const [url, html] of site.pages) {
      expect(html.includes("data-pagefind-body"), url).toBe(url.startsWith("/angebote/"));
    }
  });

  it("are not built for an expired offer, which appears nowhere", async () => {
    expect(site.pages.has("/angebote/bildungswerk-beispiel/abgelaufen/")).toBe(false);
    for (const [url, html] of site.pages) expect(html, url).not.toContain("Abgelaufener Staplerkurs");
    expect(await readFile(path.join(site.dir, "sitemap.xml"), "utf8")).not.toContain("abgelaufen");
    expect(await readFile(path.join(site.dir, "feed.xml"), "utf8")).not.toContain("abgelaufen");
  });
});

describe("#2: browse pages", () => {
  it("list exactly the matching offers in sections, by next start, with their count", () => {
    const expected: Record<string, string[]> = {
      "/orte/solingen/": ["bildungswerk-beispiel/deutsch-beruf", "werkstatt-beispiel/feindlich"],
      "/orte/wuppertal/": ["bildungswerk-beispiel/buero-teilzeit"],
      "/orte/online/": ["bildungswerk-beispiel/deutsch-beruf"],
      // Topic pages are in sections by place (Wuppertal before Solingen), each by next start.
      "/themen/gewerblich-technisch/": ["werkstatt-beispiel/feindlich", "werkstatt-beispiel/cnc-grundkurs"],
      "/zielgruppen/alleinerziehende/": ["bildungswerk-beispiel/buero-teilzeit"],
      "/foerderung/selbstzahlung/": ["werkstatt-beispiel/cnc-grundkurs", "werkstatt-beispiel/feindlich"],
    };
    for (const [url, ids] of Object.entries(expected)) {
      const html = page(url);
      expect(cardLinks(html), url).toEqual(ids.map((id) => `/angebote/${id}/`));
      expect(html, url).toMatch(
        new RegExp(
          `${ids.length === 1 ? "1 Angebot" : `${ids.length} Angebote`}, nach (Thema|Ort) und Beginn geordnet`,
        ),
      );
    }
  });

  it("show on every overview the same count as the term page lists", () => {
    for (const overview of ["/orte/", "/themen/", "/zielgruppen/", "/foerderung/"]) {
      const links = [
        ...page(overview).matchAll(
          /href="([^"]+)">\s*<span class="app-term-list__label">[^<]*<\/span>\s*<span class="app-term-list__count">(\d+) Angebote?<\/span>/g,
        ),
      ];
      expect(links.length, overview).toBeGreaterThan(3);
      for (const [, url = "", count] of links) expect(cardLinks(page(url)).length, url).toBe(Number(count));
    }
  });

  it("link to the search with the term's filter set", () => {
    expect(page("/orte/solingen/")).toContain(
      '<a class="app-result-bar__link" href="/suche/?ort=solingen">Alle Angebote in Solingen durchsuchen</a>',
    );
    expect(page("/themen/gewerblich-technisch/")).toContain('href="/suche/?thema=gewerblich-technisch"');
    expect(page("/zielgruppen/alleinerziehende/")).toContain('href="/suche/?zielgruppe=alleinerziehende"');
    expect(page("/foerderung/selbstzahlung/")).toContain('href="/suche/?foerderung=selbstzahlung"');
  });

  it("say kindly when a term has no offers and point elsewhere", () => {
    const html = page("/themen/existenzgruendung/");
    expect(cardLinks(html)).toEqual([]);
    expect(html).toContain("Zurzeit gibt es hier keine Angebote");
    expect(html).toContain('href="/themen/"');
  });
});

describe("#2: home and provider pages", () => {
  it("home links life situations, cities and topics with counts and shows the newest offers", () => {
    const html = page("/");
    expect(html).toContain('href="/zielgruppen/berufsrueckkehrende/">Nach der Elternzeit zurück in den Beruf</a>');
    expect(text(html)).toContain("Solingen 2 Angebote");
    expect(cardLinks(html)).toEqual([
      "/angebote/bildungswerk-beispiel/deutsch-beruf/",
      "/angebote/werkstatt-beispiel/feindlich/",
      "/angebote/bildungswerk-beispiel/buero-teilzeit/",
      "/angebote/werkstatt-beispiel/cnc-grundkurs/",
    ]);
  });

  it("provider index and profile list the providers and their offers", () => {
    expect(text(page("/traeger/"))).toContain("Werkstatt Beispiel e. V. Solingen · 2 Angebote");
    const profile = page("/traeger/werkstatt-beispiel/");
    expect(profile).toContain('<a href="https://werkstatt.example.org">');
    expect(cardLinks(profile)).toEqual([
      "/angebote/werkstatt-beispiel/cnc-grundkurs/",
      "/angebote/werkstatt-beispiel/feindlich/",
    ]);
  });

  it("every page has the skip link, a search box and the footer pages", () => {
    for (const [url, html] of readablePages()) {
      expect(html, url).toContain('<html lang="de">');
      expect(html, url).toContain('<a class="app-skip-link" href="#inhalt">Zum Inhalt springen</a>');
      // The search page has its own search box instead of the header's form.
      if (url !== "/suche/") {
        expect(html, url).toMatch(/<form class="app-search-form[^"]*" action="\/suche\/" method="get"/);
      }
      expect(html, url).toContain('name="q"');
      for (const footer of ["/ueber/", "/leichte-sprache/", "/barrierefreiheit/", "/impressum/", "/datenschutz/"]) {
        expect(html, url).toContain(`href="${footer}"`);
      }
    }
  });

  it("writes a sitemap of every page, sorted by URL, and an Atom feed of the newest offers", async () => {
    const sitemap = await readFile(path.join(site.dir, "sitemap.xml"), "utf8");
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc);
    // Pages kept out of search engines (the 404 page, #9's offline page shown in place of another
    // page, #9's Merkzettel) are kept out of the sitemap too.
    const expected = [...readablePages()]
      .filter(([, html]) => !html.includes('<meta name="robots" content="noindex">'))
      .map(([url]) => url);
    for (const url of ["/404.html", "/offline/", "/merkzettel/"]) expect(expected).not.toContain(url);
    expect(locations).toEqual(expected.map((url) => `https://weiterbildung.example.org${url}`).sort());
    const feed = await readFile(path.join(site.dir, "feed.xml"), "utf8");
    expect(feed.match(/<entry>/g)).toHaveLength(4);
    expect(feed).toContain("<updated>2026-11-20T00:00:00Z</updated>");
  });
});

describe("#2: safety and privacy", () => {
  it("never lets markup from a hostile offer file into a page", () => {
    for (const [url, html] of site.pages) {
      for (const [script, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        // Only data blocks and our own script files; data cannot close its element early.
        expect(attributes, `${url}: ${script}`).toMatch(/^ (type="application\/(ld\+)?json"|src="[^"]+")/);
        if (attributes.includes("src=")) expect(body, url).toBe("");
        else expect(body, url).not.toContain("<");
      }
      expect(html, url).not.toMatch(/<(iframe|img|object|embed)\b/i);
      for (const [tag, attributes = ""] of html.matchAll(
        new RegExp(`<[a-zA-Z][a-zA-Z0-9-]*((?:${attribute.source})*)\\s*/?>`, "g"),
      )) {
        const names = [...attributes.matchAll(new RegExp(attribute.source, "g"))].map(([, name]) => name);
        expect(
          names.filter((name) => /^on/i.test(name ?? "")),
          `${url}: ${tag}`,
        ).toEqual([]);
      }
    }
    const hostile = page("/angebote/werkstatt-beispiel/feindlich/");
    expect(hostile).toContain("Schweißen &lt;/script&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    expect(jsonLdOf(hostile).name).toBe("Schweißen </script><script>alert('title')</script>");
  });

  it("loads nothing from another host and links out only from the content", () => {
    for (const [url, html] of site.pages) {
      const mainStart = html.indexOf("<main");
      const mainEnd = html.indexOf("</main>");
      for (const attribute of urlAttributes(html)) {
        const where = `${url}: <${attribute.tag} ${attribute.name}="${attribute.value}">`;
        if (isSameSite(attribute.value)) continue;
        if (attribute.tag === "a") {
          expect(attribute.value, where).toMatch(/^(https:\/\/|mailto:|tel:)/);
          if (attribute.value.startsWith("https://")) {
            expect(attribute.index > mainStart && attribute.index < mainEnd, where).toBe(true);
          }
        } else {
          // Only the inline SVG icon: data: URLs make no request.
          expect(attribute.value, where).toMatch(/^data:image\/svg\+xml,/);
        }
      }
    }
  });

  it("styles fetch nothing from elsewhere", async () => {
    const styles = (await filesBelow(site.dir)).filter((file) => file.endsWith(".css"));
    expect(styles.length).toBeGreaterThan(0);
    for (const file of styles) {
      const css = await readFile(file, "utf8");
      expect(css, file).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    }
  });

  it("has no dead internal links", async () => {
    for (const [url, html] of site.pages) {
      // <template> holds the search's card pattern with placeholders, not links.
      for (const attribute of urlAttributes(html.replace(/<template\b[\s\S]*?<\/template>/g, ""))) {
        if (!isSameSite(attribute.value) || attribute.value.startsWith("#")) continue;
        const target = new URL(attribute.value, `https://site.test${url}`).pathname;
        const file = path.join(site.dir, decodeURIComponent(target), target.endsWith("/") ? "index.html" : "");
        await expect(stat(file), `${url} → ${attribute.value}`).resolves.toBeTruthy();
      }
    }
  });
});

describe("#2: deployment under a sub-path (BASE_PATH=/weiterbildung/)", () => {
  it("prefixes every root-relative link, form and asset", () => {
    for (const [url, html] of prefixed.pages) {
      for (const attribute of urlAttributes(html)) {
        if (!attribute.value.startsWith("/")) continue;
        expect(attribute.value, `${url}: ${attribute.name}`).toMatch(/^\/weiterbildung\//);
      }
    }
    const home = page("/", prefixed);
    expect(home).toContain('<link rel="stylesheet" href="/weiterbildung/assets/css/main.css">');
    expect(home).toContain('action="/weiterbildung/suche/"');
    expect(home).toContain('href="/weiterbildung/orte/solingen/"');
    expect(page("/orte/solingen/", prefixed)).toContain('href="/weiterbildung/suche/?ort=solingen"');
  });

  it("keeps the files where the prefixed links point", async () => {
    await expect(stat(path.join(prefixed.dir, "assets/css/main.css"))).resolves.toBeTruthy();
    await expect(stat(path.join(prefixed.dir, "orte/solingen/index.html"))).resolves.toBeTruthy();
  });

  it("puts the sub-path into absolute URLs of sitemap, feed and JSON-LD", async () => {
    const sitemap = await readFile(path.join(prefixed.dir, "sitemap.xml"), "utf8");
    for (const [, loc = ""] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      expect(loc).toMatch(/^https:\/\/weiterbildung\.example\.org\/weiterbildung\//);
    }
    const feed = await readFile(path.join(prefixed.dir, "feed.xml"), "utf8");
    expect(feed).toContain('href="https://weiterbildung.example.org/weiterbildung/feed.xml"');
    const course = jsonLdOf(page("/angebote/werkstatt-beispiel/cnc-grundkurs/", prefixed));
    expect(course.url).toBe(
      "https://weiterbildung.example.org/weiterbildung/angebote/werkstatt-beispiel/cnc-grundkurs/",
    );
  });
});
