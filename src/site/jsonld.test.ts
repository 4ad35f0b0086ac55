import { beforeAll, describe, expect, it } from "vitest";
import type { Offer } from "../content/model.js";
import { loadFixtures, offerById } from "./__fixtures__/load.js";
import { filters } from "./filters.js";
import { courseJsonLd, postalAddress } from "./jsonld.js";

let offers: readonly Offer[];
beforeAll(async () => {
  offers = (await loadFixtures()).offers;
});

const base = "https://weiterbildung.example.org/";

describe("courseJsonLd", () => {
  it("describes the offer as a Course with its provider as Organization", () => {
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/buero-teilzeit"), base);
    expect(course).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Course",
      url: "https://weiterbildung.example.org/angebote/bildungswerk-beispiel/buero-teilzeit/",
      name: "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit",
      educationalCredentialAwarded: "IHK-Abschluss",
      provider: {
        "@type": "Organization",
        name: "Bildungswerk Beispiel gGmbH",
        url: "https://weiterbildung.example.org/traeger/bildungswerk-beispiel/",
        address: { postalCode: "42103", addressLocality: "Wuppertal" },
      },
    });
  });

  it("has one CourseInstance per upcoming date, with mode, place and price in EUR", () => {
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/buero-teilzeit"), base);
    const instances = course.hasCourseInstance as Record<string, unknown>[];
    // The fixture's third date (2026-01-10) lies before the build date and is left out.
    expect(instances.map((instance) => instance.startDate)).toEqual(["2027-03-01", "2027-09-01"]);
    expect(instances[0]).toMatchObject({
      "@type": "CourseInstance",
      courseMode: "Onsite",
      endDate: "2029-06-30",
      location: [
        {
          "@type": "Place",
          address: { streetAddress: "Beispielstraße 12", postalCode: "42103", addressLocality: "Wuppertal" },
        },
      ],
      // #10: the price without funding, not "Free": the retraining is free only with funding.
      offers: { "@type": "Offer", price: 14800, priceCurrency: "EUR", category: "Paid" },
    });
  });

  it("gives a rolling-start offer one undated instance with its online place", () => {
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/deutsch-beruf"), base);
    const instances = course.hasCourseInstance as Record<string, unknown>[];
    expect(instances).toHaveLength(1);
    expect(instances[0]).not.toHaveProperty("startDate");
    expect(instances[0]).toMatchObject({ courseMode: "Blended" });
    expect(instances[0]?.location).toEqual([
      expect.objectContaining({ "@type": "Place", name: "Solingen" }),
      {
        "@type": "VirtualLocation",
        url: "https://weiterbildung.example.org/angebote/bildungswerk-beispiel/deutsch-beruf/",
      },
    ]);
  });

  it("puts the deployment sub-path into every URL", () => {
    const course = courseJsonLd(
      offerById(offers, "werkstatt-beispiel/cnc-grundkurs"),
      "https://example.org/weiterbildung/",
    );
    expect(course.url).toBe("https://example.org/weiterbildung/angebote/werkstatt-beispiel/cnc-grundkurs/");
    expect(course.offers).toMatchObject({ price: 1290.5, category: "Paid" });
  });

  it("survives a hostile title: the printed script cannot be closed early and parses back", () => {
    const course = courseJsonLd(offerById(offers, "werkstatt-beispiel/feindlich"), base);
    const printed = filters.jsonLd(course);
    expect(printed).not.toContain("</script");
    expect(printed).not.toContain("<");
    expect(JSON.parse(printed)).toEqual(course);
  });
});

describe("postalAddress", () => {
  it("splits street, postcode and place of a German one-line address", () => {
    expect(postalAddress("Hammerweg 3, 42651 Solingen", "Solingen")).toEqual({
      "@type": "PostalAddress",
      streetAddress: "Hammerweg 3",
      postalCode: "42651",
      addressLocality: "Solingen",
      addressCountry: "DE",
    });
  });

  it("keeps an address it cannot split as street and uses the city as locality", () => {
    expect(postalAddress("Im Gewerbepark", "Remscheid")).toEqual({
      "@type": "PostalAddress",
      streetAddress: "Im Gewerbepark",
      addressLocality: "Remscheid",
      addressCountry: "DE",
    });
    expect(postalAddress(undefined, "Remscheid")).not.toHaveProperty("streetAddress");
  });
});
