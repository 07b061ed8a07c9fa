/**
 * A digest of the corpus frames, one SHA-256 per column of each table, for
 * a snapshot that stays small: a changed value names its table and column.
 *
 * @module
 */
import { createHash } from "node:crypto";
import type pl from "nodejs-polars";

/** Per table, per column: `dtype sha256` of the column's values as JSON (dates as ISO days). */
export function frameDigests(frames: Record<string, pl.DataFrame>): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(frames).map(([table, frame]) => [
      table,
      Object.fromEntries(frame.columns.map((column) => {
        const series = frame.getColumn(column);
        const values = (series.toArray() as unknown[]).map((value) =>
          value instanceof Date ? value.toISOString().slice(0, 10) : value
        );
        const json = JSON.stringify({ height: frame.height, values });
        return [column, `${series.dtype} ${createHash("sha256").update(json).digest("hex")}`];
      })),
    ]),
  );
}
