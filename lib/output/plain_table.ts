/**
 * Aligned plain-text tables, for a terminal and for a notebook's text/plain
 * output alike.
 *
 * @module
 */

/** A column of a plain-text table. */
export interface PlainColumn {
  header: string;
  /**
   * Numbers align right.
   * @default {"left"}
   */
  align?: "left" | "right";
  /**
   * The widest a column may grow; longer cells are cut with "…".
   * @default {no limit}
   */
  maxWidth?: number;
  /**
   * Where a long cell is cut: `auto` keeps the end of a path (a text with "/"),
   * so the file name stays in view, and the start of any other text; `end` always keeps the start.
   * @default {"auto"}
   */
  cut?: "auto" | "end";
}

/**
 * Lays out rows of cell texts under their headers, columns two spaces apart,
 * as lines without trailing spaces.
 *
 * @example Usage
 * ```ts
 * import { plainTable } from "./plain_table.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const lines = plainTable([{ header: "file", maxWidth: 8 }, { header: "n", align: "right" }], [["data/a-long-name.txt", "12"]]);
 * assertEquals(lines, ["file       n", "…ame.txt  12"]);
 * ```
 */
export function plainTable(columns: readonly PlainColumn[], rows: readonly (readonly string[])[]): string[] {
  const widths = columns.map((column, i) => {
    const natural = Math.max(column.header.length, ...rows.map((row) => row[i]!.length));
    return column.maxWidth === undefined ? natural : Math.min(column.maxWidth, natural);
  });
  const fit = (text: string, i: number) => {
    const width = widths[i]!;
    const column = columns[i]!;
    const cut = text.length <= width
      ? text
      : (column.cut ?? "auto") === "auto" && text.includes("/")
      ? "…" + text.slice(-(width - 1))
      : text.slice(0, width - 1) + "…";
    return column.align === "right" ? cut.padStart(width) : cut.padEnd(width);
  };
  const line = (cells: readonly string[]) => cells.map(fit).join("  ").trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)];
}
