import { assertEquals } from "../../testing/assert.ts";
import { plainTable } from "./plain_table.ts";

Deno.test("plainTable cuts a long text at its end, a slash in it or not; a path column keeps its file name", () => {
  const name = "TOPPA -hanke: tukea ja ohjausta opiskelijoille ja/tai heidän perheilleen";
  const [, cut] = plainTable([{ header: "nimi", maxWidth: 20 }], [[name]]);
  assertEquals(cut, "TOPPA -hanke: tukea…");
  const [, file] = plainTable([{ header: "file", maxWidth: 12, cut: "start" }], [["2007/kuopio/a-long-name.txt"]]);
  assertEquals(file, "…ng-name.txt");
});
