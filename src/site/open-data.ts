/**
 * Open data under `/daten/`: every published offer as JSON (with a JSON Schema
 * generated from the same definition) and as a CSV file for Excel, plus a small
 * manifest of the published offers that `npm run report` compares with the
 * offers folder to tell what changed since the last build.
 */
import type { UserConfig } from "@11ty/eleventy";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Offer } from "../content/model.js";
import { offerForm } from "../intake/fields.js";
import { csvText, fileColumns, sheetFields } from "../intake/spreadsheet.js";
import { cellText, valueAt } from "../intake/values.js";
import { isoDate, offerSchema, providerSchema } from "../schema/offer.js";
import type { SiteData } from "../config/site.js";
import { absoluteUrl } from "./links.js";

/** The files below the site root. */
export const openDataFiles = {
  json: "daten/angebote.json",
  schema: "daten/angebote.schema.json",
  csv: "daten/angebote.csv",
  manifest: "daten/manifest.json",
} as const;

/** The published offers file: the one definition of `angebote.json` and its JSON Schema. */
export const openDataSchema = z
  .strictObject({
    $schema: z.string().meta({ description: "Das JSON-Schema dieser Datei." }),
    title: z.string().meta({ description: "Name des Verzeichnisses." }),
    publisher: z.string().meta({ description: "Herausgeber der Daten." }),
    license: z
      .strictObject({ name: z.string(), title: z.string(), url: z.string(), attribution: z.string() })
      .meta({ description: "Lizenz der Daten und die Quellenangabe, die sie verlangt." }),
    edition: isoDate("Stand: der Tag, an dem das Verzeichnis gebaut wurde."),
    source: z.string().meta({ description: "Adresse der Website." }),
    offers: z
      .array(
        z.strictObject({
          id: z.string().meta({ description: "Kennung: Träger-Ordner/Kurzname." }),
          url: z.string().meta({ description: "Adresse der Angebotsseite." }),
          ...offerSchema.shape,
          provider: providerSchema.extend({ slug: z.string().meta({ description: "Ordner des Trägers." }) }),
          description_html: z.string().meta({ description: "Beschreibung des Angebots als HTML." }),
        }),
      )
      .meta({ description: "Alle veröffentlichten Angebote, nach nächstem Beginn sortiert." }),
  })
  .meta({ title: "Bildungsbrücke: veröffentlichte Angebote" });

/** The content of `angebote.json`. */
export type OpenData = z.output<typeof openDataSchema>;

/** `angebote.schema.json`: the draft-07 JSON Schema of `angebote.json`. */
export function openDataJsonSchema(): string {
  const { $schema, ...rest } = z.toJSONSchema(openDataSchema, { target: "draft-07", io: "output" });
  return `${JSON.stringify({ $schema, $id: "angebote.schema.json", ...rest }, null, 2)}\n`;
}

/** The data of `angebote.json` for the published offers on the day of the build. */
export function openData(offers: readonly Offer[], site: SiteData, today: string): OpenData {
  return {
    $schema: "angebote.schema.json",
    title: `${site.name}: ${site.tagline}`,
    publisher: site.operator.name,
    license: { ...site.openData.license, attribution: site.openData.attribution },
    edition: today,
    source: site.baseUrl,
    offers: offers.map((offer) => ({
      id: offer.id,
      url: absoluteUrl(offer.url, site.baseUrl),
      ...offer.data,
      provider: { slug: offer.provider.slug, ...offer.provider.data },
      description_html: offer.bodyHtml,
    })),
  };
}

/**
 * `angebote.csv`: one row per offer with the columns of the import template
 * (lists with as many numbered columns as the longest list needs), for Excel.
 */
export function openDataCsv(offers: readonly Offer[], site: SiteData): string {
  const entries = Math.max(
    1,
    ...offers.flatMap((offer) => [offer.data.dates?.length ?? 0, offer.data.locations.length]),
  );
  const fields = sheetFields(entries);
  const header = ["Träger", "Träger-Ordner", fileColumns.slug, ...fields.map((field) => field.header), "Seite"];
  const rows = offers.map((offer) => [
    offer.provider.data.name,
    offer.provider.slug,
    offer.slug,
    ...fields.map((field) => cellText(valueAt(offer.data, field.path))),
    absoluteUrl(offer.url, site.baseUrl),
  ]);
  return csvText([header, ...rows]);
}

/** What `manifest.json` records of each published offer. */
export interface ManifestEntry {
  readonly title: string;
  readonly file: string;
  /** Changes whenever the offer's data or description changes. */
  readonly hash: string;
}

/** The published offers of one build: `manifest.json`. */
export interface Manifest {
  readonly edition: string;
  readonly offers: Readonly<Record<string, ManifestEntry>>;
}

/**
 * A short fingerprint of what an offer publishes: its data and its description.
 * @example offerHash(offer) // "3f2a9c1e0b7d4a65"
 */
export function offerHash(offer: Pick<Offer, "data" | "bodyHtml">): string {
  return createHash("sha256")
    .update(JSON.stringify([offer.data, offer.bodyHtml]))
    .digest("hex")
    .slice(0, 16);
}

/** The manifest of the published offers. */
export function manifest(offers: readonly Offer[], today: string): Manifest {
  return {
    edition: today,
    offers: Object.fromEntries(
      offers.map((offer) => [offer.id, { title: offer.data.title, file: offer.file, hash: offerHash(offer) }]),
    ),
  };
}

/** One column of the CSV file and field of the JSON file, as the data page explains it. */
export interface OpenDataField {
  /** Column header(s) in `angebote.csv`. */
  readonly column: string;
  /** Field path in `angebote.json`, e.g. `dates[].start`. */
  readonly json: string;
  readonly description: string;
}

/** The fields of the downloads, in the CSV's column order, with the schema's German descriptions. */
export function openDataFields(): OpenDataField[] {
  const fields = offerForm.flatMap((item): OpenDataField[] => {
    if (item.kind !== "group") return [{ column: item.label, json: item.field, description: item.hint }];
    return item.fields.map((spec) => ({
      column: item.repeat ? `${spec.label} 1, ${spec.label} 2, …` : spec.label,
      json: spec.field,
      description: spec.hint,
    }));
  });
  return [
    { column: "Träger", json: "provider.name", description: "Voller Name des Trägers." },
    { column: "Träger-Ordner", json: "provider.slug", description: "Kurzname des Trägers in Adressen." },
    {
      column: fileColumns.slug,
      json: "id",
      description: "Kurzname des Angebots; in JSON mit dem Träger: träger/angebot.",
    },
    ...fields,
    { column: "Seite", json: "url", description: "Adresse der Angebotsseite." },
    { column: "–", json: "description_html", description: "Beschreibung des Angebots als HTML (nur in JSON)." },
  ];
}

/** What the open-data templates read of the catalog. */
interface OpenDataCatalog {
  readonly today: string;
  readonly offers: readonly Offer[];
}

/** Registers the open-data files as virtual templates. */
export function openDataPlugin(eleventyConfig: UserConfig): void {
  // Filters
  eleventyConfig.addFilter("openDataJson", (catalog: OpenDataCatalog, site: SiteData) =>
    JSON.stringify(openData(catalog.offers, site, catalog.today), null, 2),
  );
  eleventyConfig.addFilter("openDataCsv", (catalog: OpenDataCatalog, site: SiteData) =>
    openDataCsv(catalog.offers, site),
  );
  eleventyConfig.addFilter("openDataManifest", (catalog: OpenDataCatalog) =>
    JSON.stringify(manifest(catalog.offers, catalog.today), null, 2),
  );
  eleventyConfig.addFilter("openDataJsonSchema", openDataJsonSchema);
  eleventyConfig.addFilter("openDataFields", openDataFields);

  // Virtual templates
  const files = [
    ["json", "{{ catalog | openDataJson(site) | safe }}"],
    ["schema", "{{ catalog | openDataJsonSchema | safe }}"],
    ["csv", "{{ catalog | openDataCsv(site) | safe }}"],
    ["manifest", "{{ catalog | openDataManifest | safe }}"],
  ] as const;
  for (const [key, content] of files) {
    eleventyConfig.addTemplate(`open-data-${key}.njk`, content, {
      permalink: `/${openDataFiles[key]}`,
      eleventyExcludeFromCollections: true,
    });
  }
}
