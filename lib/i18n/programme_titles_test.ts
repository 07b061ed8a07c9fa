import { assertEquals } from "../../testing/assert.ts";
import { crosswalkTable } from "../analysis/themes.ts";
import { analysisDisplay } from "../report/analysis_tables.ts";

Deno.test("an English table of the themes' crosswalk gives the programmes' titles in English, every one of them", () => {
  const finnish = crosswalkTable().getColumn("title").toArray() as string[];
  const english = analysisDisplay(crosswalkTable(), "en").getColumn("title").toArray() as string[];
  assertEquals(english.filter((title, k) => title === finnish[k]), [], "no title left in Finnish");
  assertEquals(english[finnish.indexOf("Työllisyys ja työvoiman liikkuvuus")], "Employment and labour mobility");
  assertEquals(analysisDisplay(crosswalkTable(), "fi").getColumn("title").toArray(), finnish);
});
