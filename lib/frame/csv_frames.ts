/**
 * Building frames fast: rows are written as CSV text (in any thread, by
 * plain string work) and polars reads the text in one call with the dtypes
 * the zod schema implies. Handing polars one buffer instead of one value at a
 * time is what makes this fast: nodejs-polars converts JS values one by one.
 *
 * The text keeps every value exactly: texts are always quoted (an unquoted
 * empty cell is null, `""` the empty text), numbers are written in their
 * shortest round-trip form, lists as JSON decoded by polars with their
 * dtype, dates as ISO text parsed as the record path does.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { z } from "zod";
import { polarsDtype } from "./frame_from_records.ts";
import type { FieldKind } from "./zod_types.ts";
import { type CsvTable, csvTable, writeCsvRows } from "./csv_rows.ts";
import { Utf8Writer } from "./utf8_writer.ts";

const READ_DTYPE: Partial<Record<FieldKind["kind"], () => pl.DataType>> = {
  text: () => pl.Utf8,
  date: () => pl.Utf8,
  text_list: () => pl.Utf8,
  record_list: () => pl.Utf8,
};

/**
 * The frame of CSV rows written by {@linkcode writeCsvRows} (without header),
 * given as UTF-8 chunks: one column per schema field, typed from the schema,
 * as {@linkcode frameFromRecords} types it. `threads`: how many threads
 * polars reads with (default: one a core); one, while worker threads parse,
 * takes less memory (10,000 documents: ~30 MB less at the peak).
 */
export function frameFromCsv(table: CsvTable, chunks: readonly Uint8Array[], threads?: number): pl.DataFrame {
  const bytes = Buffer.concat([new TextEncoder().encode(table.header), ...chunks]);
  const schema: Record<string, pl.DataType> = {};
  for (const [name, field] of table.fields) {
    schema[name] = READ_DTYPE[field.kind]?.() ?? polarsDtype(table.schema.shape[name] as z.ZodType);
  }
  const read = pl.readCSV(bytes, {
    hasHeader: true,
    schema,
    quoteChar: '"',
    sep: ",",
    rechunk: true,
    ...threads === undefined ? {} : { numThreads: threads },
  });
  freeBytes(bytes);
  // Converted in place: the text a column was read as is freed at once, not when a frame is collected.
  table.fields.forEach(([name, field], i) => {
    const dtype = polarsDtype(table.schema.shape[name] as z.ZodType);
    const expression = field.kind === "date"
      ? pl.col(name).str.strptime(pl.Date, "%Y-%m-%d")
      : field.kind === "text_list" || field.kind === "record_list"
      ? pl.col(name).str.jsonDecode(dtype)
      : null;
    if (expression) read.replaceAtIdx(i, read.select(expression).getColumn(name));
  });
  return read;
}

/**
 * Frees the memory of bytes no longer needed, now rather than when the
 * collector gets to them (it counts bytes outside the heap loosely: 10,000
 * documents piled up 30–80 MB of read table text). Only bytes that are the
 * whole of their buffer are freed (not a view into a shared pool); their
 * view is empty after.
 */
export function freeBytes(bytes: Uint8Array): void {
  const buffer = bytes.buffer;
  if (
    bytes.byteLength > 0 && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength && "transfer" in buffer
  ) {
    buffer.transfer(0);
  }
}

/** The frame of the records, through CSV (see {@linkcode frameFromCsv}). */
export function frameViaCsv(schema: z.ZodObject | CsvTable, records: readonly object[]): pl.DataFrame {
  const table = "fields" in schema ? schema : csvTable(schema);
  // A few hundred rows at a time, read a few megabytes at a time: the table's text is never whole.
  const frames: pl.DataFrame[] = [];
  const out = new Utf8Writer();
  for (let start = 0; start < records.length; start += CHUNK_ROWS) {
    writeCsvRows(table, records.slice(start, start + CHUNK_ROWS), out);
    if (out.length >= CHUNK_BYTES) frames.push(frameFromCsv(table, [out.take()]));
  }
  if (out.length > 0 || frames.length === 0) frames.push(frameFromCsv(table, [out.take()]));
  return frames.length === 1 ? frames[0]! : pl.concat(frames, { how: "vertical", rechunk: false });
}

/** Rows written at a time before the text's size is looked at. */
const CHUNK_ROWS = 500;
/** Text read by polars at a time. */
const CHUNK_BYTES = 16 * 1024 * 1024;
