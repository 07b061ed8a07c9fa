/**
 * Reading a register CSV file into rows of text fields, each with the line it
 * starts on, without guessing: a row with fewer or more fields than the
 * header is returned as it is, for the caller to report. (nodejs-polars'
 * reader fills a short row with nulls and drops extra fields silently, and
 * stops at the first byte that is not UTF-8 without naming the file.)
 *
 * @module
 */
import { sniffUtf16, utf16ByteOrderMark } from "../parse/decode.ts";

/** One row: its fields and the line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** The text of a register file and how it was decoded. */
export interface DecodedCsv {
  text: string;
  /** `utf-8`, `windows-1252`, `mixed` (some lines were not UTF-8 and were read as Windows-1252), or `utf-16`. */
  encoding: "utf-8" | "windows-1252" | "mixed" | "utf-16";
  /** Lines (1-based) read as Windows-1252 in a file otherwise UTF-8. */
  windowsLines: number[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/**
 * Decodes a register file line by line: UTF-8 (a BOM dropped) where a line is
 * valid UTF-8, else Windows-1252, as spreadsheets on Windows save a CSV. One
 * stray byte spoils only its own line. A file with a UTF-16 byte-order mark, or zero bytes in every other place, is
 * UTF-16.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  // UTF-16 (a spreadsheet's "Unicode text"), with its byte-order mark or without (zero bytes in every other place):
  // the whole file is in it.
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = bytes.subarray(utf16ByteOrderMark(bytes) ? 2 : 0);
    return { text: new TextDecoder(utf16).decode(text), encoding: "utf-16", windowsLines: [] };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const lines: string[] = [];
  const windowsLines: number[] = [];
  let from = start;
  while (from <= bytes.length) {
    let to = bytes.indexOf(0x0a, from);
    if (to === -1) to = bytes.length;
    const line = bytes.subarray(from, to);
    try {
      lines.push(utf8.decode(line));
    } catch {
      lines.push(windows1252.decode(line));
      windowsLines.push(lines.length);
    }
    from = to + 1;
  }
  const encoding = windowsLines.length === 0
    ? "utf-8"
    : windowsLines.length === lines.filter((line) => /[\u0080-\uffff]/.test(line)).length
    ? "windows-1252"
    : "mixed";
  return { text: lines.join("\n"), encoding, windowsLines: encoding === "mixed" ? windowsLines : [] };
}

/**
 * Splits CSV text into rows (comma-separated, or by the `separator` given: a
 * Finnish spreadsheet saves a CSV with semicolons, its Unicode text with tabs; fields quoted with `"` and
 * `""` inside, CRLF or LF, newlines inside quotes kept). Blank lines and rows
 * of empty fields only are passed over. A quote inside a field (`5" näyttö`) is a character; one that
 * opens a field and is never closed, or whose field runs over lines into a row
 * of more fields than the header's (rows swallowed), is a character too, and
 * the row is its line alone: the rows after it are never swallowed.
 *
 * @example Usage
 * ```ts
 * import { csvRows } from "./csv_rows.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(csvRows('a,b\n"x, y",2\n\nz'), [
 *   { line: 1, fields: ["a", "b"] },
 *   { line: 2, fields: ["x, y", "2"] },
 *   { line: 4, fields: ["z"] },
 * ]);
 * assertEquals(csvRows('a,b\n"x\ny",2\n5" x,3').map((row) => row.fields), [["a", "b"], ["x\ny", "2"], ['5" x', "3"]]);
 * ```
 */
export function csvRows(text: string, separator: "," | ";" | "\t" = ","): CsvRow[] {
  const rows: CsvRow[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let expected: number | null = null;
  for (let i = 0; i < lines.length;) {
    let record = readRecord(lines, i, separator, false);
    if (record === null || (record.next - i > 1 && expected !== null && record.fields.length > expected)) {
      record = readRecord(lines, i, separator, true)!;
    }
    // A blank line, or a row of empty fields only (a spreadsheet's trailing `,,,,`), holds nothing: passed over.
    if (record.fields.some((field) => field.trim() !== "")) {
      rows.push({ line: i + 1, fields: record.fields });
      expected ??= record.fields.length;
    }
    i = record.next;
  }
  return rows;
}

/**
 * The fields of the row that starts at line `from`, and the line after it; null when a quoted field runs to the
 * end of the text. `lineOnly`: the row is that line, a quote that opens a field not closed on it a character.
 */
function readRecord(
  lines: readonly string[],
  from: number,
  separator: string,
  lineOnly: boolean,
): { fields: string[]; next: number } | null {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  for (let at = from; at < lines.length; at++) {
    const row = lines[at]!;
    for (let i = 0; i < row.length; i++) {
      const char = row[i]!;
      if (quoted) {
        if (char === '"' && row[i + 1] === '"') {
          field += '"';
          i++;
        } else if (char === '"') quoted = false;
        else field += char;
      } else if (char === '"' && fieldStart && (!lineOnly || closes(row, i + 1))) {
        quoted = true;
        fieldStart = false;
      } else if (char === separator) {
        fields.push(field);
        field = "";
        fieldStart = true;
      } else {
        field += char;
        fieldStart = false;
      }
    }
    if (!quoted) {
      fields.push(field);
      return { fields, next: at + 1 };
    }
    field += "\n";
  }
  return null;
}

/** Whether a quoted field opened before `from` is closed on the line (a `"` not doubled). */
function closes(row: string, from: number): boolean {
  for (let i = from; i < row.length; i++) {
    if (row[i] !== '"') continue;
    if (row[i + 1] !== '"') return true;
    i++;
  }
  return false;
}
