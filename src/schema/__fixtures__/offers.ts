/** Valid front matter for schema and loader tests; tests copy and break them one rule at a time. */
import type { z } from "zod";
import type { offerSchema, providerSchema } from "../offer.js";

/** An offer with only the required fields. */
export const minimalOffer = {
  title: "Staplerschein mit Lagerpraxis",
  summary: "In zwei Wochen zum Staplerschein, mit Praxis im Lager und Hilfe bei der Bewerbung.",
  topics: ["lager-logistik"],
  audiences: ["arbeitsuchende"],
  format: "praesenz",
  schedule: ["vollzeit"],
  locations: [{ city: "remscheid" }],
  dates: [{ start: "2027-03-01" }],
  duration: "2 Wochen",
  costs: { amount: 350 },
  funding: ["bildungsgutschein"],
  contact: { phone: "02191 123456" },
  updated: "2026-11-01",
  valid_until: "2027-12-31",
} satisfies z.input<typeof offerSchema>;

/** An offer with every field, as in the design card. */
export const fullOffer = {
  title: "Kauffrau/Kaufmann für Büromanagement – Umschulung in Teilzeit",
  summary: "In 28 Monaten zum IHK-Abschluss, Unterricht 8:30–13:30 Uhr, passend zu Kita und Schule.",
  topics: ["kaufmaennisch-verwaltung"],
  audiences: ["berufsrueckkehrende", "alleinerziehende"],
  format: "praesenz",
  schedule: ["teilzeit", "vormittags"],
  locations: [{ city: "wuppertal", address: "Beispielstraße 12, 42103 Wuppertal", accessible: true }],
  dates: [{ start: "2027-03-01", end: "2029-06-30", registration_until: "2027-02-15" }],
  rolling_start: false,
  duration: "28 Monate, 25 Std./Woche",
  hours: 2400,
  costs: { amount: 14800, free_with: ["bildungsgutschein", "jobcenter"], note: "Fahrtkosten können übernommen werden." },
  funding: ["bildungsgutschein", "jobcenter"],
  degree: "IHK-Abschluss",
  azav: true,
  german_level: "B1",
  languages: ["de"],
  childcare: "Hilfe bei der Suche nach Kinderbetreuung",
  requirements: "Hauptschulabschluss",
  participants: { min: 8, max: 16 },
  contact: { name: "Frau Beispiel", phone: "0202 1234567", email: "info@example.org" },
  registration_url: "https://example.org/anmeldung",
  keywords: ["Bürokauffrau"],
  updated: "2026-11-01",
  valid_until: "2027-12-31",
} satisfies Required<z.input<typeof offerSchema>>;

/** A valid provider profile. */
export const provider = {
  name: "Bildungswerk Beispiel gGmbH",
  short_name: "Bildungswerk Beispiel",
  city: "wuppertal",
  address: "Beispielstraße 1, 42103 Wuppertal",
  website: "https://example.org",
  phone: "0202 1234567",
  email: "info@example.org",
  azav: true,
} satisfies z.input<typeof providerSchema>;
