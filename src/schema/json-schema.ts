/**
 * The published JSON Schemas (`offer.schema.json`, `provider.schema.json`),
 * generated from the zod schemas so they can never say something else than the
 * validator. The German descriptions and `enumDescriptions` come from `.meta()`.
 */
import { z } from "zod";
import { offerSchema, providerSchema } from "./offer.js";

/** A JSON Schema document as zod produces it. */
export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** One schema file at the project root and the zod schema it is generated from. */
export interface JsonSchemaFile {
  /** File name at the project root, also used as `$id`. */
  readonly file: string;
  readonly schema: z.ZodType;
}

/** The offer schema file, `offer.schema.json`. */
export const offerSchemaFile: JsonSchemaFile = { file: "offer.schema.json", schema: offerSchema };

/** The provider profile schema file, `provider.schema.json`. */
export const providerSchemaFile: JsonSchemaFile = { file: "provider.schema.json", schema: providerSchema };

/** The schema files `npm run schema` writes. */
export const jsonSchemaFiles: readonly JsonSchemaFile[] = [offerSchemaFile, providerSchemaFile];

/**
 * The draft-07 JSON Schema of what a provider writes (the input side: before trimming).
 * @example jsonSchemaOf(offerSchemaFile).required // ["title", "summary", …]
 */
export function jsonSchemaOf(entry: JsonSchemaFile): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(entry.schema, { target: "draft-07", io: "input" });
  // `$id` is relative: the files live beside the offers, wherever the project is checked out.
  return { $schema, $id: entry.file, ...rest };
}

/** The file content for a schema: stable, two-space indented JSON with a final newline. */
export function renderJsonSchema(entry: JsonSchemaFile): string {
  return `${JSON.stringify(jsonSchemaOf(entry), null, 2)}\n`;
}
