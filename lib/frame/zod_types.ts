/**
 * Reading a zod schema's shape: the kind of each field, for the DataFrame
 * dtypes and the data dictionary.
 *
 * @module
 */
import type { z } from "zod";

/** The kinds of value a column can hold. */
export type ValueKind =
  | "text"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "text_list"
  | "record_list";

/** A field's kind, whether it may be null, and its description. */
export interface FieldKind {
  kind: ValueKind;
  nullable: boolean;
  description: string;
}

// deno-lint-ignore no-explicit-any
type AnyDef = { type: string; format?: string; innerType?: any; element?: any };

/** Describes one field of a zod object schema. */
export function fieldKind(schema: z.ZodType): FieldKind {
  const description = schema.description ?? "";
  let def = (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
  let nullable = false;
  while (def.type === "nullable" || def.type === "optional") {
    nullable = true;
    def = def.innerType._zod.def;
  }
  return { kind: kindOf(def), nullable, description };
}

function kindOf(def: AnyDef): ValueKind {
  switch (def.type) {
    case "string":
      return def.format === "date" ? "date" : "text";
    case "enum":
      return "text";
    case "number":
      return def.format === "safeint" || def.format === "int32" ? "integer" : "number";
    case "boolean":
      return "boolean";
    case "array":
      return def.element._zod.def.type === "object" ? "record_list" : "text_list";
    default:
      throw new TypeError(
        `Cannot map the zod type "${def.type}" to a column kind`,
      );
  }
}

/** The fields of an object schema, in order, with their kinds. */
export function fieldKinds(schema: z.ZodObject): [string, FieldKind][] {
  return Object.entries(schema.shape).map((
    [name, field],
  ) => [name, fieldKind(field as z.ZodType)]);
}
