/** Notebook 06's start-year sentence over projects that all started in one year names the year once. */
import { assertEquals } from "../../testing/assert.ts";
import { ANALYSES_NOTEBOOK_TEXT } from "./notebooks_analyses.ts";

Deno.test("one start year: said as that year, not as the range 2011–2011", () => {
  // Before: 'Hankkeet alkoivat vuosina 2011–2011; eniten vuonna 2011 (1 hanke). Vuosia ilman yhtään alkanutta
  // hanketta: 0 (taulukossa nollana, ei poissa).'
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.fi.startYears(2011, 2011, [2011], 1, 0),
    "1 hanke alkoi vuonna 2011, muina vuosina ei yksikään.",
  );
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.en.startYears(2011, 2011, [2011], 1, 0),
    "1 project started in 2011, none in any other year.",
  );
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.fi.startYears(2011, 2011, [2011], 3, 0),
    "3 hanketta alkoi vuonna 2011, muina vuosina ei yksikään.",
  );
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.en.startYears(2011, 2011, [2011], 3, 0),
    "3 projects started in 2011, none in any other year.",
  );
});

Deno.test("several start years: the range as before", () => {
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.en.startYears(2008, 2020, [2012], 46, 2),
    "The projects started in 2008–2020; most in 2012 (46 projects). Years in which no project started: 2 " +
      "(shown as 0 in the table, not left out).",
  );
});
