import pl from "nodejs-polars";
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { columnsOfType, columnTypes } from "./column_types.ts";

Deno.test("columnTypes: each column's type, as its Series says it, for dates, lists, structs and integers", () => {
  const frame = pl.DataFrame({ day: ["2020-12-01"], names: [["Oy A"]], n: [1], share: [0.5] }).withColumns(
    pl.col("day").str.strptime(pl.Date, "%Y-%m-%d"),
    pl.col("n").cast(pl.Int64),
    pl.struct([pl.col("share")]).alias("nested"),
  );
  const types = columnTypes(frame);
  assertEquals([...types.keys()], ["day", "names", "n", "share", "nested"]);
  for (const name of frame.columns) assertEquals(types.get(name)!.equals(frame.getColumn(name).dtype), true, name);
  assertEquals([...types.values()].map((type) => type.variant), ["Date", "List", "Int64", "Float64", "Struct"]);
  assertEquals(columnsOfType(frame, pl.Date), ["day"]);
  assertEquals(columnsOfType(pl.DataFrame({}), pl.Date), []);
});
