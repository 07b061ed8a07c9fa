import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { SharedStrings } from "./_xlsx_strings.ts";

Deno.test("SharedStrings numbers each text once in the order first added, as exceljs' table does", () => {
  const strings = new SharedStrings();
  const added = ["S10001", "__proto__", "S10001", "constructor", "", "Hämeen ELY", "", "__proto__"].map((text) =>
    strings.add(text)
  );
  assertEquals(added, [0, 1, 0, 2, 3, 4, 3, 1]);
  assertEquals(strings.values, ["S10001", "__proto__", "constructor", "", "Hämeen ELY"]);
  assertEquals(strings.count, 5);
});
