import { describe, expect, it } from "vitest";
import { hyphenate, softHyphen } from "./hyphenate.js";

const marked = (text: string) => hyphenate(text).replaceAll(softHyphen, "|");

describe("#7: hyphenate", () => {
  it("marks the syllables of long German compounds with soft hyphens", () => {
    expect(marked("Qualifizierungschancengesetz")).toBe("Qua|li|fi|zie|rungs|chan|cen|ge|setz");
    expect(marked("Fachlageristin")).toBe("Fach|la|ge|ris|tin");
  });

  it("keeps the text itself: removing the soft hyphens gives the input back", () => {
    const text = "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit, 8:30–13:30 Uhr";
    expect(hyphenate(text).replaceAll(softHyphen, "")).toBe(text);
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
