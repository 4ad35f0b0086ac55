import { describe, expect, it } from "vitest";
import { hyphenate, softHyphen, unhyphenate } from "./hyphenate.js";

const marked = (text: string) => hyphenate(text).replaceAll(softHyphen, "|");

describe("#7: hyphenate", () => {
  it("marks the syllables of long German compounds with soft hyphens", () => {
    expect(marked("Qualifizierungschancengesetz")).toBe("Qua|li|fi|zie|rungs|chan|cen|ge|setz");
    expect(marked("Fachlageristin")).toBe("Fach|la|ge|ris|tin");
  });

  it("keeps the text itself: removing the break opportunities gives the input back", () => {
    const text = "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit, 8:30–13:30 Uhr";
    expect(unhyphenate(hyphenate(text))).toBe(text);
  });

  it("leaves short words, e-mail and web addresses, phone numbers and times whole", () => {
    expect(hyphenate("info@example.org https://example.org/anmeldung 0202 1234567 8:30–13:30 Kurs")).toBe(
      "info@example.org https://example.org/anmeldung 0202 1234567 8:30–13:30 Kurs",
    );
  });

  it("never leaves a single letter on either side of a break", () => {
    for (const word of ["Example", "Aktivierungs", "Ältere", "Orientierung"]) {
      for (const piece of hyphenate(word).split(softHyphen)) expect(piece.length, word).toBeGreaterThan(1);
    }
  });

  it("does not hyphenate text twice", () => {
    expect(hyphenate(hyphenate("Berufsrückkehrende"))).toBe(hyphenate("Berufsrückkehrende"));
  });
});

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
