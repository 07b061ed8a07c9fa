/** The distribution charts' description says "no outliers" as a sentence would, and a metric without projects in a word. */
import { assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "./analysis.ts";

Deno.test("a distribution part without outliers says so in words, not as 'outliers none'", () => {
  // Before: 'Osallistujien toteutumisaste: 192 hanketta, mediaani 80,0 %, poikkeavat ei' (and 'outliers none').
  assertEquals(
    ANALYSIS_TEXT.fi.distributionPart("Osallistujien toteutumisaste", 192, "80,0\u00A0%", []),
    "Osallistujien toteutumisaste: 192 hanketta, mediaani 80,0\u00A0%, ei poikkeavia",
  );
  assertEquals(
    ANALYSIS_TEXT.en.distributionPart("Participant realisation", 192, "80.0%", []),
    "Participant realisation: 192 projects, median 80.0%, no outliers",
  );
});

Deno.test("a distribution part with outliers names them", () => {
  assertEquals(
    ANALYSIS_TEXT.fi.distributionPart("€ / osallistuja", 192, "4\u00A0232\u00A0€", ["S10213", "S10297"]),
    "€ / osallistuja: 192 hanketta, mediaani 4\u00A0232\u00A0€, poikkeavat S10213, S10297",
  );
  assertEquals(
    ANALYSIS_TEXT.en.distributionPart("€ per participant", 1, "€5,161", ["S10213"]),
    "€ per participant: 1 project, median €5,161, outliers S10213",
  );
});

Deno.test("a metric no project has is said as no projects, without a median of a dash", () => {
  // Before: '€ / uusi työpaikka: 0 hanketta, mediaani –, poikkeavat ei'.
  assertEquals(ANALYSIS_TEXT.fi.distributionPart("€ / uusi työpaikka", 0, "–", []), "€ / uusi työpaikka: ei hankkeita");
  assertEquals(ANALYSIS_TEXT.en.distributionPart("€ per new job", 0, "–", []), "€ per new job: no projects");
});
