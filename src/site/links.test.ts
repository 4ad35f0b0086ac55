import { describe, expect, it } from "vitest";
import { buildCatalog } from "./catalog.js";
import { resolveFacets } from "../search/facets.js";
import { parseSearchState } from "../search/url-state.js";
import { absoluteUrl, calendarFile, kindUrl, searchLinkText, searchUrl, termUrl } from "./links.js";

describe("termUrl and kindUrl", () => {
  it("build German browse paths", () => {
    expect(kindUrl("audience")).toBe("/zielgruppen/");
    expect(termUrl("gefluechtete-zugewanderte", "audience")).toBe("/zielgruppen/gefluechtete-zugewanderte/");
  });
});

describe("searchUrl", () => {
  it("sets the German filter parameter of each browse kind", () => {
    expect(searchUrl({ kind: "city", slug: "solingen" })).toBe("/suche/?ort=solingen");
    expect(searchUrl({ kind: "topic", slug: "lager-logistik" })).toBe("/suche/?thema=lager-logistik");
    expect(searchUrl({ kind: "audience", slug: "alleinerziehende" })).toBe("/suche/?zielgruppe=alleinerziehende");
    expect(searchUrl({ kind: "funding", slug: "avgs" })).toBe("/suche/?foerderung=avgs");
  });
});

describe("searchUrl and the search page", () => {
  it("agree: every browse term's link selects exactly that term on the search page", () => {
    const facets = resolveFacets([]);
    for (const term of buildCatalog([], [], "2026-11-27").browsePages) {
      const { search } = new URL(searchUrl(term), "https://example.org");
      expect(parseSearchState(search, facets)).toEqual({
        query: "",
        selection: { [term.kind]: [term.slug] },
        sort: "relevanz",
      });
    }
  });
});

describe("searchLinkText", () => {
  it("names the scope in plain German", () => {
    expect(searchLinkText({ kind: "city", slug: "solingen", label: "Solingen" })).toBe(
      "Alle Angebote in Solingen durchsuchen",
    );
    expect(searchLinkText({ kind: "city", slug: "online", label: "Online" })).toBe("Alle Online-Angebote durchsuchen");
    expect(searchLinkText({ kind: "audience", slug: "aeltere", label: "Ältere (50+)" })).toBe(
      "Alle Angebote für Ältere (50+) durchsuchen",
    );
  });
});

describe("absoluteUrl", () => {
  it("joins a root-relative path to the base URL with its sub-path", () => {
    expect(absoluteUrl("/orte/", "https://example.org/")).toBe("https://example.org/orte/");
    expect(absoluteUrl("/orte/", "https://example.org/weiterbildung/")).toBe("https://example.org/weiterbildung/orte/");
    expect(absoluteUrl("/", "https://example.org/weiterbildung")).toBe("https://example.org/weiterbildung/");
  });
});

describe("#9: calendarFile", () => {
  it("puts the offer's calendar file beside its page", () => {
    expect(calendarFile("/angebote/werkstatt-beispiel/cnc-grundkurs/")).toBe(
      "/angebote/werkstatt-beispiel/cnc-grundkurs/termine.ics",
    );
  });
});
