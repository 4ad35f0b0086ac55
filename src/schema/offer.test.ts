import { describe, expect, it } from "vitest";
import { fieldPath } from "../content/diagnostics.js";
import { germanMessage } from "../content/messages.js";
import { fullOffer, minimalOffer, provider } from "./__fixtures__/offers.js";
import { offerSchema, providerSchema } from "./offer.js";

type Schema = typeof offerSchema | typeof providerSchema;

/** Every problem as the validator reports it: field path and German message. */
function problems(data: unknown, schema: Schema = offerSchema): { field: string; message: string }[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: fieldPath(issue.path),
    message: germanMessage(issue, data, schema),
  }));
}

const offer = (overrides: Record<string, unknown>) => ({ ...minimalOffer, ...overrides });
const withoutKey = (key: keyof typeof minimalOffer) =>
  Object.fromEntries(Object.entries(minimalOffer).filter(([name]) => name !== key));

describe("offerSchema", () => {
  it("accepts a minimal offer and a full offer", () => {
    expect(problems(minimalOffer)).toEqual([]);
    expect(problems(fullOffer)).toEqual([]);
  });

  it("trims text fields", () => {
    expect(offerSchema.parse(offer({ title: "  Staplerschein  " })).title).toBe("Staplerschein");
  });

  it("names a missing required field and quotes its description", () => {
    expect(problems(withoutKey("funding"))).toEqual([
      { field: "funding", message: "fehlt. Fördermöglichkeiten. Mindestens ein Wert, als Liste: [wert-1, wert-2]." },
    ]);
  });

  describe("summary length", () => {
    it("accepts exactly 45 and 300 characters", () => {
      expect(problems(offer({ summary: "x".repeat(45) }))).toEqual([]);
      expect(problems(offer({ summary: "x".repeat(300) }))).toEqual([]);
    });

    it("refuses 44 characters, counting without surrounding spaces", () => {
      expect(problems(offer({ summary: `  ${"x".repeat(44)}  ` }))).toEqual([
        { field: "summary", message: "ist zu kurz (44 Zeichen, mindestens 45)." },
      ]);
    });

    it("refuses 301 characters", () => {
      expect(problems(offer({ summary: "x".repeat(301) }))).toEqual([
        { field: "summary", message: "ist zu lang (301 Zeichen, höchstens 300)." },
      ]);
    });
  });

  describe("vocabularies", () => {
    it("suggests the closest value for a typo", () => {
      expect(problems(offer({ topics: ["lager-logistik", "sprache-integratoin"] }))).toEqual([
        { field: "topics[1]", message: "unbekannter Wert „sprache-integratoin“ – meinten Sie „sprache-integration“?" },
      ]);
    });

    it("maps the German spelling with umlaut to the slug", () => {
      expect(problems(offer({ format: "Präsenz" }))).toEqual([
        { field: "format", message: "unbekannter Wert „Präsenz“ – meinten Sie „praesenz“?" },
      ]);
    });

    it("lists the allowed values when nothing is close", () => {
      expect(problems(offer({ format: "fernstudium" }))).toEqual([
        { field: "format", message: "unbekannter Wert „fernstudium“. Erlaubt: praesenz, online, hybrid." },
      ]);
    });

    it("needs at least one value in a list, and a list rather than a single value", () => {
      expect(problems(offer({ audiences: [] }))).toEqual([
        { field: "audiences", message: "braucht mindestens 1 Eintrag." },
      ]);
      expect(problems(offer({ topics: "lager-logistik" }))).toEqual([
        {
          field: "topics",
          message:
            "muss eine Liste, z. B. [wert-1, wert-2] sein, gefunden: „lager-logistik“. Schreiben Sie: topics: [lager-logistik]",
        },
      ]);
    });
  });

  describe("dates", () => {
    const dateMessage =
      "ist kein gültiges Datum. Schreiben Sie JJJJ-MM-TT, z. B. 2027-03-01, und prüfen Sie, ob es den Tag gibt.";

    it("refuses other formats and days that do not exist", () => {
      expect(
        problems(offer({ dates: [{ start: "01.03.2027" }], updated: "2026-11-1", valid_until: "2027-02-30" })),
      ).toEqual([
        {
          field: "dates[0].start",
          message:
            "ist kein gültiges Datum: „01.03.2027“ ist die deutsche Schreibweise. Schreiben Sie 2027-03-01 (JJJJ-MM-TT).",
        },
        { field: "updated", message: dateMessage },
        { field: "valid_until", message: dateMessage },
      ]);
    });

    it("accepts 29 February in a leap year only", () => {
      expect(problems(offer({ dates: [{ start: "2028-02-29" }] }))).toEqual([]);
      expect(problems(offer({ dates: [{ start: "2027-02-29" }] }))).toEqual([
        { field: "dates[0].start", message: dateMessage },
      ]);
    });

    it("refuses an end before the start but accepts a one-day course", () => {
      expect(problems(offer({ dates: [{ start: "2027-03-01", end: "2027-03-01" }] }))).toEqual([]);
      expect(problems(offer({ dates: [{ start: "2027-03-01" }, { start: "2027-05-03", end: "2027-05-02" }] }))).toEqual(
        [
          {
            field: "dates[1].end",
            message: "liegt vor dem Start. Das Ende muss am oder nach dem Start liegen.",
          },
        ],
      );
    });

    it("refuses a registration deadline after the start", () => {
      expect(problems(offer({ dates: [{ start: "2027-03-01", registration_until: "2027-03-01" }] }))).toEqual([]);
      expect(problems(offer({ dates: [{ start: "2027-03-01", registration_until: "2027-03-02" }] }))).toEqual([
        {
          field: "dates[0].registration_until",
          message: "liegt nach dem Start. Der Anmeldeschluss muss vor oder am Start liegen.",
        },
      ]);
    });

    it("needs dates unless the offer has a rolling start", () => {
      const message = "fehlt: Geben Sie mindestens einen Termin mit start an oder setzen Sie rolling_start: true.";
      expect(problems({ ...withoutKey("dates"), rolling_start: true })).toEqual([]);
      expect(problems(offer({ dates: [], rolling_start: true }))).toEqual([]);
      expect(problems(withoutKey("dates"))).toEqual([{ field: "dates", message }]);
      expect(problems(offer({ dates: [], rolling_start: false }))).toEqual([{ field: "dates", message }]);
    });
  });

  describe("contact", () => {
    const message = "braucht mindestens eine Telefonnummer (phone) oder eine E-Mail-Adresse (email).";

    it("needs a phone number or an e-mail address", () => {
      expect(problems(offer({ contact: { email: "kurs@example.org" } }))).toEqual([]);
      expect(problems(offer({ contact: { phone: "0202 1234567" } }))).toEqual([]);
      expect(problems(offer({ contact: {} }))).toEqual([{ field: "contact", message }]);
      expect(problems(offer({ contact: { name: "Frau Beispiel" } }))).toEqual([{ field: "contact", message }]);
    });

    it("checks the form of phone numbers and e-mail addresses", () => {
      expect(problems(offer({ contact: { phone: "ruf an!", email: "kein-at.example.org" } }))).toEqual([
        {
          field: "contact.phone",
          message:
            "ist keine gültige Telefonnummer: „ruf an!“. Erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern.",
        },
        { field: "contact.email", message: "ist keine gültige E-Mail-Adresse: „kein-at.example.org“." },
      ]);
    });
  });

  describe("links", () => {
    const message =
      "muss ein vollständiger Link sein, der mit https:// beginnt (http:// und andere Adressen sind nicht erlaubt).";

    it.each(["http://example.org/anmeldung", "javascript:alert(1)", "data:text/html,x", "https://", "example.org"])(
      "refuses %s as registration_url",
      (url) => {
        expect(problems(offer({ registration_url: url }))).toEqual([{ field: "registration_url", message }]);
      },
    );

    it("accepts an https link with path and query", () => {
      expect(problems(offer({ registration_url: "https://example.org/kurse?id=12#anmeldung" }))).toEqual([]);
    });

    it("refuses an http website in the provider profile", () => {
      expect(problems({ ...provider, website: "http://example.org" }, providerSchema)).toEqual([
        { field: "website", message },
      ]);
    });
  });

  describe("unknown keys", () => {
    it("suggests the field that was meant", () => {
      const { updated, ...rest } = minimalOffer;
      expect(problems({ ...rest, update: updated })).toEqual([
        { field: "updated", message: "fehlt. Stand der Angaben. Format: JJJJ-MM-TT, z. B. 2027-03-01." },
        { field: "", message: "unbekanntes Feld „update“ – meinten Sie „updated“?" },
      ]);
    });

    it("suggests inside nested sections too", () => {
      expect(problems(offer({ locations: [{ city: "wuppertal", adress: "Beispielstraße 1" }] }))).toEqual([
        { field: "locations[0]", message: "unbekanntes Feld „adress“ – meinten Sie „address“?" },
      ]);
    });

    it("lists the allowed fields when nothing is close", () => {
      expect(problems(offer({ costs: { amount: 0, waehrung: "EUR" } }))).toEqual([
        { field: "costs", message: "unbekanntes Feld „waehrung“. Erlaubt: amount, free_with, note." },
      ]);
    });
  });

  describe("numbers", () => {
    it("refuses a group whose minimum is above its maximum", () => {
      expect(problems(offer({ participants: { min: 8, max: 8 } }))).toEqual([]);
      expect(problems(offer({ participants: { min: 12, max: 8 } }))).toEqual([
        {
          field: "participants.min",
          message: "ist größer als max. Die Mindestzahl darf nicht über der Höchstzahl liegen.",
        },
      ]);
    });

    it("needs whole, positive teaching hours", () => {
      expect(problems(offer({ hours: 80.5 }))).toEqual([{ field: "hours", message: "muss eine ganze Zahl sein." }]);
      expect(problems(offer({ hours: 0 }))).toEqual([{ field: "hours", message: "muss größer als 0 sein." }]);
    });

    it("accepts free offers but no negative costs", () => {
      expect(problems(offer({ costs: { amount: -5 } }))).toEqual([
        { field: "costs.amount", message: "muss mindestens 0 sein." },
      ]);
    });

    it("#10: names funding that makes a priced offer free, only funding the offer lists, never with amount 0", () => {
      expect(problems(offer({ costs: { amount: 14800, free_with: ["bildungsgutschein"] } }))).toEqual([]);
      expect(problems(offer({ costs: { amount: 14800, free_with: ["avgs"] } }))).toEqual([
        { field: "costs.free_with[0]", message: expect.stringContaining("steht nicht unter funding") },
      ]);
      expect(problems(offer({ costs: { amount: 0, free_with: ["bildungsgutschein"] } }))).toEqual([
        { field: "costs.free_with", message: expect.stringContaining("braucht einen Preis") },
      ]);
      expect(problems(offer({ costs: { amount: 100, free_with: ["kostenfrei"] } }))[0]?.field).toBe(
        "costs.free_with[0]",
      );
    });

    it("#10: accepts up to ten short search keywords without control characters", () => {
      expect(problems(offer({ keywords: ["Arzthelferin", "MFA"] }))).toEqual([]);
      expect(problems(offer({ keywords: Array.from({ length: 11 }, (_, index) => `Wort${index}`) }))).toEqual([
        { field: "keywords", message: "hat zu viele Einträge (höchstens 10)." },
      ]);
      expect(problems(offer({ keywords: ["Arzt\nhelferin"] }))[0]).toEqual({
        field: "keywords[0]",
        message: expect.stringContaining("Steuer- oder unsichtbare Zeichen"),
      });
      expect(problems(offer({ keywords: ["x"] }))[0]?.field).toBe("keywords[0]");
    });
  });

  it("reports every problem of a file at once, including cross-field rules", () => {
    const fields = problems(
      offer({
        summary: "zu kurz",
        format: "praesnz",
        dates: [{ start: "2027-03-01", end: "2027-02-01" }],
        contact: {},
        participants: { min: 9, max: 3 },
      }),
    ).map((problem) => problem.field);
    expect(fields).toEqual(["summary", "format", "dates[0].end", "contact", "participants.min"]);
  });
});

describe("providerSchema", () => {
  it("accepts a complete profile", () => {
    expect(problems(provider, providerSchema)).toEqual([]);
  });

  it("needs every field", () => {
    expect(problems({}, providerSchema).map((problem) => problem.field)).toEqual([
      "name",
      "short_name",
      "city",
      "address",
      "website",
      "phone",
      "email",
      "azav",
    ]);
  });
});
