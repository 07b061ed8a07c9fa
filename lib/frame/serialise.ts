/**
 * Turning frames into what files can hold: JSON-ready records and flat,
 * CSV-ready frames.
 *
 * @module
 */
import pl from "nodejs-polars";
import { safeTextColumns } from "./safe_cells.ts";
import { columnsOfType, columnTypes } from "./column_types.ts";

/** Separator of list items in a CSV cell. */
export const CSV_LIST_SEPARATOR = "; ";

/**
 * The frame with Date columns as ISO strings; lists and structs unchanged.
 */
export function withIsoDates(frame: pl.DataFrame): pl.DataFrame {
  const dates = columnsOfType(frame, pl.Date);
  return dates.length === 0 ? frame : frame.withColumns(...dates.map((name) => pl.col(name).cast(pl.Utf8)));
}

/**
 * Rows as plain objects fit for JSON: dates as `YYYY-MM-DD`, lists as arrays.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
import { safeTextColumns } from "./safe_cells.ts";
 * import { toJsonRecords } from "./serialise.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const frame = pl.DataFrame({ day: ["2020-12-01"] }).withColumns(pl.col("day").str.strptime(pl.Date, "%Y-%m-%d"));
 * assertEquals(toJsonRecords(frame), [{ day: "2020-12-01" }]);
 * ```
 */
export function toJsonRecords(frame: pl.DataFrame): Record<string, unknown>[] {
  return withIsoDates(frame).toRecords() as Record<string, unknown>[];
}

/**
 * A flat frame for CSV: dates as ISO strings; lists of text joined with
 * `"; "`; co-implementers as `Name (Y-tunnus)` joined the same way; a text
 * cell that a spreadsheet would run as a formula gets a leading apostrophe
 * (`safe_cells.ts`).
 */
export function toFlatFrame(frame: pl.DataFrame): pl.DataFrame {
  const flattened = [...columnTypes(frame)].flatMap(([name, dtype]) => {
    if (dtype.variant !== "List") return [];
    if (!String(dtype).includes("Struct")) {
      return [pl.col(name).lst.join(CSV_LIST_SEPARATOR)];
    }
    {
      const item = pl.element();
      const named = pl.when(item.struct.field("business_id").isNull())
        .then(item.struct.field("name"))
        .otherwise(
          pl.concatString([
            item.struct.field("name"),
            pl.lit(" ("),
            item.struct.field("business_id"),
            pl.lit(")"),
          ], ""),
        );
      return [
        pl.col(name).lst.eval(named).lst.join(CSV_LIST_SEPARATOR).alias(name),
      ];
    }
  });
  const flat = flattened.length === 0 ? frame : frame.withColumns(...flattened);
  return safeTextColumns(withIsoDates(flat));
}
