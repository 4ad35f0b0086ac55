import { beforeAll, describe, expect, it } from "vitest";
import type { Offer } from "../content/model.js";
import { loadFixtures, offerById } from "./__fixtures__/load.js";
import { filters } from "./filters.js";
import { fixtureToday } from "../testing/fixtures.js";
import { courseJsonLd, courseSchedule, postalAddress } from "./jsonld.js";

let offers: readonly Offer[];
beforeAll(async () => {
  offers = (await loadFixtures()).offers;
});

const base = "https://weiterbildung.example.org/";

describe("courseJsonLd", () => {
  it("describes the offer as a Course with its provider as Organization", () => {
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/buero-teilzeit"), base, fixtureToday);
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
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/buero-teilzeit"), base, fixtureToday);
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

  it("#11: gives a rolling-start offer without dates one instance from the build day, with its online place", () => {
    const course = courseJsonLd(offerById(offers, "bildungswerk-beispiel/deutsch-beruf"), base, fixtureToday);
    const instances = course.hasCourseInstance as Record<string, unknown>[];
    expect(instances).toHaveLength(1);
    expect(instances[0]?.startDate).toBe(fixtureToday);
    expect(instances[0]).not.toHaveProperty("endDate");
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
      fixtureToday,
    );
    expect(course.url).toBe("https://example.org/weiterbildung/angebote/werkstatt-beispiel/cnc-grundkurs/");
    expect(course.offers).toMatchObject({ price: 1290.5, category: "Paid" });
  });

  it("survives a hostile title: the printed script cannot be closed early and parses back", () => {
    const course = courseJsonLd(offerById(offers, "werkstatt-beispiel/feindlich"), base, fixtureToday);
    const printed = filters.jsonLd(course);
    expect(printed).not.toContain("</script");
    expect(printed).not.toContain("<");
    expect(JSON.parse(printed)).toEqual(course);
  });
});

describe("courseSchedule", () => {
  it("#11: reads the weekly hours from the duration and counts the weeks from the date", () => {
    expect(courseSchedule("28 Monate, 25 Std./Woche", { start: "2027-03-01", end: "2027-05-24" })).toEqual({
      "@type": "Schedule",
      duration: "PT25H",
      repeatFrequency: "Weekly",
      repeatCount: 12,
      startDate: "2027-03-01",
      endDate: "2027-05-24",
    });
  });

  it("#11: counts the weeks from the duration when the date has no end, and keeps decimal hours", () => {
    expect(courseSchedule("ca. 6 Monate, 17,5 Std./Woche")).toMatchObject({ duration: "PT17.5H", repeatCount: 26 });
    expect(courseSchedule("16 Wochen, 35 Std. pro Woche", { start: "2027-03-01" })).toMatchObject({
      repeatCount: 16,
      startDate: "2027-03-01",
    });
  });

  it("#11: gives no schedule when the duration does not say the hours per week or how long", () => {
    expect(courseSchedule("jeden Mittwoch, 17:00–19:00 Uhr")).toBeUndefined();
    expect(courseSchedule("20 Std./Woche")).toBeUndefined();
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
