/**
 * The short German name of every offer field. The schema's descriptions say
 * what a field means; these names are what people see as the field's label:
 * in the submission form, as column headers of the spreadsheet import and the
 * open-data CSV, and on the data page. The type makes sure no field of the
 * schema is forgotten and none is named that the schema does not have.
 */
import type { z } from "zod";
import type { offerSchema } from "./offer.js";

type Defined<T> = Exclude<T, undefined>;

/** Every field path of an object type as the field reference writes it: `costs.amount`, `dates[].start`. */
type FieldPaths<T> = {
  [K in keyof T & string]-?:
    | K
    | (Defined<T[K]> extends readonly (infer Item)[]
        ? Item extends Record<string, unknown>
          ? `${K}[].${FieldPaths<Item>}`
          : never
        : Defined<T[K]> extends Record<string, unknown>
          ? `${K}.${FieldPaths<Defined<T[K]>>}`
          : never);
}[keyof T & string];

/** A field of the offer file, e.g. `title`, `costs.amount` or `locations[].city`. */
export type OfferFieldPath = FieldPaths<z.input<typeof offerSchema>>;

/**
 * German field names by field path.
 * @example fieldLabels["dates[].start"] // "Beginn"
 */
export const fieldLabels = {
  title: "Titel",
  summary: "Kurzbeschreibung",
  topics: "Themen",
  audiences: "Zielgruppen",
  format: "Unterrichtsform",
  schedule: "Zeitmodell",
  locations: "Kursorte",
  "locations[].city": "Ort",
  "locations[].address": "Adresse",
  "locations[].accessible": "Rollstuhlgerecht",
  dates: "Termine",
  "dates[].start": "Beginn",
  "dates[].end": "Ende",
  "dates[].registration_until": "Anmeldeschluss",
  rolling_start: "Laufender Einstieg",
  duration: "Dauer",
  hours: "Unterrichtsstunden",
  costs: "Kosten",
  "costs.amount": "Kosten in Euro",
  "costs.note": "Hinweis zu den Kosten",
  "costs.free_with": "Kostenfrei für Teilnehmende mit",
  funding: "Förderung",
  degree: "Abschluss",
  azav: "AZAV-zugelassen",
  german_level: "Deutschkenntnisse",
  languages: "Unterrichtssprachen",
  childcare: "Kinderbetreuung",
  requirements: "Voraussetzungen",
  participants: "Gruppengröße",
  "participants.min": "Mindestzahl",
  "participants.max": "Höchstzahl",
  contact: "Kontakt",
  "contact.name": "Ansprechperson",
  "contact.phone": "Telefon",
  "contact.email": "E-Mail",
  registration_url: "Link zur Anmeldung",
  keywords: "Suchwörter",
  updated: "Stand",
  valid_until: "Gültig bis",
} as const satisfies Record<OfferFieldPath, string>;

/**
 * The label of a field path; indices are ignored (`dates[1].start` → "Beginn").
 * @example fieldLabel("dates[1].start") // "Beginn"
 */
export function fieldLabel(path: string): string | undefined {
  const generic = path.replace(/\[\d+\]/g, "[]");
  return (fieldLabels as Record<string, string>)[generic];
}

/**
 * What one entry of a list is called, e.g. "Termin 2" in the list of course dates.
 * @example entryLabels.dates // "Termin"
 */
export const entryLabels = {
  locations: "Kursort",
  dates: "Termin",
} as const satisfies Partial<Record<OfferFieldPath, string>>;
