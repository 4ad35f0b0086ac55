import { describe, expect, it } from "vitest";
import { offerPageUrl, retitled } from "./preview.js";

describe("retitled", () => {
  it("puts the marker at the end of a plain or quoted title, replacing the previous one", () => {
    expect(retitled("---\ntitle: Kurs\nsummary: x\n---\n", "R1")).toBe("---\ntitle: Kurs R1\nsummary: x\n---\n");
    expect(retitled('---\ntitle: "Kurs: Pflege R1"\n---\n', "R2")).toBe('---\ntitle: "Kurs: Pflege R2"\n---\n');
    expect(retitled("---\ntitle: 'Kurs'\n---\n", "R3")).toBe("---\ntitle: 'Kurs R3'\n---\n");
    expect(() => retitled("---\nsummary: x\n---\n", "R1")).toThrow("title");
  });
});

describe("offerPageUrl", () => {
  it("maps an offer file to its page", () => {
    expect(offerPageUrl("traeger/kurs.md")).toBe("/angebote/traeger/kurs/");
  });
});
