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
});
