/**
 * Writing rows as CSV text for polars to read (see `csv_frames.ts`): plain
 * string work, no polars, so worker threads can do it without loading it.
 * Texts are always quoted (an unquoted empty cell is null, `""` the empty
 * text), numbers are written in their shortest round-trip form, lists as
 * quoted JSON.
 *
 * @module
 */
import type { z } from "zod";
import { type FieldKind, fieldKinds } from "./zod_types.ts";

/** A table's columns as CSV writes them: names and kinds, in schema order. */
export interface CsvTable {
  schema: z.ZodObject;
  fields: [string, FieldKind][];
  /** The header line, with its line break. */
  header: string;
}

/** The table of a zod object schema. */
export function csvTable(schema: z.ZodObject): CsvTable {
  const fields = fieldKinds(schema);
  return { schema, fields, header: fields.map(([name]) => quoted(name)).join(",") + "\n" };
}

const quoted = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

/** One cell: empty for null, a quoted text, a number, true/false, a list as quoted JSON. */
function cell(value: unknown, kind: FieldKind["kind"]): string {
  if (value === null || value === undefined) return kind === "text_list" || kind === "record_list" ? '"[]"' : "";
  switch (kind) {
    case "text":
    case "date":
      return quoted(String(value));
    case "text_list":
    case "record_list":
      return quoted(JSON.stringify(value));
    default:
      return String(value);
  }
}

/** The rows as CSV lines (no header), each ending in a line break. */
export function csvRows(table: CsvTable, rows: readonly object[]): string {
  let text = "";
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    let line = "";
    for (let i = 0; i < table.fields.length; i++) {
      const [name, field] = table.fields[i]!;
      if (i > 0) line += ",";
      line += cell(record[name], field.kind);
    }
    text += line + "\n";
  }
  return text;
}
