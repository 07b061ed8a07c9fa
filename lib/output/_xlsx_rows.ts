/**
 * A sheet's rows written as SpreadsheetML straight into exceljs' streaming
 * worksheets, the same XML exceljs writes for them, into one or more
 * worksheets at once: each value turned into its text once, each worksheet
 * given its own workbook's style and shared-string numbers. exceljs makes a
 * row object, a cell object per value and a model of each before it writes
 * a row, per workbook; a report writes each table twice (its own workbook
 * and its sheet in `report.xlsx`): 1,000 documents' tables took 670 ms
 * that way, 470–490 ms written so.
 *
 * exceljs keeps writing everything else (the header row, columns, filters,
 * styles, shared strings, the package); `_xlsx_rows_test.ts` compares the
 * packages byte for byte with exceljs' own rows.
 *
 * @module
 */
import ExcelJS from "exceljs";

/** The parts of exceljs' (undeclared) streaming worksheet writer that rows are written through. */
interface StreamingSheet {
  startedData: boolean;
  readonly stream: { write(xml: string): unknown };
  readonly _workbook: {
    styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
    sharedStrings: { add(value: string): number };
  };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

/** The style of each column's cells: one for them all, or (a column of several units) each row's. */
export type CellStyles = (Partial<ExcelJS.Style> | readonly Partial<ExcelJS.Style>[])[];

/** The style of a column's cell in a row (see {@linkcode CellStyles}). */
export function styleOf(
  style: Partial<ExcelJS.Style> | readonly Partial<ExcelJS.Style>[],
  row: number,
): Partial<ExcelJS.Style> {
  return Array.isArray(style) ? style[row]! : style as Partial<ExcelJS.Style>;
}

/** Rows written to the stream at a time. */
const ROWS_PER_WRITE = 100;

/** Excel's column letters of a 1-based column number: 1 → A, 27 → AA. */
function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
  return letters;
}

/** A value's type as exceljs gives it (a text that starts with `=` is a text: a formula is an object). */
function valueType(value: ExcelJS.CellValue): ExcelJS.ValueType {
  if (typeof value === "number") return ExcelJS.ValueType.Number;
  if (typeof value === "boolean") return ExcelJS.ValueType.Boolean;
  if (value instanceof Date) return ExcelJS.ValueType.Date;
  if (typeof value === "string") return ExcelJS.ValueType.String;
  throw new TypeError(`a cell of ${typeof value} is not written by this writer`);
}

/** A number, date or boolean as exceljs writes it in `<v>` (a date: its serial day number, 1900 system). */
function valueText(value: number | boolean | Date): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (value instanceof Date) return String(25569 + value.getTime() / (24 * 3600 * 1000));
  return String(value);
}

/** Writes each sheet's rows gathered in `xml` to its stream, and empties them. */
function flush(sheets: readonly StreamingSheet[], xml: string[][]): void {
  for (let s = 0; s < sheets.length; s++) {
    if (xml[s]!.length > 0) sheets[s]!.stream.write(xml[s]!.join(""));
    xml[s] = [];
  }
}

/**
 * Writes rows `firstRow`, `firstRow + 1`, … of the columns `cells` (each a
 * column's values, null an empty cell; numbers, dates, booleans and texts)
 * into every worksheet, the cells of column `k` with the style `styles[k]`.
 * The worksheets are exceljs' streaming ones whose earlier rows are
 * committed; a row of empty cells is not written, as exceljs leaves it out.
 */
export function writeSheetRows(
  worksheets: readonly ExcelJS.Worksheet[],
  cells: readonly (readonly ExcelJS.CellValue[])[],
  styles: CellStyles,
  height: number,
  firstRow: number,
): void {
  const sheets = worksheets as unknown as StreamingSheet[];
  for (const sheet of sheets) {
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
  }
  const letters = cells.map((_, k) => columnLetters(k + 1));
  // Each style's attribute in each workbook, asked of exceljs when the style is first written, as it numbers a
  // style object it has seen by identity (asked again, it gives the same number): not a call a cell.
  const styleAttributes = sheets.map(() => new Map<Partial<ExcelJS.Style>, string>());
  const workbooks = sheets.map((sheet) => sheet._workbook);
  // Plain loops, no callback a cell: a closure made for each cell kept V8 optimising this function anew.
  const xml = sheets.map(() => [] as string[]);
  const parts = sheets.map(() => "");
  for (let row = 0; row < height; row++) {
    const number = firstRow + row;
    let min = 0;
    let max = 0;
    parts.fill("");
    for (let k = 0; k < cells.length; k++) {
      const value = cells[k]![row];
      if (value === null || value === undefined) continue;
      if (min === 0) min = k + 1;
      max = k + 1;
      const type = valueType(value);
      const address = `${letters[k]}${number}`;
      const text = type === ExcelJS.ValueType.String ? null : valueText(value as number | boolean | Date);
      const cellStyle = styleOf(styles[k]!, row);
      for (let s = 0; s < sheets.length; s++) {
        const workbook = workbooks[s]!;
        let style = styleAttributes[s]!.get(cellStyle);
        if (style === undefined) {
          const styleId = workbook.styles.addStyleModel(cellStyle, type);
          styleAttributes[s]!.set(cellStyle, style = styleId ? ` s="${styleId}"` : "");
        }
        parts[s] += text === null
          ? `<c r="${address}"${style} t="s"><v>${workbook.sharedStrings.add(value as string)}</v></c>`
          : type === ExcelJS.ValueType.Boolean
          ? `<c r="${address}"${style} t="b"><v>${text}</v></c>`
          : `<c r="${address}"${style}><v>${text}</v></c>`;
      }
    }
    if (min === 0) continue;
    for (let s = 0; s < sheets.length; s++) {
      xml[s]!.push(`<row r="${number}" spans="${min}:${max}" x14ac:dyDescent="0.25">${parts[s]}</row>`);
    }
    if (xml[0]!.length >= ROWS_PER_WRITE) flush(sheets, xml);
  }
  flush(sheets, xml);
}
