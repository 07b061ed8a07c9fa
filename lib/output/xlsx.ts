/**
 * Writing DataFrames as one Excel workbook (`.xlsx`), one sheet per table,
 * with typed cells that Finnish and English Excel and LibreOffice show right:
 *
 * - numbers as numbers, with formats that take the reader's separators
 *   (`#,##0 "€"` shows `1 234 567 €` in Finnish Excel, `1,234,567 €` in English);
 * - fractions as percentages (`0.598` shows `59,8 %` / `59.8%`);
 * - dates as real Excel dates (`1.1.2011` in Finnish, `2011-01-01` in English);
 * - every text column as text cells with the `@` (Text) format, so codes such
 *   as `6.1`, `4`, `S11547`, business IDs `2296962-1` and postal codes stay
 *   exactly as parsed and never turn into dates or numbers, not even when a
 *   user edits the cell;
 * - a text that starts with `=`, `+`, `-` or `@` is a string cell, never a
 *   formula: the workbook holds no formula at all.
 *
 * Number formats are stored locale-independently in the file (`,` groups and
 * `.` is the decimal point in the stored code); the program that opens the
 * workbook shows them with its own locale's separators.
 *
 * @module
 */
import ExcelJS from "exceljs";
import type pl from "nodejs-polars";
import {
  cellValue,
  cleanText,
  type ColumnFormat,
  type ColumnKind,
  displayLength,
  resolveColumns,
  truncate,
  type WorkbookLanguage,
} from "./xlsx_columns.ts";
import { type CellStyles, styleOf, writeSheetRows } from "./_xlsx_rows.ts";
import { withSharedStrings } from "./_xlsx_strings.ts";

export {
  type ColumnFormat,
  type ColumnKind,
  inferColumnFormat,
  MAX_CELL_CHARS,
  numberFormat,
  type WorkbookLanguage,
} from "./xlsx_columns.ts";

/** One sheet of a workbook: a frame and how to write its columns. */
export interface WorkbookSheet {
  /** The sheet's name; made valid and unique by {@linkcode sheetNames}. */
  name: string;
  /** The table. Columns are written in the frame's order. */
  frame: pl.DataFrame;
  /**
   * Formats by column name. Entries for columns the frame does not have are
   * ignored, so one map of headers can serve every sheet.
   * @default {{}}
   */
  columns?: Record<string, ColumnFormat>;
}

/** Options of {@linkcode workbookBytes} and {@linkcode writeWorkbook}. */
export interface WorkbookOptions {
  /** The language of the number and date formats (headers come from the caller). */
  lang: WorkbookLanguage;
  /**
   * The author recorded in the workbook's properties.
   * @default {"esf-toolkit"}
   */
  creator?: string;
}

/** The widest a column is made from its content. */
const MAX_WIDTH = 50;
const MIN_WIDTH = 6;

/**
 * Valid, unique sheet names: at most 31 characters, none of `[]:*?/\`, not
 * starting or ending with `'`, not empty and not Excel's reserved `History`;
 * a name taken already (ignoring case, as Excel does) gets ` (2)`, ` (3)` …
 *
 * @example Usage
 * ```ts
 * import { sheetNames } from "./xlsx.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(sheetNames(["Yhteenveto: 2014/2020", "yhteenveto: 2014/2020", ""]), [
 *   "Yhteenveto_ 2014_2020",
 *   "yhteenveto_ 2014_2020 (2)",
 *   "Sheet",
 * ]);
 * ```
 */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let base = cleanText(name).replace(/[[\]:*?/\\]/g, "_").replace(/\s+/g, " ").trim()
      .replace(/^'+|'+$/g, "").trim();
    if (base === "") base = "Sheet";
    if (base.toLowerCase() === "history") base = "History_";
    base = truncate(base, 31);
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      unique = truncate(base, 31 - suffix.length).trimEnd() + suffix;
    }
    taken.add(unique.toLowerCase());
    return unique;
  });
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

/** The frozen header row every sheet has. */
const SHEET_VIEWS: Partial<ExcelJS.WorksheetView>[] = [
  { state: "frozen", xSplit: 0, ySplit: 1, topLeftCell: "A2", activeCell: "A2" },
];

/** A sheet's columns, their widths and cells as written: worked out once however many workbooks hold the sheet. */
interface SheetCells {
  columns: ReturnType<typeof resolveColumns>;
  widths: number[];
  cells: ExcelJS.CellValue[][];
  height: number;
}

/**
 * The cells first, a column at a time: the widths come from them, and go before any row is written.
 * Headers do not wrap (neither Excel nor LibreOffice grows a row for wrapped text on opening a file),
 * so a column is as wide as its bold header plus the autofilter button, up to the cap.
 */
function sheetCells(sheet: WorkbookSheet, lang: WorkbookLanguage): SheetCells {
  const columns = resolveColumns(sheet, lang);
  const widths = columns.map((column) => Math.max(MIN_WIDTH, Math.ceil(column.header.length * 1.1) + 3));
  const cells = columns.map((column, k) => {
    // A number shows longer the larger it is on its side of zero (its decimals fixed by its format): of each
    // format's numbers only the largest and the most negative are measured, not every one (Intl, cell by cell).
    const extremes = new Map<{ kind: ColumnKind; decimals: number }, { high: number | null; low: number | null }>();
    const values = (sheet.frame.getColumn(column.name).toArray() as unknown[]).map((raw, row) => {
      const format = column.rows?.[row] ?? column;
      const value = cellValue(raw, format.kind, lang);
      if (typeof value === "number") {
        let seen = extremes.get(format);
        if (!seen) extremes.set(format, seen = { high: null, low: null });
        if (value < 0 || Object.is(value, -0)) {
          if (seen.low === null || value < seen.low) seen.low = value;
        } else if (seen.high === null || value > seen.high) seen.high = value;
      } else if (value !== null) {
        widths[k] = Math.max(widths[k]!, displayLength(value, format.kind, format.decimals, lang) + 2);
      }
      return value;
    });
    for (const [{ kind, decimals }, { high, low }] of extremes) {
      for (const value of [high, low]) {
        if (value !== null) widths[k] = Math.max(widths[k]!, displayLength(value, kind, decimals, lang) + 2);
      }
    }
    return values;
  });
  return { columns, widths, cells, height: sheet.frame.height };
}

/**
 * Sets up a sheet of either writer (the whole workbook in memory, or the streaming one): column formats and
 * widths, the autofilter and the header row (committed). Returns the style of each column's cells: one
 * object per column, shared by its cells (exceljs numbers a style object it has seen by identity, but makes
 * every cell a copy of its column's, which it then numbered by writing it as XML, cell by cell); for a column
 * of several units, each row's, one object per number format.
 */
function setUpSheet(worksheet: ExcelJS.Worksheet, { columns, widths, height }: SheetCells): CellStyles {
  if (columns.length === 0) return [];
  // Column styles first: every cell created afterwards takes its column's number format,
  // and so does a value a user types into an empty cell later.
  worksheet.columns = columns.map((column, k) => ({
    style: { numFmt: column.numFmt },
    width: column.width ?? Math.min(MAX_WIDTH, widths[k]!),
  }));
  worksheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: height + 1, column: columns.length },
  };

  const header = worksheet.getRow(1);
  columns.forEach((column, k) => {
    const cell = header.getCell(k + 1);
    cell.value = column.header === "" ? null : column.header;
    cell.style = {
      numFmt: "@",
      // The font named in full: a font with only <b/> makes LibreOffice fall back to a serif face.
      font: { name: "Calibri", family: 2, size: 11, bold: true },
      fill: HEADER_FILL,
      // over figures the header sits right, where the figures are
      alignment: { horizontal: column.kind === "text" || column.kind === "boolean" ? "left" : "right" },
      border: { bottom: { style: "thin", color: { argb: "FF808080" } } },
    };
  });
  header.commit();
  return columns.map((column) => {
    const own = { numFmt: column.numFmt };
    if (!column.rows) return own;
    const byFormat = new Map([[column.numFmt, own]]);
    return column.rows.map(({ numFmt }) => byFormat.get(numFmt) ?? byFormat.set(numFmt, { numFmt }).get(numFmt)!);
  });
}

/** Fills a sheet of the workbook in memory: {@linkcode setUpSheet}, then the rows by exceljs' cells. */
function fillSheet(worksheet: ExcelJS.Worksheet, sheet: SheetCells): void {
  const styles = setUpSheet(worksheet, sheet);
  const { cells, height } = sheet;
  if (styles.length === 0) return;
  for (let row = 0; row < height; row++) {
    const excelRow = worksheet.getRow(row + 2);
    cells.forEach((column, k) => {
      const value = column[row];
      if (value === null || value === undefined) return;
      const cell = excelRow.getCell(k + 1);
      cell.value = value;
      cell.style = styleOf(styles[k]!, row);
    });
    excelRow.commit();
  }
}

/**
 * The workbook as `.xlsx` bytes: one sheet per table, in the order given,
 * each with a bold header row that stays in view (frozen) and an autofilter
 * over the whole table. Null values are empty cells.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { workbookBytes } from "./xlsx.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const frame = pl.DataFrame({ project_code: ["S11547"], participant_realisation: [119 / 199] });
 * const bytes = await workbookBytes([{ name: "Hankkeet", frame, columns: { project_code: { header: "Hankekoodi" } } }], {
 *   lang: "fi",
 * });
 * assertEquals([bytes[0], bytes[1]], [0x50, 0x4b]); // a zip file, as every .xlsx
 * ```
 */
export async function workbookBytes(sheets: WorkbookSheet[], options: WorkbookOptions): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator ?? "esf-toolkit";
  workbook.lastModifiedBy = workbook.creator; // not the library's own name ("ExcelJS"), nor a person's
  workbook.created = new Date();
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, k) =>
    fillSheet(workbook.addWorksheet(names[k]!, { views: SHEET_VIEWS }), sheetCells(sheet, options.lang))
  );
  if (sheets.length === 0) workbook.addWorksheet("Sheet"); // a workbook needs one sheet to open
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/**
 * Writes the workbook of {@linkcode workbookBytes} to `path` (conventionally ending in `.xlsx`), a row at a
 * time: the whole workbook is never held in memory (10,000 projects took 0.7 GB that way).
 */
export async function writeWorkbook(path: string, sheets: WorkbookSheet[], options: WorkbookOptions): Promise<void> {
  await writeWorkbooks(path, [], sheets, options);
}

/**
 * Writes every sheet into the workbook at `path`, as {@linkcode writeWorkbook} does, and each sheet `k`
 * also into a workbook of its own at `each[k]` (when given), both from one reading of the sheet's cells.
 */
export async function writeWorkbooks(
  path: string,
  each: string[],
  sheets: WorkbookSheet[],
  options: WorkbookOptions,
): Promise<void> {
  const workbook = workbookWriter(path, options);
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  for (const [k, sheet] of sheets.entries()) {
    const cells = sheetCells(sheet, options.lang);
    const own = each[k] === undefined ? null : workbookWriter(each[k], options);
    // The rows written once for both workbooks.
    addSheet(
      [...own ? [{ workbook: own, name: sheetNames([sheet.name])[0]! }] : [], { workbook, name: names[k]! }],
      cells,
    );
    await own?.commit();
  }
  if (sheets.length === 0) workbook.addWorksheet("Sheet").commit(); // a workbook needs one sheet to open
  await workbook.commit();
}

function workbookWriter(path: string, options: WorkbookOptions): ExcelJS.stream.xlsx.WorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.creator = options.creator ?? "esf-toolkit";
  workbook.lastModifiedBy = workbook.creator; // not the library's own name ("ExcelJS"), nor a person's
  workbook.created = new Date();
  withSharedStrings(workbook);
  return workbook;
}

/** Adds the sheet to each streaming workbook (under its name there), its rows written once for them all. */
function addSheet(to: { workbook: ExcelJS.stream.xlsx.WorkbookWriter; name: string }[], sheet: SheetCells): void {
  const worksheets = to.map(({ workbook, name }) => workbook.addWorksheet(name, { views: SHEET_VIEWS }));
  // One style object per column serves every workbook: each numbers it in its own styles.
  const styles = worksheets.map((worksheet) => setUpSheet(worksheet, sheet))[0] ?? [];
  if (styles.length > 0) writeSheetRows(worksheets, sheet.cells, styles, sheet.height, 2);
  for (const worksheet of worksheets) worksheet.commit();
}
