/**
 * Series the analyses build from JS values, typed even when empty.
 *
 * @module
 */
import pl from "nodejs-polars";

/**
 * A List(Utf8) series of the lists; nodejs-polars cannot build an empty
 * one with a dtype, so an empty one is sliced from a built one.
 *
 * @example Usage
 * ```ts
 * import { textListSeries } from "./_series.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(String(textListSeries("a", []).dtype), String(textListSeries("a", [["x"]]).dtype));
 * ```
 */
export function textListSeries(name: string, lists: readonly (readonly string[])[]): pl.Series {
  const built = lists.length === 0 ? pl.Series(name, [[""]]).slice(0, 0) : pl.Series(name, lists as string[][]);
  return built.cast(pl.List(pl.Utf8));
}
