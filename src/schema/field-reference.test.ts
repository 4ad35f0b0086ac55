import { readFile } from "node:fs/promises";
import path from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config/site.js";
import {
  fieldReference,
  fieldRows,
  guidePath,
  markdownTable,
  referenceMarkers,
  replaceGenerated,
  valueList,
  valuesOf,
} from "./field-reference.js";
import { jsonSchemaOf, offerSchemaFile } from "./json-schema.js";
import { offerSchema } from "./offer.js";

const rows = fieldRows(jsonSchemaOf(offerSchemaFile));
const row = (field: string) => rows.find((candidate) => candidate.field === field);

describe("the provider guide", () => {
  it("contains the current field reference (run `npm run schema` after changing offer.ts)", async () => {
    const guide = await readFile(path.join(projectRoot, guidePath), "utf8");
    expect(replaceGenerated(guide, fieldReference())).toBe(guide);
  });

  it("gets a generated section that Prettier leaves as it is", async () => {
    const section = fieldReference();
    const options = await prettier.resolveConfig(path.join(projectRoot, guidePath));
    expect(await prettier.format(section, { ...options, parser: "markdown" })).toBe(`${section}\n`);
  });
});

describe("fieldRows", () => {
  it("lists every field of the schema, nested fields after their parent", () => {
    const topLevel = rows.map((candidate) => candidate.field).filter((field) => !/[.[]/.test(field));
    expect(topLevel).toEqual(Object.keys(offerSchema.shape));
    const fields = rows.map((candidate) => candidate.field);
    expect(fields.slice(fields.indexOf("locations"), fields.indexOf("locations") + 4)).toEqual([
      "locations",
      "locations[].city",
      "locations[].address",
      "locations[].accessible",
    ]);
    expect(fields).toContain("costs.amount");
  });

  it("states required, optional and conditionally required fields", () => {
    expect(row("title")?.requirement).toBe("Pflicht");
    expect(row("degree")?.requirement).toBe("optional");
    expect(row("dates")?.requirement).toBe("Pflicht, außer bei `rolling_start: true`");
    expect(row("dates[].start")?.requirement).toBe("Pflicht");
    expect(row("contact.phone")?.requirement).toBe("Pflicht, wenn `email` fehlt");
    expect(row("contact.email")?.requirement).toBe("Pflicht, wenn `phone` fehlt");
  });

  it("keeps the vocabulary of list and single-value fields", () => {
    expect(row("format")?.allowed).toEqual(["praesenz", "online", "hybrid"]);
    expect(row("schedule")?.allowed).toContain("vormittags");
    expect(row("title")?.allowed).toBeUndefined();
  });
});

describe("valuesOf", () => {
  it.each([
    [{ type: "string", format: "date" }, "Datum: JJJJ-MM-TT"],
    [{ type: "string", format: "uri", pattern: "^https://" }, "Link, beginnt mit `https://`"],
    [{ type: "string", minLength: 45, maxLength: 300 }, "Text, 45–300 Zeichen"],
    [{ type: "string", minLength: 1, maxLength: 160 }, "Text, höchstens 160 Zeichen"],
    [{ type: "number", multipleOf: 1, exclusiveMinimum: 0, maximum: 1000 }, "ganze Zahl, größer als 0, höchstens 1000"],
    [{ type: "number", minimum: 0, maximum: 100000 }, "Zahl, ab 0, höchstens 100000"],
    [{ type: "boolean" }, "`true` oder `false`"],
  ] as const)("describes %j", (node, expected) => {
    expect(valuesOf(node)).toBe(expected);
  });
});

describe("valueList", () => {
  it("gives label and explanation, and no label that repeats the slug", () => {
    expect(valueList(["praesenz", "online"])).toBe(
      "- `praesenz`: Präsenz – Unterricht vor Ort.\n- `online`: Online – Unterricht im Internet, von zu Hause.",
    );
    expect(valueList(["A1"])).toBe("- `A1`: Anfänger: einfache Sätze verstehen und sagen.");
  });
});

describe("markdownTable", () => {
  it("pads columns and escapes pipes", () => {
    expect(markdownTable(["Feld", "Werte"], [["a|b", "x"]])).toBe(
      ["| Feld | Werte |", "| ---- | ----- |", "| a\\|b | x     |"].join("\n"),
    );
  });
});

describe("replaceGenerated", () => {
  it("replaces only the text between the markers", () => {
    const document = `Vorher\n${referenceMarkers.start}\nalt\n${referenceMarkers.end}\nNachher\n`;
    expect(replaceGenerated(document, "neu")).toBe(
      `Vorher\n${referenceMarkers.start}\n\nneu\n\n${referenceMarkers.end}\nNachher\n`,
    );
  });

  it("refuses a document without markers", () => {
    expect(() => replaceGenerated("# Anleitung\n", "neu")).toThrow(/markers/);
  });
});
