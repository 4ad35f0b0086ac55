import { beforeAll, describe, expect, it } from "vitest";
import { offerById } from "../site/__fixtures__/load.js";
import { buildCatalog, type Catalog } from "../site/catalog.js";
import { fixtureOffers } from "../site/__fixtures__/load.js";
import { fixtureToday, loadFixtureOffers } from "../testing/fixtures.js";
import { softHyphen, unhyphenate } from "../view/hyphenate.js";
import type { BrochureData } from "./model.js";
import { brochureDataView, brochureEntry, editions } from "./view.js";

const baseUrl = "https://weiterbildung.example.org/";
let catalog: Catalog;

beforeAll(async () => {
  const load = await loadFixtureOffers(fixtureOffers);
  catalog = buildCatalog(load.offers, load.providers, fixtureToday);
});

describe("#7: brochureEntry", () => {
  it("lists the facts a counsellor needs, in reading order, hyphenated", () => {
    const entry = brochureEntry(offerById(catalog.offers, "bildungswerk-beispiel/buero-teilzeit"), 4, baseUrl);
    expect(entry.anchor).toBe("angebot-5");
    expect(unhyphenate(entry.title)).toBe("Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit");
    expect(entry.title).toContain(`Bü${softHyphen}ro`);
    expect(entry.facts.map((fact) => [fact.label, unhyphenate(fact.value)])).toEqual([
      ["Beginn", "1. März 2027 (Anmeldung bis 15. Februar 2027), ein weiterer Termin"],
      ["Dauer", "28 Monate, 25 Std./Woche, 2400 Unterrichtsstunden"],
      ["Zeit", "Teilzeit, Vormittags · Präsenz"],
      ["Ort", "Beispielstraße 12, 42103 Wuppertal"],
      [
        "Kosten",
        "14.800\u00a0€ · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter; Fahrtkosten können übernommen werden.",
      ],
      ["Für wen", "Berufsrückkehrende, Alleinerziehende"],
      ["Deutsch", "mindestens B1"],
      ["Kinder", "Hilfe bei der Suche nach Kinderbetreuung"],
      ["Abschluss", "IHK-Abschluss"],
    ]);
    expect(entry.contact).toEqual(["Frau Beispiel", "Tel. 0202 1234567", "buero@bildungswerk.example.org"]);
    expect(entry.registrationUrl).toBe("https://bildungswerk.example.org/anmeldung");
    expect(entry.onlineUrl).toBe("https://weiterbildung.example.org/angebote/bildungswerk-beispiel/buero-teilzeit/");
    expect(entry.qr).toContain(`<title>QR-Code: ${entry.onlineUrl}</title>`);
  });

  it("leaves out what an offer does not say, and shows rolling start and online", () => {
    const entry = brochureEntry(offerById(catalog.offers, "bildungswerk-beispiel/deutsch-beruf"), 0, baseUrl);
    expect(unhyphenate(entry.facts[0]?.value ?? "")).toBe("Laufender Einstieg");
    expect(entry.facts.map((fact) => fact.label)).not.toContain("Kinder");
    expect(unhyphenate(entry.facts.find((fact) => fact.label === "Ort")?.value ?? "")).toMatch(/Online$/);
  });
});

describe("#7: brochureDataView", () => {
  it("holds every offer once, in the catalog's order, with the facets the search matches by", () => {
    const view = brochureDataView(catalog, { baseUrl });
    const data = JSON.parse(view.script.replace(/^window\.__bbBrochure=/, "").replace(/;\n$/, "")) as BrochureData;
    expect(data.offers.map((offer) => offer.id)).toEqual(catalog.offers.map((offer) => offer.id));
    expect(view.entries.map((entry) => entry.id)).toEqual(catalog.offers.map((offer) => offer.id));
    expect(new Set(data.offers.map((offer) => offer.anchor)).size).toBe(catalog.offers.length);
    expect(data.offers[0]?.filters.city).toEqual(catalog.offers[0]?.search.filters.city);
    expect(data.groupings.thema.length).toBeGreaterThan(10);
    expect(data.providers.map((provider) => provider.slug)).toEqual(
      catalog.providers.map((entry) => entry.provider.slug),
    );
  });
});

describe("#7: editions", () => {
  it("are the whole directory and each city with offers, with the search's URL for it", () => {
    const list = editions(catalog);
    const cities = catalog.browse.find((kind) => kind.key === "city")?.terms.filter((term) => term.offers.length > 0);
    expect(list.map((edition) => edition.slug)).toEqual(["gesamt", ...(cities ?? []).map((term) => term.slug)]);
    expect(list[0]).toMatchObject({ query: "", offerCount: catalog.offers.length });
    expect(list[1]?.query).toBe(`ort=${cities?.[0]?.slug}`);
  });
});
