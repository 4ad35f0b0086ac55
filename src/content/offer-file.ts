/**
 * Writes offer files: front matter as YAML in the style of the guide (slugs and
 * dates plain, every other text in quotes, short lists as `[a, b]`), then the
 * Markdown body. The one writer of `npm run new-offer`, the submission form
 * and the spreadsheet import; the files it writes are read back by `parseSource`.
 */
import { keysOf } from "../schema/introspect.js";
import { offerSchema } from "../schema/offer.js";

/**
 * Slugs and dates stay plain for readability; any other text is quoted so YAML cannot misread it.
 * @example yamlScalar("teilzeit") // "teilzeit"
 * @example yamlScalar("8:30 Uhr") // "\"8:30 Uhr\""
 */
export function yamlScalar(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) {
    return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
  }
  return typeof value !== "string" ||
    (/^([A-Za-z][A-Za-z0-9-]*|\d{4}-\d{2}-\d{2})$/.test(value) && !/^(true|false|null|yes|no|on|off)$/i.test(value))
    ? String(value)
    : JSON.stringify(value);
}

/** True for a plain object (a YAML mapping). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isScalar = (value: unknown) => !Array.isArray(value) && !isRecord(value);

/** A value on one line: a list of scalars as `[a, b]`, anything nested deeper as JSON (which YAML reads too). */
function flow(value: unknown): string {
  if (isScalar(value)) return yamlScalar(value);
  return Array.isArray(value) && value.every(isScalar)
    ? `[${value.map(yamlScalar).join(", ")}]`
    : JSON.stringify(value);
}

/** How to write one mapping: which of its keys to disable as comments (they then come last). */
export interface YamlOptions {
  /**
   * True for a key to write as a comment (`# key: value`), by field path as
   * the field reference writes it (`costs.note`, `locations[].accessible`).
   */
  readonly disabled?: (field: string) => boolean;
}

/** The lines of one mapping entry `key: value`, nested values indented below it. */
function entryLines(key: string, value: unknown, field: string, options: YamlOptions): string[] {
  if (Array.isArray(value) && !value.every(isScalar)) {
    return [`${key}:`, ...value.flatMap((item) => itemLines(item, `${field}[]`, options))];
  }
  if (!isRecord(value)) return [`${key}: ${flow(value)}`];
  if (Object.keys(value).length === 0) return [`${key}: {}`];
  return [`${key}:`, ...mappingLines(value, field, options).map((line) => `  ${line}`)];
}

/** A list entry: `- ` before its first line, its other lines indented to match. */
function itemLines(item: unknown, field: string, options: YamlOptions): string[] {
  const lines = isRecord(item) ? mappingLines(item, field, options) : [flow(item)];
  if (isRecord(item) && lines.length === 0) return ["  - {}"];
  return lines.map((line, index) => `${index === 0 ? "  - " : "    "}${line}`);
}

/** The lines of a nested mapping; disabled keys are commented out and come last. */
function mappingLines(value: Record<string, unknown>, field: string, options: YamlOptions): string[] {
  const entries = Object.entries(value).map(([key, entry]) => {
    const path = `${field}.${key}`;
    return { lines: entryLines(key, entry, path, options), disabled: options.disabled?.(path) === true };
  });
  entries.sort((a, b) => Number(a.disabled) - Number(b.disabled));
  return entries.flatMap((entry) => (entry.disabled ? entry.lines.map((line) => `# ${line}`) : entry.lines));
}

/**
 * The YAML lines of one top-level field.
 * @example yamlField("schedule", ["teilzeit", "vormittags"]) // ["schedule: [teilzeit, vormittags]"]
 */
export function yamlField(name: string, value: unknown, options: YamlOptions = {}): string[] {
  return entryLines(name, value, name, options);
}

/**
 * The text of an offer file: the fields in the schema's order (any others after
 * them, as found), then the Markdown body exactly as given.
 * @example offerFileText({ title: "Staplerschein" }, "## Inhalte\n") // "---\ntitle: Staplerschein\n---\n## Inhalte\n"
 */
export function offerFileText(data: Readonly<Record<string, unknown>>, body: string): string {
  const known = keysOf(offerSchema);
  const keys = [...known.filter((key) => key in data), ...Object.keys(data).filter((key) => !known.includes(key))];
  const lines = keys.flatMap((key) => (data[key] === undefined ? [] : yamlField(key, data[key])));
  return `---\n${lines.join("\n")}\n---\n${body}`;
}
