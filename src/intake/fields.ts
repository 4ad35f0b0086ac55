/**
 * The offer's fields as people fill them in: in the submission form and in a
 * spreadsheet. Built from the schema's field reference (German descriptions,
 * requirements, allowed values) and the field labels, so the form and the
 * import can never offer a field the validator does not know.
 */
import { entryLabels, fieldLabel } from "../schema/field-labels.js";
import { fieldRows, vocabularyOf, type FieldRow } from "../schema/field-reference.js";
import { jsonSchemaOf, offerSchemaFile, type JsonSchema } from "../schema/json-schema.js";

/** How a value is entered. */
export type FieldKind =
  | "text"
  | "longtext"
  | "number"
  | "date"
  | "url"
  | "email"
  | "tel"
  /** One value of a vocabulary. */
  | "choice"
  /** Several values of a vocabulary. */
  | "choices"
  /** Ja or Nein. */
  | "yesno"
  /** A list of short codes, e.g. languages `de, en`. */
  | "codes";

/** One allowed value of a vocabulary field. */
export interface FieldOption {
  readonly value: string;
  readonly label: string;
  readonly description: string;
}

/** One field to fill in. */
export interface FieldSpec {
  /** Path as the field reference writes it: `title`, `costs.amount`, `dates[].start`. */
  readonly field: string;
  /** The field's own key, e.g. `start`. */
  readonly key: string;
  readonly label: string;
  /** The schema's description, without what only concerns the file's syntax. */
  readonly hint: string;
  /** "Pflicht", "optional" or when it is required, as in the field reference. */
  readonly requirement: string;
  readonly optional: boolean;
  readonly kind: FieldKind;
  readonly options: readonly FieldOption[];
  readonly maxLength?: number;
}

/** A section with sub-fields (`costs`), or a list of such sections (`dates`). */
export interface GroupSpec extends Omit<FieldSpec, "kind" | "options" | "maxLength"> {
  readonly kind: "group";
  /** True for a list of entries (course dates, locations). */
  readonly repeat: boolean;
  /** What one entry is called ("Termin"), for a list. */
  readonly entryLabel?: string;
  readonly fields: readonly FieldSpec[];
}

export type FormItem = FieldSpec | GroupSpec;

const asSchema = (value: unknown): JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonSchema) : {};

function kindOf(row: FieldRow): FieldKind | "group" {
  const node = row.schema;
  const item = asSchema(node.items);
  if (node.enum) return "choice";
  if (node.type === "array") return item.enum ? "choices" : item.type === "object" ? "group" : "codes";
  if (node.type === "object") return "group";
  if (node.type === "boolean") return "yesno";
  if (node.type === "number" || node.type === "integer") return "number";
  if (node.format === "date") return "date";
  if (node.format === "uri") return "url";
  if (node.format === "email") return "email";
  if (row.field.endsWith("phone")) return "tel";
  return (node.maxLength ?? 0) >= 300 ? "longtext" : "text";
}

/**
 * The description without hints about the file's syntax, which the form and the
 * spreadsheet do not need (lists in brackets, `true oder false`, the date format).
 * @example formHint("Rollstuhlgerecht erreichbar: true oder false.", "yesno") // "Rollstuhlgerecht erreichbar."
 */
export function formHint(description: string, kind: FieldKind | "group"): string {
  return description
    .replace(" Mindestens ein Wert, als Liste: [wert-1, wert-2].", " Mindestens ein Wert.")
    .replace(/,? z\. B\. \[([^\]]*)\]/, (_match, example: string) => (kind === "codes" ? `, z. B. ${example}` : ""))
    .replace(/ Format: JJJJ-MM-TT, z\. B\. [\d-]+\./, "")
    .replace(/: true oder false\./, ".")
    .replace(/ ?\((true oder false|\w+: true)\)/, "")
    .replace(/: [a-z-]+(?:, [a-z-]+)* oder [a-z-]+\.$/, ".")
    .trim();
}

/** The hint of a field; none when the description only repeats the label ("Mindestzahl."). */
function hintOf(row: FieldRow, label: string, kind: FieldKind | "group"): string {
  const hint = formHint(row.description, kind);
  return hint.replace(/\.$/, "") === label ? "" : hint;
}

function spec(row: FieldRow, kind: FieldKind): FieldSpec {
  const vocabulary = row.allowed ? vocabularyOf(row.allowed) : undefined;
  const label = fieldLabel(row.field) ?? row.field;
  return {
    field: row.field,
    key: row.field.split(".").at(-1) ?? row.field,
    label,
    hint: hintOf(row, label, kind),
    requirement: row.requirement,
    optional: row.requirement === "optional",
    kind,
    options: (row.allowed ?? []).map((value) => ({
      value,
      label: vocabulary?.[value]?.label ?? value,
      description: vocabulary?.[value]?.description ?? "",
    })),
    ...(row.schema.maxLength === undefined ? {} : { maxLength: row.schema.maxLength }),
  };
}

/** The form's items in the schema's order: fields, and groups with their sub-fields. */
function formItems(): FormItem[] {
  const rows = fieldRows(jsonSchemaOf(offerSchemaFile));
  return rows
    .filter((row) => !/[.[]/.test(row.field))
    .map((row): FormItem => {
      const kind = kindOf(row);
      if (kind !== "group") return spec(row, kind);
      const prefix = row.schema.type === "array" ? `${row.field}[].` : `${row.field}.`;
      const fields = rows
        .filter((child) => child.field.startsWith(prefix))
        .map((child) => {
          const childKind = kindOf(child);
          if (childKind === "group") throw new Error(`${child.field}: nested sections are not supported`);
          return spec(child, childKind);
        });
      const label = fieldLabel(row.field) ?? row.field;
      return {
        field: row.field,
        key: row.field,
        label,
        hint: hintOf(row, label, "group"),
        requirement: row.requirement,
        optional: row.requirement === "optional",
        kind: "group",
        repeat: row.schema.type === "array",
        ...(row.field in entryLabels ? { entryLabel: entryLabels[row.field as keyof typeof entryLabels] } : {}),
        fields,
      };
    });
}

/** Every field of an offer, as the form shows them and the import reads them. */
export const offerForm: readonly FormItem[] = formItems();

/** Every single field (the sub-fields of groups included), in form order. */
export const offerFields: readonly FieldSpec[] = offerForm.flatMap((item) =>
  item.kind === "group" ? item.fields : [item],
);

/**
 * Placeholders in the form's template of a list entry (written like the search's
 * card placeholders): the entry's index from 0 in names and ids, its number from 1 in texts.
 */
export const entryTokens = { index: "⟦index⟧", number: "⟦number⟧" } as const;
