/**
 * How each column of a frame goes into a worksheet: what it holds (inferred
 * from its dtype and name, or given), the Excel number format that shows it
 * in the reader's locale, and the value each of its cells receives (a number,
 * a date, a boolean, or text cleaned of what XML cannot hold and cut to
 * Excel's cell limit), with the width it shows at.
 *
 * @module
 */
import type ExcelJS from "exceljs";
import type pl from "nodejs-polars";
import { columnTypes } from "../frame/column_types.ts";
import { TABLE_PARTS } from "../i18n/columns.ts";

/** Languages of the number and date formats. */
export type WorkbookLanguage = "fi" | "en";

/** What a column holds, which decides its cell type and number format. */
export type ColumnKind = "integer" | "decimal" | "euros" | "percent" | "date" | "text" | "boolean";

/** How one column is written. Every field is optional: defaults come from {@linkcode inferColumnFormat}. */
export interface ColumnFormat {
  /**
   * The header text, in the report's language.
   * @default {the column name}
   */
  header?: string;
  /**
   * What the column holds.
   * @default {inferred from the dtype and the name, see inferColumnFormat}
   */
  kind?: ColumnKind;
  /**
   * Decimals shown (the value itself is never rounded).
   * @default {0 for integer and euros, 1 for percent, 2 for decimal}
   */
  decimals?: number;
  /**
   * Column width in Excel's character units.
   * @default {from the header and the longest value, at most 50}
   */
  width?: number;
  /**
   * Each row's kind, for a column that holds values of several units (a table of several metrics: a share in one
   * row, euros in the next): a row's cell takes its kind's number format and default decimals. A row without one
   * takes the column's.
   * @default {the column's kind in every row}
   */
  rowKinds?: readonly (ColumnKind | undefined)[];
}

/** Excel's limit on the characters of one cell; a longer text makes Excel "repair" the file. */
export const MAX_CELL_CHARS = 32767;
/** Separator of list items in a cell, as in the CSV export. */
const LIST_SEPARATOR = "; ";

/** The decimals a value of each kind is shown with, unless a column says otherwise. */
export const DEFAULT_DECIMALS: Record<ColumnKind, number> = {
  integer: 0,
  decimal: 2,
  euros: 0,
  percent: 1,
  date: 0,
  text: 0,
  boolean: 0,
};
const PERCENT_NAME = /(^|_)(realisation|utilisation|share)(_|$)/;
const EUROS_NAME = /^(funding|cost)_/;
/** Counts of people, jobs, enterprises, degrees and companies: whole numbers, also when summed as floats. */
const COUNT_NAME = /^(participants|jobs|enterprises|degrees|companies_participating)_/;

/**
 * The default format of a column from its dtype and name:
 * a Date (or Datetime) column is `date`, a Bool column `boolean`, a List or
 * String column `text`; a numeric column is `percent` (1 decimal) when its
 * name has a `realisation`, `utilisation` or `share` part (so also their
 * `_median`), `euros` when it starts with `funding_` or `cost_`, else
 * `integer` for an integer dtype or a count of people, jobs, enterprises,
 * degrees or companies (`participants_planned`, also when a summary's sum
 * made it a float), and `decimal` (2 decimals) for any other float.
 * Counts such as `participant_realisation_n` and `…_n_interim` are integers.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { inferColumnFormat } from "./xlsx_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(inferColumnFormat("participant_realisation_median", pl.Float64), { kind: "percent", decimals: 1 });
 * assertEquals(inferColumnFormat("funding_public_planned", pl.Float64), { kind: "euros", decimals: 0 });
 * assertEquals(inferColumnFormat("participant_realisation_n", pl.Int64), { kind: "integer", decimals: 0 });
 * assertEquals(inferColumnFormat("participants_planned", pl.Float64), { kind: "integer", decimals: 0 });
 * assertEquals(inferColumnFormat("specific_objective_code", pl.Utf8), { kind: "text", decimals: 0 });
 * ```
 */
export function inferColumnFormat(name: string, dtype: pl.DataType): { kind: ColumnKind; decimals: number } {
  const variant = String(dtype.variant);
  if (variant === "Date" || variant === "Datetime") return { kind: "date", decimals: 0 };
  if (variant === "Bool") return { kind: "boolean", decimals: 0 };
  const integer = /^U?Int\d+$/.test(variant);
  const numeric = integer || /^Float\d+$/.test(variant) || variant === "Decimal";
  if (!numeric) return { kind: "text", decimals: 0 };
  // A count of projects behind a figure (`_n`, `_n_interim`) is a count whatever the figure's unit.
  const kind: ColumnKind = integer && (name.endsWith("_n") || name.endsWith("_n_interim"))
    ? "integer"
    : PERCENT_NAME.test(name)
    ? "percent"
    : EUROS_NAME.test(name)
    ? "euros"
    : integer || COUNT_NAME.test(name)
    ? "integer"
    : "decimal";
  return { kind, decimals: DEFAULT_DECIMALS[kind] };
}

/**
 * The Excel number format code of a kind. Codes are stored in Excel's
 * locale-independent syntax: `#,##0` shows `1 234` in Finnish and `1,234` in
 * English Excel. Percentages get a space before `%` in Finnish (`59,8 %`), as
 * Finnish writing has it, and none in English (`59.8%`); euros come after the
 * figure in Finnish (`4 042 €`) and before it in English (`€4,042`), as the
 * report's page and Word report write them; dates show as `1.1.2011` in
 * Finnish and as `1 Jan 2011` in English, as the page writes them.
 *
 * @example Usage
 * ```ts
 * import { numberFormat } from "./xlsx_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(numberFormat("euros", 0, "fi"), '#,##0 "€"');
 * assertEquals(numberFormat("euros", 0, "en"), '"€"#,##0');
 * assertEquals(numberFormat("percent", 1, "fi"), "0.0 %");
 * assertEquals(numberFormat("percent", 1, "en"), "0.0%");
 * assertEquals(numberFormat("date", 0, "fi"), "d\\.m\\.yyyy");
 * assertEquals(numberFormat("date", 0, "en"), "d mmm yyyy");
 * ```
 */
export function numberFormat(kind: ColumnKind, decimals: number, lang: WorkbookLanguage): string {
  const places = Math.max(0, Math.min(10, Math.trunc(decimals)));
  const fraction = places > 0 ? "." + "0".repeat(places) : "";
  switch (kind) {
    case "integer":
    case "decimal":
      return `#,##0${fraction}`;
    case "euros":
      return lang === "fi" ? `#,##0${fraction} "€"` : `"€"#,##0${fraction}`;
    case "percent":
      return `0${fraction}${lang === "fi" ? " %" : "%"}`;
    case "date":
      return lang === "fi" ? "d\\.m\\.yyyy" : "d mmm yyyy";
    case "text":
      return "@";
    case "boolean":
      return "General";
  }
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Text without the control characters XML 1.0 cannot hold; tab and LF are
 * kept, CR and CRLF become LF (an XML reader turns a raw CR into LF anyway).
 */
export function cleanText(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** A text cell's value: cleaned and within Excel's cell limit. */
function cellText(text: string): string {
  const clean = cleanText(text);
  return clean.length <= MAX_CELL_CHARS ? clean : truncate(clean, MAX_CELL_CHARS - 1) + "…";
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Any frame value as display text: lists joined with `"; "`, co-implementers as `Name (Y-tunnus)`. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return isoDay(value);
  if (Array.isArray(value)) return value.map(asText).filter((item) => item !== "").join(LIST_SEPARATOR);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if ("name" in record && "business_id" in record) {
      const name = asText(record.name);
      const id = asText(record.business_id);
      return id === "" ? name : `${name} (${id})`;
    }
    return Object.entries(record).filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => `${key}: ${asText(item)}`).join(", ");
  }
  return String(value);
}

/**
 * A value as Excel receives it for a kind: a number, Date, string, or null for an empty cell. Yes and no are words
 * of the workbook's language (`Kyllä`/`Ei`, `Yes`/`No`, as the `.fi.csv` writes them): a boolean cell shows in the
 * language of the reader's Excel (TOSI/EPÄTOSI, TRUE/FALSE), not the report's.
 */
export function cellValue(value: unknown, kind: ColumnKind, lang: WorkbookLanguage): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case "integer":
    case "decimal":
    case "euros":
    case "percent": {
      const number = typeof value === "bigint" ? Number(value) : value;
      if (typeof number === "number") return Number.isFinite(number) ? number : null;
      break;
    }
    case "date":
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const date = new Date(`${value}T00:00:00Z`);
        if (!Number.isNaN(date.getTime())) return date;
      }
      break;
    case "boolean":
      if (typeof value === "boolean") return value ? TABLE_PARTS[lang].yes : TABLE_PARTS[lang].no;
      break;
    case "text":
      break;
  }
  const text = cellText(asText(value));
  return text === "" ? null : text;
}

const FORMATTERS = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and decimals: making one per cell took a second per 70,000 cells. */
function numberFormatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}\u0000${decimals}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/** The characters a value shows with, roughly, for the column width. */
export function displayLength(
  value: ExcelJS.CellValue,
  kind: ColumnKind,
  decimals: number,
  lang: WorkbookLanguage,
): number {
  if (value === null || value === undefined) return 0;
  const locale = lang === "fi" ? "fi-FI" : "en-GB";
  if (typeof value === "number") {
    const shown = kind === "percent" ? value * 100 : value;
    const text = numberFormatter(locale, decimals).format(shown);
    return text.length + (kind === "percent" ? 2 : kind === "euros" ? 2 : 0);
  }
  if (value instanceof Date) return 10;
  const text = String(value);
  const newline = text.indexOf("\n");
  return newline < 0 ? text.length : newline;
}

/** A column as it is written: its frame column, header text, kind, decimals, number format and any width given. */
export interface ResolvedColumn {
  name: string;
  header: string;
  kind: ColumnKind;
  decimals: number;
  numFmt: string;
  width: number | undefined;
  /** Each row's kind, decimals and number format, where the column holds several units (see `ColumnFormat`). */
  rows?: readonly { kind: ColumnKind; decimals: number; numFmt: string }[];
}

/** How each column of a sheet's frame is written, in the frame's order: the formats given, the rest inferred. */
export function resolveColumns(
  sheet: { frame: pl.DataFrame; columns?: Record<string, ColumnFormat> },
  lang: WorkbookLanguage,
): ResolvedColumn[] {
  return [...columnTypes(sheet.frame)].map(([name, dtype]) => {
    const given = sheet.columns?.[name] ?? {};
    const inferred = inferColumnFormat(name, dtype);
    const kind = given.kind ?? inferred.kind;
    const decimals = given.decimals ?? DEFAULT_DECIMALS[kind];
    const numFmt = numberFormat(kind, decimals, lang);
    // One object per kind, shared by the rows of that kind (the column's own for a row without one).
    const byKind = new Map<ColumnKind | undefined, { kind: ColumnKind; decimals: number; numFmt: string }>([
      [undefined, { kind, decimals, numFmt }],
    ]);
    const ofKind = (rowKind: ColumnKind | undefined) => {
      let format = byKind.get(rowKind);
      if (!format) {
        const places = DEFAULT_DECIMALS[rowKind!];
        byKind.set(
          rowKind,
          format = { kind: rowKind!, decimals: places, numFmt: numberFormat(rowKind!, places, lang) },
        );
      }
      return format;
    };
    const rows = given.rowKinds?.map(ofKind);
    return { name, header: cellText(given.header ?? name), kind, decimals, numFmt, width: given.width, rows };
  });
}
