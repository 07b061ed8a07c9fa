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
   * Where a long cell is cut: `end` keeps its start (a name, even one with "/" in it); `start` keeps its end (a
   * file's path, so its name stays in view). Said by the column, never guessed from a cell's text.
   * @default {"end"}
   */
  cut?: "start" | "end";
}

/**
 * Lays out rows of cell texts under their headers, columns two spaces apart,
 * as lines without trailing spaces.
 *
 * @example Usage
 * ```ts
 * import { plainTable } from "./plain_table.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const lines = plainTable([{ header: "file", maxWidth: 8, cut: "start" }, { header: "n", align: "right" }], [["data/a-long-name.txt", "12"]]);
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
      : column.cut === "start"
      ? "…" + text.slice(-(width - 1))
      : text.slice(0, width - 1) + "…";
    return column.align === "right" ? cut.padStart(width) : cut.padEnd(width);
  };
  const line = (cells: readonly string[]) => cells.map(fit).join("  ").trimEnd();
  return [line(columns.map((column) => column.header)), ...rows.map(line)];
}
