/**
 * How the tables for people (the `.fi.csv` files and the workbooks) write
 * each column: its header in the report's language, with the unit for
 * shares and euros, and what it holds (from `inferColumnFormat`, the one rule
 * for both), and how the `.fi.csv` writes its values.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { columnTypes } from "../frame/column_types.ts";
import { columnHeader, TABLE_PARTS } from "../i18n/columns.ts";
import type { Language } from "../i18n/mod.ts";
import { DERIVED_METRICS } from "../schema.ts";
import { type ColumnKind, DEFAULT_DECIMALS, inferColumnFormat } from "./xlsx_columns.ts";

/** A column of a table for people. */
export interface TableColumn {
  /** The column's name in the frame (and in the data dictionary). */
  name: string;
  /** Its header in the language: `Osallistujien toteutumisaste, %`. */
  header: string;
  kind: ColumnKind;
  /** Decimals shown: 1 for a percentage, 0 for whole euros and counts, 2 for other decimals. */
  decimals: number;
  /**
   * Whether the `.fi.csv` rounds the values to `decimals`: ratios do
   * (percentages to one decimal, cost per participant to whole euros, other
   * ratios to two decimals); figures as printed (counts, euros with cents) do not.
   */
  rounded: boolean;
  /** Each row's kind, where the column holds values of several units (see {@linkcode RowKinds}). */
  rowKinds?: readonly (ColumnKind | undefined)[];
}

/**
 * The kind of each row's value, by column, for the columns of a table that hold values of several units (a table
 * of several metrics: a share in one row, euros in the next); a row without one is of its column's kind.
 */
export type RowKinds = Record<string, readonly (ColumnKind | undefined)[]>;

const RATIOS = new Set<string>(DERIVED_METRICS.flatMap(({ column }) => [column, `${column}_median`]));
/** Costs per result (the analyses' `cost_per_result`, its median): ratios in euros, as the derived costs are. */
const COST_RATIO = /^cost_per_/;

/**
 * Every column of the frame as a table for people writes it, in the frame's order.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { tableColumns } from "./table_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const frame = pl.DataFrame({ participant_realisation: [0.598], funding_public_planned: [645300] });
 * assertEquals(tableColumns(frame, "fi").map((c) => c.header), [
 *   "Osallistujien toteutumisaste, %",
 *   "Julkinen rahoitus, suunniteltu, €",
 * ]);
 * // A cost per result is a ratio: written in whole euros, as the cost per participant is.
 * const costs = pl.DataFrame({ cost_per_result: [7825.89], cost_per_result_median: [7366.11] });
 * assertEquals(tableColumns(costs, "fi").map((c) => [c.kind, c.decimals, c.rounded]), [["euros", 0, true], ["euros", 0, true]]);
 * ```
 */
export function tableColumns(frame: pl.DataFrame, lang: Language, rowKinds: RowKinds = {}): TableColumn[] {
  return [...columnTypes(frame)].map(([name, dtype]) => {
    const { kind, decimals } = inferColumnFormat(name, dtype);
    const unit = kind === "percent" ? "percent" : kind === "euros" ? "euros" : undefined;
    return {
      name,
      header: columnHeader(name, lang, unit),
      kind,
      decimals,
      rounded: RATIOS.has(name) || COST_RATIO.test(name) || kind === "decimal",
      ...Object.hasOwn(rowKinds, name) ? { rowKinds: rowKinds[name] } : {},
    };
  });
}

/**
 * A column as it writes the value of a row (see {@linkcode RowKinds}): a row of another kind rounded to that
 * kind's decimals (a share to a percentage with one decimal, euros whole, a count whole), as the ratios are.
 */
export function columnOfRow(column: TableColumn, row: number): TableColumn {
  const kind = column.rowKinds?.[row];
  return kind === undefined ? column : { ...column, kind, decimals: DEFAULT_DECIMALS[kind], rounded: true };
}

/** A day as the `.fi.csv` writes it, `D.M.YYYY`, from an ISO date or a Date. */
function finnishDay(value: unknown): string | null {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const match = iso.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : null;
}

/** A number with a decimal comma and no grouping, to at most `decimals` places; whole numbers without `,0`. */
function commaNumber(value: number, decimals: number, fixed: boolean): string {
  const rounded = Number(value.toFixed(decimals));
  const text = fixed ? rounded.toFixed(decimals) : String(rounded);
  return text.replace(".", ",");
}

/**
 * A value as the `.fi.csv` writes it (null for an empty field): whole numbers
 * as they are (`645300`), euros with cents to two decimals (`401955,50`),
 * rounded ratios with a decimal comma (a share as a percentage with one
 * decimal, `59,8`), dates `D.M.YYYY`, yes/no in the language; text unchanged.
 *
 * @example Usage
 * ```ts
 * import { finnishCsvValue } from "./table_columns.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const column = { name: "participant_realisation", header: "", kind: "percent", decimals: 1, rounded: true } as const;
 * assertEquals(finnishCsvValue(119 / 199, column, "fi"), "59,8");
 * assertEquals(finnishCsvValue(645300, { ...column, kind: "euros", decimals: 0, rounded: false }, "fi"), "645300");
 * ```
 */
export function finnishCsvValue(value: unknown, column: TableColumn, lang: Language): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") value = Number(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    if (column.kind === "percent") return commaNumber(value * 100, column.decimals, true);
    if (column.rounded) return commaNumber(value, column.decimals, false);
    if (Number.isInteger(value)) return String(value);
    return commaNumber(value, column.kind === "euros" ? 2 : 15, column.kind === "euros");
  }
  if (typeof value === "boolean") return value ? TABLE_PARTS[lang].yes : TABLE_PARTS[lang].no;
  if (column.kind === "date") return finnishDay(value);
  return String(value);
}
