import { deepStrictEqual as assertEquals } from "node:assert/strict";
import pl from "nodejs-polars";
import { textListSeries } from "./_series.ts";

const TRICKY = [
  'a"b',
  "c\\d",
  "é ÄÖ å",
  "😀",
  "tab\there",
  "nl\nx",
  "\u2028\u2029",
  "nul\u0000x",
  "",
  " ",
  "123",
  "null",
];

Deno.test("textListSeries gives the lists as polars builds them from arrays, named and typed", () => {
  const lists = [TRICKY, [], ["one"], TRICKY.slice(3), ["ø".repeat(5000)]];
  const series = textListSeries("names", lists);
  assertEquals([series.name, String(series.dtype)], ["names", "DataType(List(DataType(String)))"]);
  assertEquals(series.toArray(), pl.Series("names", lists).cast(pl.List(pl.Utf8)).toArray());
  assertEquals(series.toArray(), lists);
});

Deno.test("textListSeries keeps a list with a lone surrogate, as polars holds it from an array", () => {
  const lists = [["x\ud800y"], ["z"]];
  assertEquals(textListSeries("a", lists).toArray(), pl.Series("a", lists).cast(pl.List(pl.Utf8)).toArray());
});

Deno.test("textListSeries of no lists is empty and typed", () => {
  const series = textListSeries("a", []);
  assertEquals([series.length, String(series.dtype)], [0, "DataType(List(DataType(String)))"]);
});
