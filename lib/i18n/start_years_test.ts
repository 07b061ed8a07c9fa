/** Notebook 06's start-year sentence over one year names the year once; notebook 07 groups its n's thousands. */
import { assert, assertEquals } from "../../testing/assert.ts";
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

Deno.test("notebook 07's comparison groups the n's thousands", () => {
  // Before: '… 79,7 % (n = 12), muiden 80,1 % (n = 9988).'
  const found = { group: "kyllä", value: 0.797, n: 12 };
  const others = { group: "ei", value: 0.801, n: 9988 };
  assert(ANALYSES_NOTEBOOK_TEXT.fi.searchComparison(found, others).includes("(n = 9\u00A0988)"));
  assert(ANALYSES_NOTEBOOK_TEXT.en.searchComparison(found, others).includes("(n = 9,988)"));
});
