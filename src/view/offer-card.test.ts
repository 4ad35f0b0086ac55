import { beforeAll, describe, expect, it } from "vitest";
import type { Offer } from "../content/model.js";
import { loadFixtures, offerById } from "../site/__fixtures__/load.js";
import { offerCard, startText } from "./offer-card.js";

let offers: readonly Offer[];
beforeAll(async () => {
  offers = (await loadFixtures()).offers;
});

describe("offerCard", () => {
  it("#10: summarises a dated offer with places, start, schedule and one costs line (price, then how it can be free)", () => {
    expect(offerCard(offerById(offers, "bildungswerk-beispiel/buero-teilzeit"))).toEqual({
      id: "bildungswerk-beispiel/buero-teilzeit",
      title: "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit",
      url: "/angebote/bildungswerk-beispiel/buero-teilzeit/",
      provider: "Bildungswerk Beispiel",
      places: "Wuppertal",
      start: "1. März 2027",
      schedule: "Teilzeit, Vormittags",
      costs: "14.800\u00a0€ · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter",
      summary: "In 28 Monaten zum IHK-Abschluss, Unterricht nur am Vormittag von 8:30 bis 13:30 Uhr.",
    });
  });

  it("shows rolling start and every city including online", () => {
    const card = offerCard(offerById(offers, "bildungswerk-beispiel/deutsch-beruf"));
    expect(card.start).toBe("Laufender Einstieg");
    expect(card.places).toBe("Solingen, Online");
  });
});

describe("startText", () => {
  it("prefers rolling start over a fixed date, since one can begin now", () => {
    const offer = offerById(offers, "bildungswerk-beispiel/buero-teilzeit");
    expect(startText({ ...offer, data: { ...offer.data, rolling_start: true } })).toBe("Laufender Einstieg");
  });
});
