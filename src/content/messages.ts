/**
 * Translates schema issues into German messages that say what to fix.
 * Vocabulary errors carry a "meinten Sie …?" suggestion.
 */
import type { core, z } from "zod";
import type { CustomIssueKey } from "../schema/offer.js";
import { descriptionOf, keysOf, schemaAt } from "../schema/introspect.js";
import { suggest } from "./suggest.js";

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
};

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
  if (typeof value === "string") return `„${value.length > 40 ? `${value.slice(0, 40)}…` : value}“`;
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
      return `muss ${typeNames[issue.expected] ?? issue.expected} sein, gefunden: ${describe(value)}.`;
    case "invalid_value": {
      const allowed = issue.values.map(String);
      const found = typeof value === "string" ? value : describe(value);
      const guess = typeof value === "string" ? suggest(value, allowed) : undefined;
      const hint = guess === undefined ? `. Erlaubt: ${allowed.join(", ")}.` : ` – meinten Sie „${guess}“?`;
      return `unbekannter Wert „${found}“${hint}`;
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
      return issue.keys
        .map((key) => {
          const guess = suggest(key, knownKeys);
          return `unbekanntes Feld „${key}“${guess === undefined ? `. Erlaubt: ${knownKeys.join(", ")}.` : ` – meinten Sie „${guess}“?`}`;
        })
        .join(" ");
    }
    case "not_multiple_of":
      return "muss eine ganze Zahl sein.";
    case "custom":
      return customMessages[issue.message as CustomIssueKey] ?? issue.message;
    default:
      return `ist ungültig: ${describe(value)}.`;
  }
}
