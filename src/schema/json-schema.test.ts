import { Ajv } from "ajv";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { projectRoot } from "../config/site.js";
import { topics } from "../config/vocabularies.js";
import { fullOffer, minimalOffer, provider } from "./__fixtures__/offers.js";
import {
  jsonSchemaFiles,
  jsonSchemaOf,
  offerSchemaFile,
  providerSchemaFile,
  renderJsonSchema,
  type JsonSchema,
} from "./json-schema.js";
import { offerSchema, providerSchema } from "./offer.js";

const offerJson = jsonSchemaOf(offerSchemaFile);
const providerJson = jsonSchemaOf(providerSchemaFile);

/** Keys a zod object needs, found by asking each field whether it accepts "missing". */
const requiredKeys = (schema: { shape: Record<string, z.ZodType> }) =>
  Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);

// Formats are checked by the patterns next to them; `date` gets the shape check editors do.
// `strictRequired` would flag `anyOf: [{ required: ["phone"] }, …]`, which is valid JSON Schema.
const ajv = new Ajv({
  strict: true,
  strictRequired: false,
  allErrors: true,
  formats: { date: /^\d{4}-\d{2}-\d{2}$/, email: true, uri: true },
});
ajv.addKeyword("enumDescriptions");
const validOffer = ajv.compile(offerJson);
const validProvider = ajv.compile(providerJson);

describe("committed schema files", () => {
  it.each(jsonSchemaFiles)(
    "$file equals the generated schema (run `npm run schema` after changing offer.ts)",
    async (entry) => {
      expect(await readFile(path.join(projectRoot, entry.file), "utf8")).toBe(renderJsonSchema(entry));
    },
  );
});

describe("jsonSchemaOf", () => {
  it("is draft-07 with an id, a title and no extra keys", () => {
    expect(offerJson.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(offerJson.$id).toBe("offer.schema.json");
    expect(offerJson.title).toBe("Bildungsbrücke: Angebot");
    expect(offerJson.additionalProperties).toBe(false);
    expect(Object.keys(offerJson.properties ?? {})).toEqual(Object.keys(offerSchema.shape));
  });

  it("requires exactly the fields the validator requires", () => {
    expect(offerJson.required).toEqual(requiredKeys(offerSchema));
    expect(providerJson.required).toEqual(requiredKeys(providerSchema));
  });

  it("keeps the German descriptions and the labels of vocabulary values", () => {
    const topicItems = (offerJson.properties?.topics as JsonSchema).items as JsonSchema;
    expect(topicItems.enum).toEqual(Object.keys(topics));
    expect(topicItems.enumDescriptions).toContain(
      "Lager & Logistik: Lager, Staplerschein, Versand, Fahrerinnen und Fahrer.",
    );
    expect((offerJson.properties?.summary as JsonSchema).description).toBe(
      "Kurzbeschreibung in ein bis zwei Sätzen (45–300 Zeichen). Wiederholen Sie nicht den Titel.",
    );
  });
});

describe("the JSON Schema judges like the validator", () => {
  it("accepts valid offers, with dates or with a rolling start", () => {
    const rolling = { ...minimalOffer, dates: undefined, rolling_start: true };
    for (const data of [minimalOffer, fullOffer, JSON.parse(JSON.stringify(rolling)) as unknown]) {
      expect(validOffer(data), JSON.stringify(validOffer.errors)).toBe(true);
      expect(offerSchema.safeParse(data).success).toBe(true);
    }
    expect(validProvider(provider)).toBe(true);
  });

  it.each([
    ["no dates and no rolling start", { dates: undefined }],
    ["empty dates", { dates: [] }],
    ["contact without phone and e-mail", { contact: { name: "Frau Beispiel" } }],
    ["an http link", { registration_url: "http://example.org" }],
    ["an unknown field", { update: "2026-11-01" }],
    ["a misspelt topic", { topics: ["lager-logistk"] }],
    ["a short summary", { summary: "Kurz." }],
    ["fractional hours", { hours: 1.5 }],
    ["a date in another format", { updated: "01.11.2026" }],
  ])("refuses %s, as the validator does", (_name, change) => {
    const data = JSON.parse(JSON.stringify({ ...minimalOffer, ...change })) as unknown;
    expect(validOffer(data)).toBe(false);
    expect(offerSchema.safeParse(data).success).toBe(false);
  });

  it("refuses an http website in a provider profile", () => {
    expect(validProvider({ ...provider, website: "http://example.org" })).toBe(false);
  });
});
