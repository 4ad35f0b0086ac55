/** #12: after an edit, the dev server writes only the pages of the offer files that changed. */
import { describe, expect, it } from "vitest";
import { changedOffers } from "./dev.js";

const root = "/projekt";
const offers = [
  { file: "offers/traeger-a/kurs-eins.md" },
  { file: "offers/traeger-a/kurs-zwei.md" },
  { file: "offers/traeger-b/kurs-drei.md" },
];

describe("#12: changedOffers", () => {
  it("takes every offer on the first build", () => {
    expect(changedOffers(offers, undefined, "/projekt/offers", root)).toEqual(offers);
  });

  it("takes only the offers of the changed offer files, as Eleventy names them", () => {
    expect(changedOffers(offers, ["./offers/traeger-a/kurs-zwei.md"], "/projekt/offers", root)).toEqual([offers[1]]);
    expect(
      changedOffers(offers, ["offers/traeger-b/kurs-drei.md", "./offers/traeger-a/kurs-eins.md"], "offers", root),
    ).toEqual([offers[0], offers[2]]);
  });

  it("takes no offer when the changed file no longer gives a published offer", () => {
    expect(changedOffers(offers, ["./offers/traeger-a/entwurf.md"], "/projekt/offers", root)).toEqual([]);
  });

  it("takes every offer after a change to a provider file, a template or code", () => {
    for (const file of ["./offers/traeger-a/_provider.md", "./templates/layouts/offer.njk", "./src/site/links.ts"]) {
      expect(changedOffers(offers, ["./offers/traeger-a/kurs-eins.md", file], "/projekt/offers", root)).toEqual(offers);
    }
  });
});
