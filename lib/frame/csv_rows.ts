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
  /** The fields' names, and how each is written (see {@linkcode CELL_TEXT}): what {@linkcode writeCsvRows} reads. */
  names: string[];
  cells: Uint8Array;
  /** The header line, with its line break. */
  header: string;
}

/** The table of a zod object schema. */
export function csvTable(schema: z.ZodObject): CsvTable {
  const fields = fieldKinds(schema);
  return {
    schema,
    fields,
    names: fields.map(([name]) => name),
    cells: Uint8Array.from(fields, ([, { kind }]) => cellOf(kind)),
    header: fields.map(([name]) => quoted(name)).join(",") + "\n",
  };
}

/**
 * How a cell is written, a code a column, read from a list made once a table (not the kind's name compared cell by
 * cell), and a whole number written digit by digit, no string made (1,000 generated documents, every table, same
 * process, alternating, three runs of 30 rounds: 44.1–45.1 µs a document against 47.0–51.3, the least of each run;
 * medians 78–103 against 86–106; the same bytes). A quoted text: a text's or a date's cell.
 */
const CELL_TEXT = 0;
/** A list as quoted JSON (`"[]"` for none). */
const CELL_LIST = 1;
/** A number or a flag, as it is. */
const CELL_PLAIN = 2;

const cellOf = (kind: FieldKind["kind"]) =>
  kind === "text" || kind === "date"
    ? CELL_TEXT
    : kind === "text_list" || kind === "record_list"
    ? CELL_LIST
    : CELL_PLAIN;

const quoted = (text: string) => `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;

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
  const { names, cells } = table;
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) {
      if (i > 0) out.byte(COMMA);
      const value = record[names[i]!];
      const cell = cells[i]!;
      // Empty for null; a text quoted; a list as quoted JSON; a number (a whole one digit by digit) or a flag as it is.
      if (value === null || value === undefined) {
        if (cell === CELL_LIST) out.text('"[]"');
      } else if (cell === CELL_TEXT) {
        out.byte(QUOTE);
        out.text(typeof value === "string" ? value : String(value), true);
        out.byte(QUOTE);
      } else if (cell === CELL_LIST) {
        out.byte(QUOTE);
        out.text(JSON.stringify(value), true);
        out.byte(QUOTE);
      } else if (typeof value === "number" && Number.isSafeInteger(value)) out.integer(value);
      else out.text(String(value));
    }
    out.byte(LINE_FEED);
  }
}
