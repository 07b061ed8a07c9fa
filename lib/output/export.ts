/**
 * Saving charts and tables as files for an evaluation report: a chart as SVG
 * and print-resolution PNG, a table as CSV, as CSV for Finnish Excel and as
 * Parquet. Used by `deno task report` and, in a notebook, by hand.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { toFlatFrame } from "../frame/serialise.ts";
import { safeCell } from "../frame/safe_cells.ts";
import { columnOfHeader } from "../i18n/columns.ts";
import { isLanguage, type Language } from "../i18n/mod.ts";
import { scrubFrame, type ScrubOptions } from "./scrub.ts";
import { scrubSpec } from "./scrub_spec.ts";
import { columnOfRow, finnishCsvValue, type RowKinds, tableColumns } from "./table_columns.ts";

/** Options of {@linkcode saveChart} and {@linkcode saveTable}. */
export interface ExportOptions extends ScrubOptions {
  /**
   * The folder to write into (created if missing).
   * @default {Deno.env.get("ESF_EXPORT_DIR") ?? "exports"}
   */
  dir?: string;
  /**
   * PNG pixels per SVG pixel, in place of the print resolution.
   * @default {300 dpi at the chart's print width (16 cm: 1 890 px)}
   */
  scale?: number;
  /**
   * The language of the `.fi.csv` headers and yes/no, and of the markers put
   * where contact details were removed.
   * @default {Deno.env.get("ESF_LANG") ?? "fi"}
   */
  lang?: Language;
  /**
   * The frame the `.fi.csv` is written from, where it differs from the
   * machine-readable one: a report localises statuses and messages in it.
   * @default {the frame}
   */
  display?: pl.DataFrame;
  /**
   * Of the display's columns that hold values of several units, each row's kind: the `.fi.csv` writes each
   * value in its row's unit (a share as a percentage).
   * @default {{}}
   */
  rowKinds?: RowKinds;
}

/**
 * A file name made safe from any text (project names come from documents):
 * letters, digits, `-` and `_` only, lower case, at most 80 characters;
 * Finnish letters are kept as their base letter (ä → a).
 *
 * @example Usage
 * ```ts
 * import { safeFileName } from "./export.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(safeFileName("../../etc/Pääkaupunki <script>"), "etc-paakaupunki-script");
 * ```
 */
export function safeFileName(text: string): string {
  const name = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80).replace(/-+$/, "");
  return name === "" ? "unnamed" : name;
}

function exportDir(options: ExportOptions): string {
  return options.dir ?? Deno.env.get("ESF_EXPORT_DIR") ?? "exports";
}

/** The files written by an export, relative to its folder. */
export type WrittenFiles = string[];

/**
 * Saves a chart as `NAME.svg` and `NAME.png` (300 dpi at its print width) in the folder.
 * The name is made safe with {@linkcode safeFileName}.
 */
export async function saveChart(spec: TopLevelSpec, name: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  // A chart built from the corpus' frames draws its names: scrubbed as a saved table's texts are.
  // Vega, Vega-Lite and resvg loaded with the first chart (a notebook's kernel that saves none does not load them).
  const { chartToSvg } = await import("./render_chart.ts");
  return await saveChartSvg(await chartToSvg(scrubSpec(spec, options)), name, options);
}

/** Saves an already rendered chart as `NAME.svg` and `NAME.png`, as {@linkcode saveChart} does. */
export async function saveChartSvg(svg: string, name: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  const { svgToPng } = await import("./render_chart.ts");
  return await saveChartFiles(svg, svgToPng(svg, { scale: options.scale }), name, options);
}

/**
 * Saves a chart already drawn, its SVG and its PNG (of {@linkcode svgToPng}), as `NAME.svg` and `NAME.png`:
 * for a caller that keeps the PNG (the report puts it in Word, instead of reading the file back).
 */
export async function saveChartFiles(
  svg: string,
  png: Uint8Array,
  name: string,
  options: ExportOptions = {},
): Promise<WrittenFiles> {
  const dir = exportDir(options);
  const base = safeFileName(name);
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(`${dir}/${base}.svg`, svg);
  await Deno.writeFile(`${dir}/${base}.png`, png);
  return [`${base}.svg`, `${base}.png`];
}

/** Where a text cell of the `.fi.csv` is made safe for spreadsheets: the formula-injection rule. */
const safeTextCell = safeCell;

/**
 * Whether a cell of the text column may start like a formula ({@linkcode safeCell}'s rule, its `\s` widened to
 * every space JavaScript knows, so that the test in Polars misses none).
 */
function mayLookLikeFormula(series: pl.Series): boolean {
  const pattern = String.raw`^([\s\x{FEFF}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]*` +
    String.raw`[=+\-@\x{FF1D}\x{FF0B}\x{FF0D}\x{FF20}]|[\t\r])`;
  return (series.str.contains(pattern).sum() ?? 0) > 0;
}

/**
 * The frame as CSV for Finnish Excel: UTF-8 with BOM, `;` between fields,
 * a header in the language (`Osallistujien toteutumisaste, %`, see
 * `lib/i18n/columns.ts`; a column the catalogue does not know keeps its
 * name), whole numbers as they are (`645300`, never `645300,0`), euros with
 * cents to two decimals, shares as percentages with one decimal (`59,8`),
 * cost per participant in whole euros, other ratios to two decimals, dates
 * `D.M.YYYY`, yes/no in the language, lists joined with `"; "`.
 * (nodejs-polars' CSV writer ignores `decimalComma`, so values are formatted here.)
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { toFinnishCsv } from "./export.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const frame = pl.DataFrame({ project_code: ["S11547"], participants_actual: [119], participant_realisation: [119 / 199] });
 * assertEquals(
 *   new TextDecoder().decode(toFinnishCsv(frame, { lang: "fi" })),
 *   "Hankekoodi;Osallistujat, toteutunut;Osallistujien toteutumisaste, %\nS11547;119;59,8\n",
 * );
 * ```
 */
export function toFinnishCsv(frame: pl.DataFrame, options: { lang?: Language } = {}): Uint8Array {
  const csv = finnishCsvFrame(frame, options.lang ?? "fi").writeCSV({ separator: ";" }); // UTF-8 bytes already
  // Copied behind the byte-order mark, never spread into an array of numbers (73 MB of CSV became 0.9 GB that way).
  const bytes = new Uint8Array(3 + csv.length);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(csv, 3);
  return bytes;
}

/** Writes the `.fi.csv` of {@linkcode toFinnishCsv} to `path` by Polars, never holding the CSV in memory. */
function writeFinnishCsv(
  path: string,
  frame: pl.DataFrame,
  lang: Language,
  flat?: pl.DataFrame,
  rowKinds: RowKinds = {},
): void {
  finnishCsvFrame(frame, lang, flat, rowKinds).writeCSV(path, { separator: ";", includeBom: true });
}

/**
 * The frame the `.fi.csv` is written from: headers in the language, values as Finnish Excel reads them;
 * `flat` is the frame's `toFlatFrame`, where the caller has it already.
 */
function finnishCsvFrame(
  frame: pl.DataFrame,
  lang: Language,
  flat = toFlatFrame(frame),
  rowKinds: RowKinds = {},
): pl.DataFrame {
  const taken = new Set<string>();
  // Kinds from the frame as given (a Date column is a date), values from the flat frame (dates as ISO text).
  const columns = tableColumns(frame, lang, rowKinds).map((column) => {
    let header = column.header;
    for (let n = 2; taken.has(header); n++) header = `${column.header} (${n})`;
    taken.add(header);
    const series = flat.getColumn(column.name);
    // A text column is written as the flat frame has it (made safe there) unless a cell still looks like a
    // formula to the rule here: 73 MB of long texts are not copied into JavaScript strings and back.
    if (column.kind === "text" && series.dtype.equals(pl.String) && !mayLookLikeFormula(series)) {
      return series.alias(header);
    }
    const values = series.toArray().map((value, row) => {
      const text = finnishCsvValue(value, columnOfRow(column, row), lang);
      return text !== null && column.kind === "text" ? safeTextCell(text) : text;
    });
    return pl.Series(header, values, pl.Utf8);
  });
  return pl.DataFrame(columns);
}

const WHOLE = /^-?\d+$/;
const DECIMAL = /^-?\d+(,\d+)?$/;
const DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const YES_NO = new Map([["Kyllä", true], ["Ei", false], ["Yes", true], ["No", false]]);

/** Whether a column read back stays text though its values look like numbers: codes such as `4`. */
const isCode = (name: string) => name === "code" || name.endsWith("_code");

/** A column of a `.fi.csv` read as text, as the values they are. */
function typedSeries(name: string, texts: (string | null)[], percent: boolean): pl.Series {
  const present = texts.filter((text): text is string => text !== null);
  const all = (pattern: RegExp) => present.length > 0 && present.every((text) => pattern.test(text));
  if (!isCode(name) && all(DECIMAL)) {
    const numbers = texts.map((text) => text === null ? null : Number(text.replace(",", ".")) / (percent ? 100 : 1));
    return !percent && all(WHOLE) ? pl.Series(name, numbers, pl.Int64) : pl.Series(name, numbers, pl.Float64);
  }
  if (all(DAY)) {
    const days = texts.map((text) => {
      const [, day, month, year] = text?.match(DAY) ?? [];
      return text === null ? null : new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    });
    return pl.Series(name, days, pl.Date);
  }
  if (present.length > 0 && present.every((text) => YES_NO.has(text))) {
    return pl.Series(name, texts.map((text) => text === null ? null : YES_NO.get(text)!), pl.Bool);
  }
  return pl.Series(name, texts, pl.Utf8);
}

/**
 * Reads a CSV written by {@linkcode toFinnishCsv} back into a frame: headers
 * in either language back to the column names of the data dictionary
 * (`Osallistujien toteutumisaste, %` → `participant_realisation`; a header
 * the catalogue does not know stays as it is), numbers as numbers
 * (percentages back to fractions: `59,8` → 0.598), `D.M.YYYY` as dates and
 * yes/no as booleans. Codes (`code`, `…_code`) stay text. The values are
 * those of the file: ratios as rounded there.
 */
export function readFinnishCsv(path: string): pl.DataFrame {
  const text = pl.scanCSV(path, { sep: ";", inferSchemaLength: 0 }).collectSync();
  return pl.DataFrame(text.columns.map((header) => {
    const known = columnOfHeader(header);
    const texts = text.getColumn(header).toArray() as (string | null)[];
    return typedSeries(known?.column ?? header, texts, known?.unit === "percent");
  }));
}

/**
 * Saves a table as `NAME.csv` (UTF-8, comma, column names and full precision
 * for programs), `NAME.fi.csv` (for Finnish Excel: BOM, `;`, decimal comma,
 * headers in the language, see {@linkcode toFinnishCsv}) and `NAME.parquet`
 * (types and nested lists kept). E-mail addresses and phone numbers in its
 * free text are replaced by a marker unless `keepContactText` (`scrub.ts`);
 * in both CSV files a text that starts like a formula gets a leading
 * apostrophe (`lib/frame/safe_cells.ts`).
 */
export async function saveTable(table: pl.DataFrame, name: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  const dir = exportDir(options);
  const base = safeFileName(name);
  const envLang = Deno.env.get("ESF_LANG");
  const lang = options.lang ?? (isLanguage(envLang) ? envLang : "fi");
  const frame = scrubFrame(table, { ...options, lang });
  const display = options.display ? scrubFrame(options.display, { ...options, lang }) : frame;
  await Deno.mkdir(dir, { recursive: true });
  const flat = toFlatFrame(frame);
  flat.writeCSV(`${dir}/${base}.csv`); // by Polars straight to the file: no copy in JavaScript
  // A table that is its own display (the long texts) is made flat once, not twice.
  writeFinnishCsv(`${dir}/${base}.fi.csv`, display, lang, display === frame ? flat : undefined, options.rowKinds);
  frame.writeParquet(`${dir}/${base}.parquet`);
  return [`${base}.csv`, `${base}.fi.csv`, `${base}.parquet`];
}
