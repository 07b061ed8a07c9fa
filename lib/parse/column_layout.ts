/**
 * A text whose labels and values stand in columns of spaces, as `pdftotext
 * -layout` writes a print: lines indented, a label padded with spaces to the
 * value column. Such a text reads only in part (a label wrapped in its
 * column loses its value, a value wrapped in its column is a line of its
 * own), so it is said once, with what to do instead.
 *
 * @module
 */
import { LINE_BREAK } from "./split_lines.ts";

/** An indented line: the page's margin, as `pdftotext -layout` keeps it (an export's lines start at their text). */
const INDENTED = /^[ \t]{2,}\S/;
/** A line of a label column and a value column: indented, two texts apart by three spaces or more. */
const IN_COLUMNS = /^[ \t]{2,}\S.*?\S {3,}\S/;

/** Lines in columns, at least; and the least share of the lines that are not blank that are indented. */
const LEAST_LINES = 10;
const LEAST_INDENTED = 0.5;

/**
 * The line (1-based) where a text in columns of spaces starts: a text mostly indented ({@linkcode LEAST_INDENTED}
 * of its lines that are not blank) with at least {@linkcode LEAST_LINES} lines of a label and a value apart by
 * spaces; null for any other text.
 *
 * @example Usage
 * ```ts
 * import { columnLayoutStart } from "./column_layout.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const row = (label: string) => `    ${label.padEnd(30)}123`;
 * assertEquals(columnLayoutStart(["Otsikko", ...Array.from({ length: 12 }, (_, k) => row(`Nimike ${k}`))].join("\n")), 2);
 * assertEquals(columnLayoutStart("Projektikoodi: S11547\nSuunniteltu:      199      100"), null);
 * ```
 *
 * @param startIndented how many of the text's lines start with two spaces or tabs, when the caller has counted them (see
 * `splitIndentedLines`): a text in columns has at least {@linkcode LEAST_LINES} such lines, and one with fewer is
 * not looked at again.
 */
export function columnLayoutStart(text: string, startIndented?: number): number | null {
  if ((startIndented !== undefined && startIndented < LEAST_LINES) || !text.includes("   ")) return null;
  const lines = text.split(LINE_BREAK);
  let first: number | null = null;
  let inColumns = 0;
  let indented = 0;
  let written = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === "") continue;
    written++;
    if (!INDENTED.test(line)) continue;
    indented++;
    if (!IN_COLUMNS.test(line)) continue;
    inColumns++;
    first ??= index + 1;
  }
  return inColumns >= LEAST_LINES && indented >= written * LEAST_INDENTED ? first : null;
}
