import { describe, expect, it } from "vitest";
import { costStatement, costsText, formatEuro, freeWithText } from "./costs.js";

describe("#10: costStatement", () => {
  it("keeps the price apart from the funding that makes it free: never „kostenfrei“ for a priced offer", () => {
    const statement = costStatement({
      costs: { amount: 14800, free_with: ["bildungsgutschein", "jobcenter"] },
      funding: ["bildungsgutschein", "jobcenter", "rentenversicherung"],
    });
    expect(statement.price).toBe("14.800\u00a0€");
    expect(statement.freeForAll).toBe(false);
    expect(freeWithText(statement)).toBe("für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter");
    expect(costsText(statement)).toBe(
      "14.800\u00a0€ · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter · Förderung möglich: Rentenversicherung",
    );
  });

  it("says „kostenfrei“ only when the offer is free for every participant", () => {
    const free = costStatement({ costs: { amount: 0 }, funding: ["kostenfrei", "jobcenter"] });
    expect(free.freeForAll).toBe(true);
    expect(costsText(free)).toBe("kostenfrei");
    expect(free.further.map((entry) => entry.slug)).toEqual(["jobcenter"]);
  });

  it("shows no price for an old file's `amount: 0` with funding, and no „kostenfrei“ for everyone", () => {
    const legacy = costStatement({ costs: { amount: 0 }, funding: ["bildungsgutschein", "selbstzahlung"] });
    expect(legacy.priceKnown).toBe(false);
    expect(costsText(legacy)).toBe("Preis auf Anfrage · für Sie kostenfrei mit Bildungsgutschein");
  });

  it("names partial funding as possible help, and lists three ways with commas and „oder“", () => {
    expect(costsText(costStatement({ costs: { amount: 6900 }, funding: ["aufstiegs-bafoeg", "selbstzahlung"] }))).toBe(
      "6.900\u00a0€ · Förderung möglich: Aufstiegs-BAföG",
    );
    const three = costStatement({
      costs: { amount: 2000, free_with: ["avgs", "bildungsgutschein", "jobcenter"] },
      funding: ["avgs", "bildungsgutschein", "jobcenter"],
    });
    expect(freeWithText(three)).toBe("für Sie kostenfrei mit AVGS, mit Bildungsgutschein oder über das Jobcenter");
  });
});

describe("formatEuro", () => {
  it("writes euros the German way, cents only when there are any", () => {
    expect(formatEuro(1290.5)).toBe("1.290,50\u00a0€");
    expect(formatEuro(390)).toBe("390\u00a0€");
  });
});
