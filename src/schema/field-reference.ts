/**
 * The field reference in the provider guide (`docs/angebot-einreichen.md`),
 * generated from the published JSON Schemas so it always matches the validator.
 * Vocabulary values are listed with their German labels and explanations.
 */
import {
  audiences,
  cities,
  formats,
  funding,
  germanLevels,
  schedules,
  topics,
  type Term,
} from "../config/vocabularies.js";
import { jsonSchemaOf, offerSchemaFile, providerSchemaFile, type JsonSchema } from "./json-schema.js";

/** One row of the reference table. */
export interface FieldRow {
  /** Field as written in the file; `locations[].city` is `city` in every entry of the list `locations`. */
  readonly field: string;
  /** "Pflicht", "optional" or the condition under which the field is required. */
  readonly requirement: string;
  readonly description: string;
  /** The kind of value, in German. */
  readonly values: string;
  /** Vocabulary slugs, for fields with a fixed list of values. */
  readonly allowed?: readonly string[];
  /** The field's JSON Schema, e.g. for the submission form's choice of input. */
  readonly schema: JsonSchema;
}

/** The provider guide, relative to the project root. */
export const guidePath = "docs/angebot-einreichen.md";

/** The comment lines that enclose the generated part of the guide. */
export const referenceMarkers = {
  start: "<!-- feldreferenz:start -->",
  end: "<!-- feldreferenz:end -->",
} as const;

const vocabularies: readonly Record<string, Term>[] = [
  topics,
  audiences,
  funding,
  schedules,
  formats,
  cities,
  germanLevels,
];

const asSchema = (value: unknown): JsonSchema | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : undefined;

/**
 * The vocabulary that holds all these slugs, for their German labels and explanations.
 * @example vocabularyOf(["praesenz", "online"])?.praesenz?.label // "Präsenz"
 */
export function vocabularyOf(slugs: readonly string[]): Readonly<Record<string, Term>> | undefined {
  return vocabularies.find((terms) => slugs.every((slug) => slug in terms));
}

/**
 * A Markdown list of vocabulary values with their German label and explanation.
 * @example valueList(["praesenz"]) // "- `praesenz`: Präsenz – Unterricht vor Ort."
 */
export function valueList(slugs: readonly string[]): string {
  const vocabulary = vocabularyOf(slugs);
  return slugs
    .map((slug) => {
      const term = vocabulary?.[slug];
      if (term === undefined) return `- \`${slug}\``;
      return term.label === slug
        ? `- \`${slug}\`: ${term.description}`
        : `- \`${slug}\`: ${term.label} – ${term.description}`;
    })
    .join("\n");
}

/** The kind of value a field takes, in words; vocabulary values are listed below the table. */
export function valuesOf(node: JsonSchema): string {
  if (node.enum) return "ein Wert, siehe Liste unten";
  switch (node.type) {
    case "array": {
      const item = asSchema(node.items);
      if (item?.enum) return "Liste mit Werten, siehe Liste unten";
      if (item?.type === "object") return "Liste; jeder Eintrag hat die Unterfelder darunter";
      return "Liste, z. B. `[de, en]`";
    }
    case "object":
      return "Abschnitt mit den Unterfeldern darunter";
    case "boolean":
      return "`true` oder `false`";
    case "number":
    case "integer": {
      const kind = node.multipleOf === 1 || node.type === "integer" ? "ganze Zahl" : "Zahl";
      const lower =
        typeof node.exclusiveMinimum === "number" ? `größer als ${node.exclusiveMinimum}` : `ab ${node.minimum ?? 0}`;
      return node.maximum === undefined ? `${kind}, ${lower}` : `${kind}, ${lower}, höchstens ${node.maximum}`;
    }
    default:
      if (node.format === "date") return "Datum: JJJJ-MM-TT";
      if (node.format === "email") return "E-Mail-Adresse";
      if (node.format === "uri") return "Link, beginnt mit `https://`";
      if (node.pattern !== undefined) return "Text im Format, das unter Bedeutung steht";
      return (node.minLength ?? 0) > 1
        ? `Text, ${node.minLength}–${node.maxLength} Zeichen`
        : `Text, höchstens ${node.maxLength} Zeichen`;
  }
}

/** "Pflicht", "optional", or the rule that makes the field required (from `anyOf` and `if`/`else`). */
function requirementOf(parent: JsonSchema, name: string): string {
  if (parent.required?.includes(name)) return "Pflicht";
  const alternatives = (parent.anyOf ?? []).map((option) => option.required ?? []);
  if (alternatives.some((names) => names.includes(name))) {
    const others = alternatives.flat().filter((other) => other !== name);
    return `Pflicht, wenn ${others.map((other) => `\`${other}\``).join(" und ")} fehlt`;
  }
  const condition = asSchema(parent.if);
  const otherwise = asSchema(parent.else);
  if (condition && otherwise?.required?.includes(name)) {
    const [key] = condition.required ?? [];
    const value = key === undefined ? undefined : asSchema(condition.properties?.[key])?.const;
    if (key !== undefined && value !== undefined) return `Pflicht, außer bei \`${key}: ${String(value)}\``;
  }
  return "optional";
}

/**
 * The rows of the reference, nested fields right after their parent.
 * @example fieldRows(jsonSchemaOf(offerSchemaFile))[0].field // "title"
 */
export function fieldRows(schema: JsonSchema, prefix = ""): FieldRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, value]) => {
    const node = asSchema(value) ?? {};
    const field = `${prefix}${name}`;
    const allowed = node.enum ?? asSchema(node.items)?.enum;
    const row: FieldRow = {
      field,
      requirement: requirementOf(schema, name),
      description: node.description ?? "",
      values: valuesOf(node),
      ...(allowed ? { allowed: allowed.map(String) } : {}),
      schema: node,
    };
    const item = node.type === "array" ? asSchema(node.items) : node;
    const children =
      item?.type === "object" ? fieldRows(item, node.type === "array" ? `${field}[].` : `${field}.`) : [];
    return [row, ...children];
  });
}

const cell = (text: string) => text.replaceAll("|", "\\|");
const width = (text: string) => [...text].length;

/**
 * A Markdown table with padded columns, exactly as Prettier formats it, so
 * `npm run lint` accepts the generated guide.
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const table = [header, ...rows].map((row) => header.map((_, column) => cell(row[column] ?? "")));
  const widths = header.map((_, column) => Math.max(3, ...table.map((row) => width(row[column] ?? ""))));
  const line = (row: readonly string[]) =>
    `| ${row.map((text, column) => text + " ".repeat((widths[column] ?? 0) - width(text))).join(" | ")} |`;
  const [head = [], ...body] = table;
  return [line(head), line(widths.map((size) => "-".repeat(size))), ...body.map(line)].join("\n");
}

/** The reference for one schema: the table, then the allowed values of each vocabulary field. */
function schemaReference(schema: JsonSchema): string {
  const rows = fieldRows(schema);
  const table = markdownTable(
    ["Feld", "Pflicht?", "Bedeutung", "Werte"],
    rows.map((row) => [`\`${row.field}\``, row.requirement, row.description, row.values]),
  );
  const lists = rows.flatMap((row) => (row.allowed ? [`Werte für \`${row.field}\`:`, valueList(row.allowed)] : []));
  return [table, ...lists].join("\n\n");
}

/** The generated section of the guide, without the markers. */
export function fieldReference(): string {
  return [
    "### Angebot (`offers/<träger>/<angebot>.md`)",
    schemaReference(jsonSchemaOf(offerSchemaFile)),
    "### Träger-Profil (`offers/<träger>/_provider.md`)",
    schemaReference(jsonSchemaOf(providerSchemaFile)),
  ].join("\n\n");
}

/**
 * Replaces the text between the markers (by default the field reference's) with `generated`.
 * @throws when the document lacks the markers.
 */
export function replaceGenerated(
  document: string,
  generated: string,
  markers: { readonly start: string; readonly end: string } = referenceMarkers,
): string {
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end);
  if (start === -1 || end < start) {
    throw new Error(`The markers ${markers.start} and ${markers.end} are missing.`);
  }
  return `${document.slice(0, start + markers.start.length)}\n\n${generated}\n\n${document.slice(end)}`;
}
