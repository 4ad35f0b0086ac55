import { describe, expect, it } from "vitest";
import { offerFileText, yamlField, yamlScalar } from "./offer-file.js";
import { parseSource } from "./source.js";

const reparse = (text: string) => {
  const parsed = parseSource("offers/a/b.md", new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  return { data: parsed.source.data, body: parsed.source.body };
};

describe("#11: the offer file writer", () => {
  it("writes slugs and dates plain and quotes every other text", () => {
    expect(["teilzeit", "2027-03-01", "B1", "8:30 Uhr", "true", "No", "123", "# Kommentar"].map(yamlScalar)).toEqual([
      "teilzeit",
      "2027-03-01",
      "B1",
      '"8:30 Uhr"',
      '"true"',
      '"No"',
      '"123"',
      '"# Kommentar"',
    ]);
    expect(yamlField("schedule", ["teilzeit", "vormittags"])).toEqual(["schedule: [teilzeit, vormittags]"]);
  });

  it("puts the fields in the schema's order, unknown ones after them, and the body as given", () => {
    const text = offerFileText({ extra: 1, summary: "Kurz", title: "Titel: mit Doppelpunkt" }, "Text\n");
    expect(text).toBe('---\ntitle: "Titel: mit Doppelpunkt"\nsummary: Kurz\nextra: 1\n---\nText\n');
  });

  it("reads back exactly what it was given, whatever the nesting and the characters", () => {
    const data = {
      title: 'Kurs "Plus" – #1: \\ Ende',
      locations: [{ city: "online" }, { city: "solingen", address: "Weg 1\nHinterhaus", accessible: false }],
      dates: [{}],
      costs: { amount: 1290.5 },
      contact: {},
      languages: [],
      extra: [[1, { a: [null] }], { deep: { deeper: ["x"] } }],
    };
    const body = "## Inhalte\n\n- Eins\n---\nkein Kopf\n";
    expect(reparse(offerFileText(data, body))).toEqual({ data, body });
  });
});
