/**
 * Saving charts and tables as files for an evaluation report: a chart as SVG
 * and print-resolution PNG, a table as CSV, as CSV for Finnish Excel and as
 * Parquet. Used by `deno task report` and, in a notebook, by hand.
 *
 * @module
 */
import pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { chartToSvg, svgToPng } from "./render_chart.ts";
import { toFlatFrame } from "../frame/serialise.ts";

/** Options of {@linkcode saveChart} and {@linkcode saveTable}. */
export interface ExportOptions {
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
  return await saveChartSvg(await chartToSvg(spec), name, options);
}

/** Saves an already rendered chart as `NAME.svg` and `NAME.png`, as {@linkcode saveChart} does. */
export async function saveChartSvg(svg: string, name: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  const dir = exportDir(options);
  const base = safeFileName(name);
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(`${dir}/${base}.svg`, svg);
  await Deno.writeFile(`${dir}/${base}.png`, svgToPng(svg, { scale: options.scale }));
  return [`${base}.svg`, `${base}.png`];
}

/**
 * The frame as CSV for Finnish Excel: UTF-8 with BOM, `;` between fields,
 * decimal comma, lists joined with `"; "`, dates ISO.
 * (nodejs-polars' CSV writer ignores `decimalComma`, so floats are formatted here.)
 */
export function toFinnishCsv(frame: pl.DataFrame): Uint8Array {
  const flat = toFlatFrame(frame);
  const floats = flat.columns.filter((name) => String(flat.getColumn(name).dtype).includes("Float"));
  const commas = flat.withColumns(
    ...floats.map((name) => pl.col(name).cast(pl.Utf8).str.replace(".", ",", true).alias(name)),
  );
  const csv = new TextEncoder().encode(commas.writeCSV({ separator: ";" }).toString());
  return Uint8Array.from([0xef, 0xbb, 0xbf, ...csv]);
}

/**
 * Reads a CSV written by {@linkcode toFinnishCsv} back into a frame with
 * numbers as numbers. (`readCSV` of nodejs-polars 0.25 ignores
 * `decimalComma`; `scanCSV` honours it.)
 */
export function readFinnishCsv(path: string): pl.DataFrame {
  return pl.scanCSV(path, { sep: ";", decimalComma: true } as Parameters<typeof pl.scanCSV>[1]).collectSync();
}

/**
 * Saves a table as `NAME.csv` (UTF-8, comma), `NAME.fi.csv` (for Finnish
 * Excel: BOM, `;`, decimal comma) and `NAME.parquet` (types and nested lists kept).
 */
export async function saveTable(frame: pl.DataFrame, name: string, options: ExportOptions = {}): Promise<WrittenFiles> {
  const dir = exportDir(options);
  const base = safeFileName(name);
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(`${dir}/${base}.csv`, toFlatFrame(frame).writeCSV().toString());
  await Deno.writeFile(`${dir}/${base}.fi.csv`, toFinnishCsv(frame));
  frame.writeParquet(`${dir}/${base}.parquet`);
  return [`${base}.csv`, `${base}.fi.csv`, `${base}.parquet`];
}
