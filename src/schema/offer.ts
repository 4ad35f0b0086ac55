/**
 * The offer schema: the single source of the offer's TypeScript type, its
 * validation, the JSON Schema for editors (`offer.schema.json`) and the field
 * reference in the provider guide. Descriptions are German because providers
 * read them in their editor and in the guide.
 */
import { z } from "zod";
import {
  audiences,
  cities,
  formats,
  funding,
  germanLevels,
  schedules,
  slugsOf,
  topics,
  type Term,
} from "../config/vocabularies.js";
import { isRealIsoDate } from "./dates.js";
import { textProblem } from "./text.js";

/** Limits that keep hostile input cheap to reject. */
export const limits = {
  summaryMin: 45,
  summaryMax: 300,
  titleMax: 160,
  textMax: 2000,
  listMax: 20,
  keywordsMax: 10,
  keywordMin: 2,
  keywordMax: 40,
  priceMax: 100000,
} as const;

/** Control and invisible format characters (line breaks, tabs, zero-width and bidi marks) that a search word must not hold. */
const invisibleCharacters = /[\p{Cc}\p{Cf}]/u;

/**
 * Refuses characters no output can carry (controls, U+FFFE/U+FFFF, lone
 * surrogates); `strict` also bidi and zero-width characters, for the texts
 * shown as titles and names, where they allow display spoofing.
 */
const plainText = (strict: boolean) => (value: string, context: z.core.$RefinementCtx<string>) => {
  const found = textProblem(value, { strict });
  if (found !== undefined) {
    context.addIssue({
      code: "custom",
      input: value,
      message: found.problem === "control" ? "control-characters" : "spoofing-characters",
    });
  }
};

/**
 * A string whose length is checked first: a longer value gets this one error,
 * and no other check ever looks at it.
 */
const bounded = (max: number) => z.string().max(max, { abort: true });

/** Funding that can make an offer free for a participant (not „kostenfrei“ for all, not paying oneself). */
const fundingThatPays = slugsOf(funding).filter((slug) => slug !== "kostenfrei" && slug !== "selbstzahlung") as [
  Exclude<keyof typeof funding, "kostenfrei" | "selbstzahlung">,
  ...Exclude<keyof typeof funding, "kostenfrei" | "selbstzahlung">[],
];

const vocabularyEnum = <T extends Record<string, Term>>(vocabulary: T, description: string) =>
  z.enum(slugsOf(vocabulary)).meta({
    description,
    enumDescriptions: Object.values(vocabulary).map((term) => `${term.label}: ${term.description}`),
  });

const vocabularyList = <T extends Record<string, Term>>(vocabulary: T, description: string) =>
  z
    .array(vocabularyEnum(vocabulary, description))
    .min(1)
    .max(limits.listMax)
    .meta({ description: `${description} Mindestens ein Wert, als Liste: [wert-1, wert-2].` });

// `.int()` would abort the whole parse on a fraction and hide the other errors.
const wholeNumber = (max: number) => z.number().multipleOf(1).positive().max(max);

const text = (description: string, max: number = limits.textMax, strict = false) =>
  bounded(max).trim().min(1).superRefine(plainText(strict)).meta({ description });

/** A text shown as a title or a name: bidi and zero-width characters are refused as well. */
const shownText = (description: string, max: number) => text(description, max, true);

/** An ISO calendar date (`2027-03-01`) that exists in the calendar. */
export const isoDate = (description: string) =>
  bounded(10)
    .refine(isRealIsoDate, { message: "date" })
    .meta({ description: `${description} Format: JJJJ-MM-TT, z. B. 2027-03-01.`, format: "date" });

/** An https URL; `http:`, `javascript:` and every other scheme are refused. */
export const httpsUrl = (description: string) =>
  bounded(500)
    .refine(isHttpsUrl, { message: "https" })
    .meta({ description: `${description} Muss mit https:// beginnen.`, format: "uri", pattern: "^https://" });

const email = bounded(200)
  .refine(isEmailAddress, { message: "email" })
  .meta({ description: "E-Mail-Adresse, z. B. info@example.org.", format: "email" });
const phone = bounded(30)
  .regex(/^\+?[0-9 ()/-]{5,30}$/)
  .meta({ description: "Telefonnummer mit Vorwahl, z. B. 0202 1234567." });

const location = z
  .strictObject({
    city: vocabularyEnum(cities, "Stadt des Kursorts; „online“ für Angebote ganz im Internet."),
    address: text("Straße, Hausnummer, PLZ und Ort des Kursorts.", 200).optional(),
    accessible: z.boolean().optional().meta({ description: "Rollstuhlgerecht erreichbar: true oder false." }),
  })
  .meta({ description: "Ein Kursort." });

const courseDate = z
  .strictObject({
    start: isoDate("Erster Kurstag."),
    end: isoDate("Letzter Kurstag.").optional(),
    registration_until: isoDate("Anmeldeschluss.").optional(),
  })
  .meta({ description: "Ein Termin mit Start, optional Ende und Anmeldeschluss." });

/** The front matter of one offer file. */
export const offerSchema = z
  .strictObject({
    title: shownText("Titel des Angebots, so wie Interessierte danach suchen.", limits.titleMax),
    summary: bounded(limits.summaryMax)
      .trim()
      .min(limits.summaryMin)
      .superRefine(plainText(true))
      .meta({
        description: `Kurzbeschreibung in ein bis zwei Sätzen (${limits.summaryMin}–${limits.summaryMax} Zeichen). Wiederholen Sie nicht den Titel.`,
      }),
    topics: vocabularyList(topics, "Themen des Angebots."),
    audiences: vocabularyList(audiences, "Zielgruppen, für die das Angebot gedacht ist."),
    format: vocabularyEnum(formats, "Form des Unterrichts: praesenz, online oder hybrid."),
    schedule: vocabularyList(schedules, "Zeitmodell, z. B. [teilzeit, vormittags]."),
    locations: z.array(location).min(1).max(limits.listMax).meta({ description: "Kursorte, mindestens einer." }),
    dates: z
      .array(courseDate)
      .max(limits.listMax)
      .optional()
      .meta({ description: "Termine. Pflicht, außer bei laufendem Einstieg (rolling_start: true)." }),
    rolling_start: z
      .boolean()
      .optional()
      .meta({ description: "Laufender Einstieg: Beginn jederzeit möglich (true oder false)." }),
    duration: text("Dauer in Worten, z. B. „28 Monate, 25 Std./Woche“.", 200),
    hours: wholeNumber(10000).optional().meta({ description: "Unterrichtsstunden insgesamt." }),
    costs: z
      .strictObject({
        amount: z.number().min(0).max(limits.priceMax).meta({
          description:
            "Preis in Euro ohne Förderung, z. B. 14800 für eine Umschulung. 0 nur, wenn das Angebot für alle Teilnehmenden kostenlos ist; dann steht kostenfrei unter funding.",
        }),
        free_with: z
          .array(
            z.enum(fundingThatPays).meta({
              description: "Eine Förderung aus funding.",
              enumDescriptions: fundingThatPays.map((slug) => `${funding[slug].label}: ${funding[slug].description}`),
            }),
          )
          .min(1)
          .max(limits.listMax)
          .optional()
          .meta({
            description:
              "Förderungen, mit denen Teilnehmende nichts zahlen, z. B. [bildungsgutschein, jobcenter]. Jede muss auch unter funding stehen. Die Seite zeigt dann: „Preis: 14.800 € · für Sie kostenfrei mit Bildungsgutschein oder über das Jobcenter“.",
          }),
        note: text("Hinweis zu Kosten und Förderung, z. B. Eigenanteil, Ratenzahlung, Fahrtkosten.", 300).optional(),
      })
      .meta({ description: "Preis des Angebots und wer ihn zahlen kann." }),
    funding: vocabularyList(funding, "Fördermöglichkeiten."),
    degree: text("Abschluss oder Zertifikat, z. B. „IHK-Abschluss“.", 200).optional(),
    azav: z.boolean().optional().meta({ description: "Nach AZAV zugelassen (true oder false)." }),
    german_level: vocabularyEnum(germanLevels, "Nötige Deutschkenntnisse (A1 bis C2).").optional(),
    languages: z
      .array(bounded(2).regex(/^[a-z]{2}$/))
      .min(1)
      .max(limits.listMax)
      .optional()
      .meta({ description: "Unterrichtssprachen als Sprachkürzel (ISO 639-1), z. B. [de, en]." }),
    childcare: text("Kinderbetreuung während des Kurses oder Hilfe bei der Suche danach.", 300).optional(),
    requirements: text("Voraussetzungen für die Teilnahme.", 500).optional(),
    participants: z
      .strictObject({
        min: wholeNumber(1000).optional().meta({ description: "Mindestzahl." }),
        max: wholeNumber(1000).optional().meta({ description: "Höchstzahl." }),
      })
      .optional()
      .meta({ description: "Gruppengröße." }),
    contact: z
      .strictObject({
        name: shownText("Ansprechperson.", 200).optional(),
        phone: phone.optional(),
        email: email.optional(),
      })
      .meta({
        description: "Kontakt für Fragen und Anmeldung: Telefon oder E-Mail (mindestens eins).",
        // The JSON Schema form of the "contact-required" rule below, for editors.
        anyOf: [{ required: ["phone"] }, { required: ["email"] }],
      }),
    registration_url: httpsUrl("Link zur Online-Anmeldung.").optional(),
    keywords: z
      .array(
        bounded(limits.keywordMax)
          .trim()
          .min(limits.keywordMin)
          .refine((word) => !invisibleCharacters.test(word) && textProblem(word, { strict: true }) === undefined, {
            message: "keyword-characters",
          })
          .meta({ description: "Ein Suchwort." }),
      )
      .max(limits.keywordsMax)
      .optional()
      .meta({
        description: `Weitere Wörter, mit denen Interessierte das Angebot suchen und die nicht in Titel oder Text stehen, z. B. [Arzthelferin, MFA]. Höchstens ${limits.keywordsMax} Wörter mit je ${limits.keywordMin} bis ${limits.keywordMax} Zeichen. Sie werden nicht angezeigt, nur gesucht.`,
      }),
    updated: isoDate("Stand der Angaben."),
    valid_until: isoDate("Gültig bis: danach wird das Angebot nicht mehr veröffentlicht."),
  })
  .superRefine(
    (offer, context) => {
      // Runs even when single fields failed, so every problem is reported at once;
      // the value is therefore unvalidated and each check guards its own types.
      const dates = Array.isArray(offer.dates) ? offer.dates : [];
      if (offer.rolling_start !== true && dates.length === 0) {
        context.addIssue({ code: "custom", path: ["dates"], message: "dates-required" });
      }
      dates.forEach((date, index) => {
        if (typeof date !== "object" || date === null) return;
        const { start, end, registration_until: until } = date;
        if (isRealIsoDate(start) && isRealIsoDate(end) && end < start) {
          context.addIssue({ code: "custom", path: ["dates", index, "end"], message: "end-before-start" });
        }
        if (isRealIsoDate(start) && isRealIsoDate(until) && until > start) {
          context.addIssue({
            code: "custom",
            path: ["dates", index, "registration_until"],
            message: "registration-after-start",
          });
        }
      });
      const contact: unknown = offer.contact;
      if (typeof contact === "object" && contact !== null && !("phone" in contact) && !("email" in contact)) {
        context.addIssue({ code: "custom", path: ["contact"], message: "contact-required" });
      }
      const costs: unknown = offer.costs;
      if (typeof costs === "object" && costs !== null) {
        const { amount, free_with: freeWith } = costs as { amount?: unknown; free_with?: unknown };
        if (Array.isArray(freeWith)) {
          if (amount === 0)
            context.addIssue({ code: "custom", path: ["costs", "free_with"], message: "free-with-price" });
          const offered: unknown[] = Array.isArray(offer.funding) ? offer.funding : [];
          freeWith.forEach((slug, index) => {
            if (typeof slug === "string" && !offered.includes(slug)) {
              context.addIssue({ code: "custom", path: ["costs", "free_with", index], message: "free-with-funding" });
            }
          });
        }
      }
      const participants: unknown = offer.participants;
      if (typeof participants === "object" && participants !== null) {
        const { min, max } = participants as { min?: unknown; max?: unknown };
        if (typeof min === "number" && typeof max === "number" && min > max) {
          context.addIssue({ code: "custom", path: ["participants", "min"], message: "min-above-max" });
        }
      }
    },
    { when: () => true },
  )
  .meta({
    title: "Bildungsbrücke: Angebot",
    description: "Angaben im Kopf einer Angebotsdatei (zwischen den Zeilen ---).",
    // The JSON Schema form of the "dates-required" rule above, for editors and the field reference.
    if: { properties: { rolling_start: { const: true } }, required: ["rolling_start"] },
    else: { properties: { dates: { type: "array", minItems: 1 } }, required: ["dates"] },
  });

/** The front matter of `_provider.md`, the provider's profile. */
export const providerSchema = z
  .strictObject({
    name: shownText("Voller Name des Trägers.", 200),
    short_name: shownText("Kurzname für Listen und Karten.", 60),
    city: vocabularyEnum(cities, "Sitz des Trägers."),
    address: text("Anschrift des Trägers.", 200),
    website: httpsUrl("Webseite des Trägers."),
    phone,
    email,
    azav: z.boolean().meta({ description: "Als Träger nach AZAV zugelassen (true oder false)." }),
  })
  .meta({
    title: "Bildungsbrücke: Träger",
    description: "Angaben im Kopf der Datei _provider.md eines Trägers.",
  });

/** An offer's front matter as validated. */
export type OfferData = z.output<typeof offerSchema>;
/** A provider profile's front matter as validated. */
export type ProviderData = z.output<typeof providerSchema>;

/** Custom issue messages used above; the report module translates each into German. */
export type CustomIssueKey =
  | "date"
  | "https"
  | "dates-required"
  | "end-before-start"
  | "registration-after-start"
  | "contact-required"
  | "min-above-max"
  | "free-with-price"
  | "free-with-funding"
  | "keyword-characters"
  | "control-characters"
  | "spoofing-characters"
  | "email";

/**
 * True for an absolute https URL with a host name that has a dot, parsed by the
 * URL parser; whitespace anywhere is refused (the parser would drop it silently).
 * @example isHttpsUrl("https://example.org/kurs") // true
 */
export function isHttpsUrl(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) <= 0x20) return false;
  if (!value.toLowerCase().startsWith("https://") || !URL.canParse(value)) return false;
  const url = new URL(value);
  const labels = url.hostname.split(".");
  return url.protocol === "https:" && labels.length > 1 && labels.every((label) => label !== "") && url.username === "";
}

/**
 * True for an e-mail address `name@host.tld`, checked in one pass without a regular expression.
 * @example isEmailAddress("info@example.org") // true
 */
export function isEmailAddress(value: string): boolean {
  const at = value.indexOf("@");
  if (at < 1 || at !== value.lastIndexOf("@") || at > 64) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split(".");
  const allowed = (text: string, extra: string) =>
    [...text].every((character) => /[a-z0-9]/i.test(character) || extra.includes(character));
  const top = labels.at(-1) ?? "";
  return (
    allowed(local, ".!#$%&'*+/=?^_`{|}~-") &&
    !local.startsWith(".") &&
    !local.endsWith(".") &&
    !local.includes("..") &&
    labels.length > 1 &&
    labels.every((label) => label !== "" && allowed(label, "-") && !label.startsWith("-") && !label.endsWith("-")) &&
    top.length >= 2 &&
    /^[a-z]+$/i.test(top)
  );
}
