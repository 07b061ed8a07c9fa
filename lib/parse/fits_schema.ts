/**
 * A quick yes to "does this record fit its zod object schema?": plain
 * `typeof` tests where the schema's field is a plain type, zod itself for
 * the other fields. A yes is certain (each test accepts no value zod would
 * refuse); a no is only a maybe, and the caller asks zod for its message.
 * The parser checks every record it builds; they almost always fit, and
 * zod's full parse of ~80 fields was a few per cent of the parse.
 *
 * @module
 */
import type { z } from "zod";

type Check = (value: unknown) => boolean;

// deno-lint-ignore no-explicit-any
type Def = { type: string; format?: string; checks?: { _zod: { def: any } }[]; [key: string]: any };

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The check of one field: a `typeof` test for the plain types, else the field's own zod schema. */
function fieldCheck(schema: z.ZodType): Check {
  const def = defOf(schema);
  const checks = def.checks ?? [];
  const byZod: Check = (value) => schema.safeParse(value).success;
  if (def.type === "nullable" && checks.length === 0) {
    const inner = fieldCheck(def.innerType);
    return (value) => value === null || inner(value);
  }
  if (def.type === "string" && def.format === undefined && checks.length === 0) {
    return (value) => typeof value === "string";
  }
  if (def.type === "boolean" && checks.length === 0) return (value) => typeof value === "boolean";
  if (def.type === "enum" && checks.length === 0) {
    const values = new Set<unknown>(Object.values(def.entries));
    return (value) => values.has(value);
  }
  if (def.type === "number" && def.format === undefined && checks.length === 0) {
    return (value) => typeof value === "number" && Number.isFinite(value);
  }
  if (def.type === "number" && def.format === "safeint" && checks.length === 1) {
    const check = checks[0]!._zod.def;
    if (check.check === "greater_than" && check.value === 0 && check.inclusive === true) {
      return (value) => Number.isSafeInteger(value) && (value as number) >= 0;
    }
  }
  if (def.type === "array" && checks.length === 0) {
    const element = defOf(def.element);
    if (element.type === "string" && element.format === undefined && (element.checks ?? []).length === 0) {
      return (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
    }
  }
  return byZod;
}

/**
 * A test that says yes only of records that fit the object schema (every
 * field of its shape; other keys are not looked at, as zod strips them).
 *
 * @example Usage
 * ```ts
 * import { fitsSchema } from "./fits_schema.ts";
 * import { z } from "zod";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const fits = fitsSchema(z.object({ name: z.string().nullable(), count: z.int().nonnegative().nullable() }));
 * assertEquals([fits({ name: "a", count: 2 }), fits({ name: null, count: -1 }), fits({ name: 1, count: 2 })], [true, false, false]);
 * ```
 */
export function fitsSchema(schema: z.ZodObject): (record: object) => boolean {
  const defObject = defOf(schema);
  const fields = Object.entries(schema.shape).map(([key, field]) => [key, fieldCheck(field as z.ZodType)] as const);
  // A schema with checks of its own, or one that refuses or parses other keys, is left to zod whole.
  if ((defObject.checks ?? []).length > 0 || defObject.catchall !== undefined) {
    return (record) => schema.safeParse(record).success;
  }
  return (record) => {
    const values = record as Record<string, unknown>;
    for (const [key, check] of fields) {
      if (!check(values[key])) return false;
    }
    return true;
  };
}
