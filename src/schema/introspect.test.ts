import { describe, expect, it } from "vitest";
import { descriptionOf, keysOf, schemaAt } from "./introspect.js";
import { offerSchema } from "./offer.js";

describe("schemaAt", () => {
  it("steps through optional fields, lists and sections", () => {
    expect(descriptionOf(schemaAt(offerSchema, ["dates", 0, "start"]))).toBe(
      "Erster Kurstag. Format: JJJJ-MM-TT, z. B. 2027-03-01.",
    );
    expect(descriptionOf(schemaAt(offerSchema, ["participants", "max"]))).toBe("Höchstzahl.");
  });

  it("gives nothing for paths the schema does not have", () => {
    expect(schemaAt(offerSchema, ["title", "de"])).toBeUndefined();
    expect(schemaAt(offerSchema, ["contact", 0])).toBeUndefined();
  });
});

describe("keysOf", () => {
  it("lists the keys of a section in declaration order, also inside lists", () => {
    expect(keysOf(schemaAt(offerSchema, ["locations", 0]))).toEqual(["city", "address", "accessible"]);
    expect(keysOf(schemaAt(offerSchema, ["costs"]))).toEqual(["amount", "free_with", "note"]);
    expect(keysOf(schemaAt(offerSchema, ["title"]))).toEqual([]);
  });
});

describe("descriptionOf", () => {
  it("finds the description of an optional field", () => {
    expect(descriptionOf(schemaAt(offerSchema, ["degree"]))).toBe("Abschluss oder Zertifikat, z. B. „IHK-Abschluss“.");
  });
});
