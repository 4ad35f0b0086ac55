import { describe, expect, it } from "vitest";
import { filters } from "./filters.js";

describe("filters", () => {
  it("look up German labels and descriptions, falling back to the slug", () => {
    expect(filters.label("lager-logistik", "topics")).toBe("Lager & Logistik");
    expect(filters.label("unbekannt", "topics")).toBe("unbekannt");
    expect(filters.describe("B1", "germanLevels")).toMatch(/^Mittelstufe/);
  });

  it("name languages in German", () => {
    expect(filters.languageName("en")).toBe("Englisch");
    expect(filters.languageName("tr")).toBe("Türkisch");
  });

  it("count offers with the right plural", () => {
    expect(filters.offerCount(0)).toBe("0 Angebote");
    expect(filters.offerCount(1)).toBe("1 Angebot");
    expect(filters.offerCount(12)).toBe("12 Angebote");
    expect(filters.offerCount(4000)).toBe("4.000 Angebote");
  });

  it("turn phone numbers into tel: links", () => {
    expect(filters.telHref("0202 123-45 (Zentrale)")).toBe("tel:020212345");
    expect(filters.telHref("+49 202 12345")).toBe("tel:+4920212345");
  });

  it("mark the current page and its section in the navigation", () => {
    expect(filters.navCurrent("/orte/", "/orte/")).toBe("page");
    expect(filters.navCurrent("/orte/", "/orte/solingen/")).toBe("true");
    expect(filters.navCurrent("/orte/", "/themen/")).toBe("");
    expect(filters.navCurrent("/orte/", false)).toBe("");
  });

  it("formats date ranges", () => {
    expect(filters.dateRange({ start: "2027-03-01", end: "2029-06-30" })).toBe("1. März 2027 bis 30. Juni 2029");
    expect(filters.dateRange({ start: "2027-03-01" })).toBe("ab 1. März 2027");
    expect(filters.dateRange({ start: "2027-03-01", end: "2027-03-01" })).toBe("1. März 2027");
  });

  it("formats group sizes with either bound", () => {
    expect(filters.groupSize({ min: 8, max: 16 })).toBe("8 bis 16 Personen");
    expect(filters.groupSize({ max: 12 })).toBe("höchstens 12 Personen");
    expect(filters.groupSize({ min: 6 })).toBe("mindestens 6 Personen");
    expect(filters.groupSize({ min: 10, max: 10 })).toBe("10 Personen");
  });
});
