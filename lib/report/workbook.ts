/**
 * The report's tables as Excel workbooks: `tables/NAME.xlsx`, one per table,
 * and `report.xlsx` with every table as a sheet. Headers in the report's
 * language (the same as the `.fi.csv` headers), typed cells: counts and
 * euros as numbers, shares as percentages, dates as dates, codes such as
 * `6.1` and business IDs as text; a frozen header row, filters and widths
 * (`lib/output/xlsx.ts`). No cell is a formula: text is written as text.
 *
 * @module
 */
import { join } from "node:path";
import type { Language } from "../i18n/mod.ts";
import { TABLE_TITLES } from "../i18n/report.ts";
import { safeFileName } from "../output/export.ts";
import { tableColumns } from "../output/table_columns.ts";
import { type WorkbookSheet, writeWorkbooks } from "../output/xlsx.ts";
import type { ReportTable } from "./tables.ts";

/** The name of the workbook with every table. */
export const REPORT_WORKBOOK = "report.xlsx";

/** A table's title in the language: its sheet's name; a table not in the catalogue keeps its file name. */
export function tableTitle(name: string, lang: Language): string {
  const titles: Record<string, string> = TABLE_TITLES[lang];
  return Object.hasOwn(titles, name) ? titles[name]! : name;
}

/** A table as a sheet: its title, its frame for people, and each column's header and kind. */
export function tableSheet(table: ReportTable, lang: Language): WorkbookSheet {
  const columns = Object.fromEntries(
    tableColumns(table.display, lang, table.rowKinds).map((
      { name, header, kind, decimals, rowKinds },
    ) => [name, { header, kind, decimals, rowKinds }]),
  );
  return { name: tableTitle(table.name, lang), frame: table.display, columns };
}

/**
 * Writes `tables/NAME.xlsx` for each table and `report.xlsx` with them all
 * into the report folder; returns the files written, relative to it.
 */
export async function writeReportWorkbooks(dir: string, tables: ReportTable[], lang: Language): Promise<string[]> {
  const written: string[] = [];
  await Deno.mkdir(join(dir, "tables"), { recursive: true });
  for (const table of tables) written.push(`tables/${safeFileName(table.name)}.xlsx`);
  // Each table's cells read once, for its own workbook and its sheet in report.xlsx.
  const sheets = tables.map((table) => tableSheet(table, lang));
  await writeWorkbooks(join(dir, REPORT_WORKBOOK), written.map((file) => join(dir, file)), sheets, { lang });
  return [...written, REPORT_WORKBOOK];
}
