/**
 * Reading a register CSV file into rows of text fields, each with the line it
 * starts on, without guessing: a row with fewer or more fields than the
 * header is returned as it is, for the caller to report. (nodejs-polars'
 * reader fills a short row with nulls and drops extra fields silently, and
 * stops at the first byte that is not UTF-8 without naming the file.)
 *
 * @module
 */

/** One row: its fields and the line it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  fields: string[];
}

/** The text of a register file and how it was decoded. */
export interface DecodedCsv {
  text: string;
  /** `utf-8`, `windows-1252`, or `mixed` (some lines were not UTF-8 and were read as Windows-1252). */
  encoding: "utf-8" | "windows-1252" | "mixed";
  /** Lines (1-based) read as Windows-1252 in a file otherwise UTF-8. */
  windowsLines: number[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const windows1252 = new TextDecoder("windows-1252");

/**
 * Decodes a register file line by line: UTF-8 (a BOM dropped) where a line is
 * valid UTF-8, else Windows-1252, as spreadsheets on Windows save a CSV. One
 * stray byte spoils only its own line.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
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
 * Finnish spreadsheet saves a CSV with semicolons; fields quoted with `"` and
 * `""` inside, CRLF or LF, newlines inside quotes kept). Blank lines are
 * passed over. An unterminated quote at the end is a row cut short.
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
 * ```
 */
export function csvRows(text: string, separator: "," | ";" = ","): CsvRow[] {
  const rows: CsvRow[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let pending: string | null = null;
  let start = 1;
  lines.forEach((line, i) => {
    if (pending === null) start = i + 1;
    const joined: string = pending === null ? line : `${pending}\n${line}`;
    // An odd number of quotes: a quoted field goes on to the next line.
    if (quotes(joined) % 2 === 1 && i < lines.length - 1) {
      pending = joined;
      return;
    }
    pending = null;
    if (joined.trim() !== "") {
      rows.push({
        line: start,
        fields: joined.includes('"') ? splitQuoted(joined, separator) : joined.split(separator),
      });
    }
  });
  return rows;
}

function quotes(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
}

/** The fields of a row that has quotes: a field that starts with `"` runs to its closing quote (`""` is one quote). */
function splitQuoted(row: string, separator: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < row.length; i++) {
    const char = row[i]!;
    if (quoted) {
      if (char === '"' && row[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && fieldStart) {
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
  fields.push(field);
  return fields;
}
