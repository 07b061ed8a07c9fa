/**
 * Writing rows as CSV text for polars to read (see `csv_frames.ts`): plain
 * byte work, no polars, so worker threads can do it without loading it.
 * Texts are always quoted (an unquoted empty cell is null, `""` the empty
 * text), numbers are written in their shortest round-trip form, lists as
 * quoted JSON.
 *
 * @module
 */
import type { z } from "zod";
import { type FieldKind, fieldKinds } from "./zod_types.ts";
import type { Utf8Writer } from "./utf8_writer.ts";

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
function writeCell(out: Utf8Writer, value: unknown, kind: FieldKind["kind"]): void {
  if (value === null || value === undefined) {
    if (kind === "text_list" || kind === "record_list") out.text('"[]"');
    return;
  }
  switch (kind) {
    case "text":
    case "date":
      out.byte(QUOTE);
      out.text(String(value), true);
      out.byte(QUOTE);
      return;
    case "text_list":
    case "record_list":
      out.byte(QUOTE);
      out.text(JSON.stringify(value), true);
      out.byte(QUOTE);
      return;
    default:
      out.text(String(value));
  }
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LINE_FEED = 0x0a;

/**
 * Writes the rows as CSV lines (no header), each ending in a line break, as UTF-8 into `out`.
 *
 * @example Usage
 * ```ts
 * import { z } from "zod";
 * import { csvTable, writeCsvRows } from "./csv_rows.ts";
 * import { Utf8Writer } from "./utf8_writer.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const table = csvTable(z.object({ code: z.string(), women: z.number().int().nullable(), names: z.array(z.string()) }));
 * const out = new Utf8Writer();
 * writeCsvRows(table, [{ code: "S20001", women: null, names: ['Oy "A"'] }], out);
 * assertEquals(new TextDecoder().decode(out.take()), '"S20001",,"[""Oy \\""A\\""""]"\n');
 * ```
 */
export function writeCsvRows(table: CsvTable, rows: readonly object[], out: Utf8Writer): void {
  const fields = table.fields;
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (let i = 0; i < fields.length; i++) {
      const [name, field] = fields[i]!;
      if (i > 0) out.byte(COMMA);
      writeCell(out, record[name], field.kind);
    }
    out.byte(LINE_FEED);
  }
}
