/** Looks up parts of a schema by field path, for messages that quote the schema's own documentation. */
import { z } from "zod";

interface SchemaNode {
  def?: { type?: string; innerType?: unknown; element?: unknown; shape?: Record<string, unknown>; in?: unknown };
}

function unwrap(schema: unknown): SchemaNode | undefined {
  let current = schema as SchemaNode | undefined;
  for (;;) {
    const def = current?.def;
    if (def?.type === "optional" || def?.type === "nullable" || def?.type === "default")
      current = def.innerType as SchemaNode;
    else if (def?.type === "pipe") current = def.in as SchemaNode;
    else return current;
  }
}

/**
 * The schema of the field at `path` (array indices step into the element schema).
 * @example schemaAt(offerSchema, ["dates", 0, "start"]) // the start date's schema
 */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let current: unknown = schema;
  for (const key of path) {
    const node = unwrap(current);
    if (node?.def?.type === "array") current = node.def.element;
    else if (node?.def?.type === "object" && typeof key === "string") current = node.def.shape?.[key];
    else return undefined;
  }
  return current;
}

/** The keys an object schema allows, in declaration order. */
export function keysOf(schema: unknown): string[] {
  const node = unwrap(schema);
  return node?.def?.type === "object" && node.def.shape ? Object.keys(node.def.shape) : [];
}

/** The German description registered with `.meta()`, looking through optional wrappers. */
export function descriptionOf(schema: unknown): string | undefined {
  let current = schema as SchemaNode | undefined;
  while (current) {
    const description = z.globalRegistry.get(current as z.ZodType)?.description;
    if (description !== undefined) return description;
    const def = current.def;
    current = (def?.type === "optional" || def?.type === "nullable" ? def.innerType : undefined) as
      SchemaNode | undefined;
  }
  return undefined;
}
