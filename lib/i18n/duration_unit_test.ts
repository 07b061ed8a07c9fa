/** Notebook 06's sentence on planned durations gives each band its unit, not "12–23 83,4 %". */
import { assertEquals } from "../../testing/assert.ts";
import { ANALYSES_NOTEBOOK_TEXT } from "./notebooks_analyses.ts";

const rows = [{ group: "12–23", value: 0.834, n: 3 }, { group: "36+", value: 0.729, n: 2 }];

Deno.test("notebook 06 says each planned-duration band in months, as the chart does (kk), in either language", () => {
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.fi.durations(rows),
    "Osallistujien toteutumisaste suunnitellun keston mukaan: 12–23 kk 83,4\u00A0% (n = 3), " +
      "36+ kk 72,9\u00A0% (n = 2).",
  );
  assertEquals(
    ANALYSES_NOTEBOOK_TEXT.en.durations(rows),
    "Participant realisation by planned duration: 12–23 months 83.4% (n = 3), 36+ months 72.9% (n = 2).",
  );
  assertEquals(ANALYSES_NOTEBOOK_TEXT.en.durations([]), "Participant realisation by planned duration: –.");
});
