import { describe, expect, it } from "vitest";
import { hyphenate, softHyphen } from "./hyphenate.js";

describe("#10: hyphenate", () => {
  it("breaks long German compounds between syllables", () => {
    const result = hyphenate("Arbeitnehmerweiterbildungsgesetz");
    expect(result.replaceAll(softHyphen, "")).toBe("Arbeitnehmerweiterbildungsgesetz");
    expect(result.split(softHyphen).length).toBeGreaterThan(4);
    expect(result.split(softHyphen).every((part) => part.length >= 2)).toBe(true);
  });

  it("gives a break after the slash of „Fachlageristin/Fachlagerist“ and breaks words at sentence ends too", () => {
    expect(hyphenate("Fachlageristin/Fachlagerist")).toContain("/\u200b");
    expect(hyphenate("Erfahrungen sammeln.")).toContain(softHyphen);
  });

  it("leaves addresses, e-mail and words with digits whole", () => {
    for (const text of ["info@example.org", "https://example.org/anmeldung", "Deutsch-B1-Niveau", "www.beispiel.de"]) {
      expect(hyphenate(text)).toBe(text);
    }
  });
});
