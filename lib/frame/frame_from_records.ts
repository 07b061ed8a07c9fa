/**
 * Building a nodejs-polars DataFrame from records with the dtypes a zod
 * object schema implies, so that a column keeps its type even when every
 * value in it is null or the frame has no rows.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { z } from "zod";
import { type FieldKind, fieldKind, fieldKinds } from "./zod_types.ts";

/** The polars dtype of a field. */
export function polarsDtype(schema: z.ZodType): pl.DataType {
  const { kind } = fieldKind(schema);
  switch (kind) {
    case "text":
      return pl.Utf8;
    case "integer":
      return pl.Int64;
    case "number":
      return pl.Float64;
    case "boolean":
      return pl.Bool;
    case "date":
      return pl.Date;
    case "text_list":
      return pl.List(pl.Utf8);
    case "record_list": {
      const element = (schema as unknown as { element: z.ZodObject }).element;
      return pl.List(
        pl.Struct(
          fieldKinds(element).map(([name]) => new pl.Field(name, polarsDtype(element.shape[name] as z.ZodType))),
        ),
      );
    }
  }
}

function series(
  name: string,
  values: unknown[],
  field: FieldKind,
  dtype: pl.DataType,
): pl.Series {
  switch (field.kind) {
    case "date":
      return pl.Series(name, values as (string | null)[], pl.Utf8).str.strptime(
        pl.Date,
        "%Y-%m-%d",
      );
    case "text_list": {
      const lists = values.map((value) => value ?? []);
      const built = lists.length === 0 ? pl.Series(name, [[]]).slice(0, 0) : pl.Series(name, lists);
      return built.cast(dtype);
    }
    case "record_list": {
      // nodejs-polars cannot build a list of structs from JS values; its JSON reader can.
      const rows = (values.length === 0 ? [[]] : values).map((value) => ({
        [name]: value ?? [],
      }));
      // Infer from every row: with the default 100, a first non-empty list past row 100 fails.
      const built = pl.readJSON(JSON.stringify(rows), { format: "json", inferSchemaLength: null })
        .getColumn(name);
      return (values.length === 0 ? built.slice(0, 0) : built).cast(dtype);
    }
    default:
      return pl.Series(name, values, dtype);
  }
}

/**
 * A DataFrame of the records with one column per schema field, in schema
 * order, typed from the schema.
 */
export function frameFromRecords<T extends object>(
  schema: z.ZodObject,
  records: readonly T[],
): pl.DataFrame {
  const columns = fieldKinds(schema).map(([name, field]) =>
    series(
      name,
      records.map((record) => (record as Record<string, unknown>)[name] ?? null),
      field,
      polarsDtype(schema.shape[name] as z.ZodType),
    )
  );
  return pl.DataFrame(columns);
}
