/** The note under a cut analysis table writes its counts in the report's number format and one row as one. */
import { assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_METHODS } from "./analysis_methods.ts";

Deno.test("a table of thousands of rows: its row count grouped in the language's way", () => {
  // Before: 'rivejä 25/1143' / '25 of 1143 rows'.
  assertEquals(
    ANALYSIS_METHODS.fi.shownPart(6, 29, 25, 1143),
    "Tässä näkyy sarakkeita 6/29 ja rivejä 25/1\u00A0143; kaikki ovat taulukon tiedostoissa.",
  );
  assertEquals(
    ANALYSIS_METHODS.en.shownPart(6, 29, 25, 1143),
    "Here 6 of 29 columns and 25 of 1,143 rows; all of them are in the table's files.",
  );
});

Deno.test("a table of one row: 'row', not '1 of 1 rows'", () => {
  assertEquals(
    ANALYSIS_METHODS.en.shownPart(6, 29, 1, 1),
    "Here 6 of 29 columns and 1 of 1 row; all of them are in the table's files.",
  );
});
