/**
 * Translates schema issues into German messages that say what to fix.
 * Vocabulary errors carry a "meinten Sie …?" suggestion.
 */
import { z, type core } from "zod";
import type { CustomIssueKey } from "../schema/offer.js";
import { descriptionOf, keysOf, schemaAt } from "../schema/introspect.js";
import { characterName, textProblem, visibleText } from "../schema/text.js";
import { suggest } from "./suggest.js";

/** Unknown keys named one by one at most; beyond that, the count. */
const unknownKeysShown = 5;

const customMessages: Record<CustomIssueKey, string> = {
  date: "ist kein gültiges Datum. Schreiben Sie JJJJ-MM-TT, z. B. 2027-03-01, und prüfen Sie, ob es den Tag gibt.",
  https: "muss ein vollständiger Link sein, der mit https:// beginnt (http:// und andere Adressen sind nicht erlaubt).",
  "dates-required": "fehlt: Geben Sie mindestens einen Termin mit start an oder setzen Sie rolling_start: true.",
  "end-before-start": "liegt vor dem Start. Das Ende muss am oder nach dem Start liegen.",
  "registration-after-start": "liegt nach dem Start. Der Anmeldeschluss muss vor oder am Start liegen.",
  "contact-required": "braucht mindestens eine Telefonnummer (phone) oder eine E-Mail-Adresse (email).",
  "min-above-max": "ist größer als max. Die Mindestzahl darf nicht über der Höchstzahl liegen.",
  "free-with-price":
    "braucht einen Preis: Bei amount: 0 ist das Angebot für alle kostenlos. Geben Sie unter amount den Preis ohne Förderung an, z. B. amount: 14800.",
  "free-with-funding": "steht nicht unter funding. Nennen Sie jede Förderung aus free_with auch unter funding.",
  "keyword-characters":
    "enthält Steuer- oder unsichtbare Zeichen (z. B. Zeilenumbruch oder Tabulator). Schreiben Sie jedes Suchwort als einfachen Text.",
  "control-characters": "enthält ein Steuerzeichen, das keine Webseite und kein Feed tragen kann.",
  "spoofing-characters":
    "enthält ein unsichtbares Zeichen oder eine Umschaltung der Schreibrichtung. In Titeln, Namen und Kurzbeschreibungen ist das nicht erlaubt, weil es die Anzeige verfälschen kann.",
  email: "ist keine gültige E-Mail-Adresse.",
};

/**
 * A provider's value quoted for a message: shortened, control characters visible.
 * @example quote("Kurs\u001b[2J") // "„Kurs\\x1B[2J“"
 */
export const quote = (value: string): string => `„${visibleText(value)}“`;

const typeNames: Record<string, string> = {
  string: "ein Text",
  number: "eine Zahl",
  boolean: "true oder false",
  array: "eine Liste, z. B. [wert-1, wert-2]",
  object: "ein Abschnitt mit Unterfeldern",
  int: "eine ganze Zahl",
};

/** Describes a value as found, for "… statt …" messages. */
function describe(value: unknown): string {
  if (value === null) return "leer";
  if (Array.isArray(value)) return "eine Liste";
  if (typeof value === "string") return quote(value);
  if (typeof value === "object") return "ein Abschnitt";
  return String(value);
}

function valueAt(data: unknown, keyPath: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of keyPath) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * A German message for one issue from validating `input` with `schema`; it
 * quotes the raw value at the issue's path, and a missing field's own description.
 * @example germanMessage(issue, { format: "praesnz" }, offerSchema) // "unbekannter Wert „praesnz“ – meinten Sie „praesenz“?"
 */
export function germanMessage(issue: core.$ZodIssue, input: unknown, schema: z.ZodType): string {
  const value = valueAt(input, issue.path);
  const fieldSchema = schemaAt(schema, issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (value === undefined) return `fehlt. ${descriptionOf(fieldSchema) ?? "Bitte ergänzen."}`;
      return `muss ${typeNames[issue.expected] ?? issue.expected} sein, gefunden: ${describe(value)}.${listHint(issue, value, fieldSchema)}`;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const guess = typeof value === "string" ? vocabularyGuess(value, fieldSchema) : undefined;
      const hint = guess === undefined ? `. Erlaubt: ${allowed.join(", ")}.` : ` – meinten Sie „${guess}“?`;
      return `unbekannter Wert ${typeof value === "string" ? quote(value) : `„${describe(value)}“`}${hint}`;
    }
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? "ist leer. Bitte ausfüllen."
          : `ist zu kurz (${typeof value === "string" ? value.trim().length : 0} Zeichen, mindestens ${issue.minimum}).`;
      }
      if (issue.origin === "array") return `braucht mindestens ${issue.minimum} Eintrag.`;
      return issue.inclusive === false
        ? `muss größer als ${issue.minimum} sein.`
        : `muss mindestens ${issue.minimum} sein.`;
    case "too_big":
      if (issue.origin === "string") {
        return `ist zu lang (${typeof value === "string" ? value.trim().length : 0} Zeichen, höchstens ${issue.maximum}).`;
      }
      if (issue.origin === "array") return `hat zu viele Einträge (höchstens ${issue.maximum}).`;
      return `darf höchstens ${issue.maximum} sein.`;
    case "invalid_format":
      if (issue.format === "email") return `ist keine gültige E-Mail-Adresse: ${describe(value)}.`;
      if (issue.format === "regex" && issue.path.at(-1) === "phone") {
        return `ist keine gültige Telefonnummer: ${describe(value)}. Erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern.`;
      }
      return `hat nicht das richtige Format: ${describe(value)}. Sprachkürzel bestehen aus zwei kleinen Buchstaben, z. B. de.`;
    case "unrecognized_keys": {
      const knownKeys = keysOf(fieldSchema);
      if (issue.keys.length > unknownKeysShown) {
        const first = issue.keys.slice(0, unknownKeysShown).map(quote).join(", ");
        return `${issue.keys.length} unbekannte Felder, zuerst ${first} … Erlaubt: ${knownKeys.join(", ")}.`;
      }
      const guesses = issue.keys.map((key) => ({ key, guess: suggest(key, knownKeys) }));
      const named = guesses.map(
        ({ key, guess }) => `unbekanntes Feld ${quote(key)}${guess === undefined ? "" : ` – meinten Sie „${guess}“?`}`,
      );
      return `${named.join(". ")}${guesses.some(({ guess }) => guess === undefined) ? `. Erlaubt: ${knownKeys.join(", ")}.` : ""}`;
    }
    case "not_multiple_of":
      return "muss eine ganze Zahl sein.";
    case "custom":
      return customMessage(issue.message, value);
    default:
      return `ist ungültig: ${describe(value)}.`;
  }
}

/** The message of a custom issue, with the character or the date form that fits the value found. */
function customMessage(key: string, value: unknown): string {
  const message = customMessages[key as CustomIssueKey] ?? key;
  if (typeof value !== "string") return message;
  if (key === "email") return `ist keine gültige E-Mail-Adresse: ${quote(value)}.`;
  if (key === "control-characters" || key === "spoofing-characters") {
    const found = textProblem(value, { strict: key === "spoofing-characters" });
    return found === undefined
      ? message
      : `${message} Löschen Sie das Zeichen ${characterName(found.codePoint)} an Stelle ${found.position}; oft kommt es aus einem kopierten Text.`;
  }
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (key === "date" && german) {
    const [day, month, year] = [german[1] ?? "", german[2] ?? "", german[3] ?? ""];
    return `ist kein gültiges Datum: ${quote(value)} ist die deutsche Schreibweise. Schreiben Sie ${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")} (JJJJ-MM-TT).`;
  }
  return message;
}

/**
 * The slug of a vocabulary the provider meant: a misspelt slug, or the German
 * label as the site shows it („Orientierung & Bewerbung“ → `orientierung-bewerbung`).
 */
function vocabularyGuess(value: string, enumSchema: unknown): string | undefined {
  const slugs = enumSchema instanceof z.ZodEnum ? enumSchema.options.map(String) : [];
  const meta = enumSchema instanceof z.ZodType ? z.globalRegistry.get(enumSchema) : undefined;
  const described = Array.isArray(meta?.enumDescriptions) ? (meta.enumDescriptions as unknown[]) : [];
  const labels = described.map((entry) => String(entry).split(": ")[0] ?? "");
  const guess = suggest(value, [...slugs, ...labels]);
  const labelIndex = guess === undefined ? -1 : labels.indexOf(guess);
  return labelIndex === -1 ? guess : slugs[labelIndex];
}

/** For a list written as one text (`schedule: teilzeit, vormittags`): the list form to write instead. */
function listHint(issue: core.$ZodIssueInvalidType, value: unknown, fieldSchema: unknown): string {
  const key = issue.path.at(-1);
  if (issue.expected !== "array" || typeof value !== "string" || typeof key !== "string") return "";
  const element = schemaAt(fieldSchema as z.ZodType, [0]);
  const items = value
    .split(/[,;]/)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .slice(0, 20)
    .map((item) => vocabularyGuess(item, element) ?? item);
  const list = `${key}: [${items.map((item) => visibleText(item, 40)).join(", ")}]`;
  return items.length > 1 ? ` Schreiben Sie die Werte als Liste: ${list}` : ` Schreiben Sie: ${list}`;
}
