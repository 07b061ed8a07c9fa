/**
 * Cells that a spreadsheet would run as a formula (CSV injection): a text
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (OWASP's
 * list), also after spaces, or with the full-width `＝＋－＠`, is written
 * with a leading apostrophe, so Excel and LibreOffice show it as text. Text
 * cells only: numbers stay numbers, and -5 stays -5. Every CSV the tool
 * writes goes through {@linkcode safeTextColumns}; the Excel writer uses
 * {@linkcode safeCell}.
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnsOfType } from "./column_types.ts";

/** What makes a spreadsheet read a text cell as a formula. */
export const FORMULA_START = /^(\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;

/**
 * The text, made safe to put in a spreadsheet cell.
 *
 * @example Usage
 * ```ts
 * import { safeCell } from "./safe_cells.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(safeCell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
 * assertEquals(safeCell("- nuoret"), "'- nuoret");
 * assertEquals(safeCell("Nuoret"), "Nuoret");
 * ```
 */
export function safeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The frame with every text (String) column made safe by {@linkcode safeCell}; other columns as they are. */
export function safeTextColumns(frame: pl.DataFrame): pl.DataFrame {
  const texts = columnsOfType(frame, pl.String);
  if (texts.length === 0) return frame;
  const pattern = FORMULA_START.source.replace("\\uFF1D\\uFF0B\\uFF0D\\uFF20", "＝＋－＠");
  return frame.withColumns(
    ...texts.map((name) =>
      pl.when(pl.col(name).str.contains(pattern)).then(pl.concatString([pl.lit("'"), pl.col(name)], ""))
        .otherwise(pl.col(name)).alias(name)
    ),
  );
}
