import { describe, expect, it } from "vitest";
import { offerFields } from "./fields.js";
import { cellText, germanNumber, isoFromGerman, splitList, valueFromText, withValue } from "./values.js";

const spec = (field: string) => {
  const found = offerFields.find((candidate) => candidate.field === field);
  if (found === undefined) throw new Error(field);
  return found;
};

describe("#11: values as people type them", () => {
  it("reads German numbers, with thousands dots, decimal commas and the euro sign", () => {
    expect(germanNumber("1.290,50 €")).toBe(1290.5);
    expect(germanNumber("1.290")).toBe(1290);
    expect(germanNumber("12,5")).toBe(12.5);
    expect(germanNumber("0")).toBe(0);
    expect(germanNumber("1.5")).toBe(1.5);
    expect(germanNumber("kostenlos")).toBeUndefined();
    expect(germanNumber("1,290,50")).toBeUndefined();
  });

  it("turns German dates into ISO dates and leaves anything else alone", () => {
    expect(isoFromGerman("01.03.2027")).toBe("2027-03-01");
    expect(isoFromGerman("1.3.27")).toBe("2027-03-01");
    expect(isoFromGerman("2027-03-01")).toBe("2027-03-01");
    expect(isoFromGerman("März 2027")).toBeUndefined();
  });

  it("splits lists by commas, semicolons and line breaks, keeping a label with a comma whole", () => {
    const topics = spec("topics").options;
    expect(splitList("Gesundheit, Pflege & Soziales, sprache-integration", topics)).toEqual([
      "gesundheit-pflege-soziales",
      "sprache-integration",
    ]);
    expect(splitList("Lager & Logistik;\nHandel & Verkauf", topics)).toEqual(["lager-logistik", "handel-verkauf"]);
    // Unknown entries stay as written, so the schema names them with its suggestion.
    expect(splitList("Pflege, lager-logistik", topics)).toEqual(["Pflege", "lager-logistik"]);
  });

  it("converts each kind of field and keeps what it cannot read", () => {
    expect(valueFromText(spec("schedule"), "Teilzeit, Vormittags")).toEqual(["teilzeit", "vormittags"]);
    expect(valueFromText(spec("format"), "Präsenz")).toBe("praesenz");
    expect(valueFromText(spec("format"), "Fernkurs")).toBe("Fernkurs");
    expect(valueFromText(spec("rolling_start"), "Ja")).toBe(true);
    expect(valueFromText(spec("locations[].accessible"), "nein")).toBe(false);
    expect(valueFromText(spec("locations[].accessible"), "vielleicht")).toBe("vielleicht");
    expect(valueFromText(spec("dates[].start"), "15.02.2027")).toBe("2027-02-15");
    expect(valueFromText(spec("costs.amount"), "1.290,50")).toBe(1290.5);
    expect(valueFromText(spec("languages"), "de, EN")).toEqual(["de", "en"]);
    expect(valueFromText(spec("german_level"), "b1")).toBe("B1");
    expect(valueFromText(spec("title"), "  Staplerschein  ")).toBe("Staplerschein");
    expect(valueFromText(spec("title"), "   ")).toBeUndefined();
  });

  it("writes cells back the way German Excel reads them", () => {
    expect(cellText(1290.5)).toBe("1290,5");
    expect(cellText(true)).toBe("ja");
    expect(cellText(["teilzeit", "vormittags"])).toBe("teilzeit, vormittags");
    expect(cellText(undefined)).toBe("");
  });
});

describe("withValue", () => {
  it("sets nested values, removes cleared ones and the sections they leave empty", () => {
    const data = { title: "Kurs", participants: { min: 6 }, dates: [{ start: "2027-03-01" }] };
    expect(withValue(data, ["participants", "min"], undefined)).toEqual({ title: "Kurs", dates: data.dates });
    expect(withValue(data, ["dates", 1, "start"], "2027-09-01")).toMatchObject({
      dates: [{ start: "2027-03-01" }, { start: "2027-09-01" }],
    });
    expect(withValue(data, ["costs", "amount"], 0)).toMatchObject({ costs: { amount: 0 } });
    expect(data).toEqual({ title: "Kurs", participants: { min: 6 }, dates: [{ start: "2027-03-01" }] });
  });
});
