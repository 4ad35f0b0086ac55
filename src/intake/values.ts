/**
 * Values as people type them, turned into what the offer file holds: German
 * numbers (`1.290,50`), German dates (`01.03.2027`), Ja/Nein, vocabulary labels
 * or slugs in a list. Only what is unambiguous is converted; anything else is
 * kept as typed, so the schema reports it with validate's own message (with its
 * "meinten Sie …?" suggestion).
 */
import { transliterate } from "../content/suggest.js";
import type { FieldOption, FieldSpec } from "./fields.js";

/** A field value in the offer's front matter (before validation). */
export type RawValue = string | number | boolean | readonly string[];

const yes = new Set(["ja", "j", "x", "wahr", "true", "1", "yes"]);
const no = new Set(["nein", "n", "falsch", "false", "0", "no"]);

/**
 * A number written the German way (or plainly); undefined when it is none.
 * @example germanNumber("1.290,50 €") // 1290.5
 * @example germanNumber("1.290") // 1290
 */
export function germanNumber(text: string): number | undefined {
  const compact = text.replace(/\s|€|EUR/gi, "");
  let plain: string | undefined;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) plain = compact.replaceAll(".", "").replace(",", ".");
  else if (/^-?\d+(,\d+)?$/.test(compact)) plain = compact.replace(",", ".");
  else if (/^-?\d+\.\d+$/.test(compact)) plain = compact;
  return plain === undefined ? undefined : Number(plain);
}

/**
 * A German date as ISO date; an ISO date stays as it is. Two-digit years are 20xx.
 * @example isoFromGerman("1.3.2027") // "2027-03-01"
 */
export function isoFromGerman(text: string): string | undefined {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  if (match === null) return /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  const [, day = "", month = "", year = ""] = match;
  return `${year.length === 2 ? `20${year}` : year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}

const normalise = (text: string) => transliterate(text).replace(/\s+/g, " ").trim();

/** The option a slug or a label names exactly (ignoring case, umlaut spelling and spaces). */
function optionNamed(text: string, options: readonly FieldOption[]): FieldOption | undefined {
  const wanted = normalise(text);
  return options.find(
    (option) => normalise(option.value) === wanted || normalise(option.label) === wanted || option.value === text,
  );
}

/**
 * Splits a list written in one cell: by commas, semicolons or line breaks, but
 * a label that contains a comma ("Gesundheit, Pflege & Soziales") stays whole.
 * @example splitList("Teilzeit, vormittags", options) // ["teilzeit", "vormittags"]
 */
export function splitList(text: string, options: readonly FieldOption[]): string[] {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const values: string[] = [];
  for (let start = 0; start < parts.length;) {
    let end = parts.length;
    // The longest run of parts that names an option, else the single part as written.
    while (end > start + 1 && optionNamed(parts.slice(start, end).join(", "), options) === undefined) end--;
    const part = parts.slice(start, end).join(", ");
    values.push(optionNamed(part, options)?.value ?? part);
    start = end;
  }
  return values;
}

/**
 * The front-matter value for what was typed into a field; undefined for an
 * empty entry (the field is then left out of the file).
 * @example valueFromText(costsAmount, "1.290,50") // 1290.5
 * @example valueFromText(schedule, "Teilzeit, Vormittags") // ["teilzeit", "vormittags"]
 */
export function valueFromText(spec: Pick<FieldSpec, "kind" | "options">, input: string): RawValue | undefined {
  const text = input.trim();
  if (text === "") return undefined;
  switch (spec.kind) {
    case "number":
      return germanNumber(text) ?? text;
    case "date":
      return isoFromGerman(text) ?? text;
    case "yesno": {
      const word = text.toLowerCase();
      return yes.has(word) ? true : no.has(word) ? false : text;
    }
    case "choice":
      return optionNamed(text, spec.options)?.value ?? text;
    case "choices":
      return splitList(text, spec.options);
    case "codes":
      return text
        .split(/[,;\s]+/)
        .filter((code) => code !== "")
        .map((code) => code.toLowerCase());
    default:
      return text;
  }
}

/** A step in a path into the front matter: a key, or an index into a list. */
export type PathStep = string | number;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A copy of `data` with the value at `path` replaced; `undefined` removes the
 * key, and a section left empty by that is removed too.
 * @example withValue({ costs: { amount: 0 } }, ["costs", "note"], "gefördert") // { costs: { amount: 0, note: "gefördert" } }
 */
export function withValue(
  data: Readonly<Record<string, unknown>>,
  path: readonly PathStep[],
  value: unknown,
): Record<string, unknown> {
  const [step, ...rest] = path;
  if (step === undefined || typeof step === "number") throw new Error("a path starts with a key");
  const copy: Record<string, unknown> = { ...data };
  const next = rest.length === 0 ? value : withNested(copy[step], rest, value);
  if (next === undefined || (rest.length > 0 && isRecord(next) && Object.keys(next).length === 0)) delete copy[step];
  else copy[step] = next;
  return copy;
}

function withNested(current: unknown, path: readonly PathStep[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (typeof step === "number") {
    const list = Array.isArray(current) ? [...(current as unknown[])] : [];
    list[step] = rest.length === 0 ? value : withNested(list[step], rest, value);
    return list;
  }
  return withValue(isRecord(current) ? current : {}, path, value);
}

/**
 * The value at `path`, or undefined.
 * @example valueAt({ dates: [{ start: "2027-03-01" }] }, ["dates", 0, "start"]) // "2027-03-01"
 */
export function valueAt(data: unknown, path: readonly PathStep[]): unknown {
  let current = data;
  for (const step of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PathStep, unknown>)[step];
  }
  return current;
}

/**
 * A front-matter value as a spreadsheet cell: numbers with a decimal comma,
 * Ja/Nein as `ja`/`nein`, lists joined with commas, dates as written (ISO).
 * @example cellText(1290.5) // "1290,5"
 */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "ja" : "nein";
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  return typeof value === "string" ? value : JSON.stringify(value);
}
