/** The register histogram's note on active projects: all of them, one of them, or some of them, each said as such. */
import { assertEquals } from "../../testing/assert.ts";
import { CHART_TEXT } from "./charts.ts";

Deno.test("every register project active: said as all of them, not '786 of 786'", () => {
  // Before: 'Käynnissä 786 hanketta 786:sta: …' / 'Active: 786 projects of 786, whose utilisation is interim.'
  assertEquals(
    CHART_TEXT.fi.programmeActive(786, 786),
    " Kaikki 786 hanketta ovat käynnissä: niiden käyttöasteet ovat väliaikaisia.",
  );
  assertEquals(
    CHART_TEXT.en.programmeActive(786, 786),
    " All 786 projects are active: their utilisation is interim.",
  );
});

Deno.test("one register project active: its utilisation, in the singular", () => {
  // Before: 'Käynnissä 1 hanke 2 775:stä: niiden käyttöasteet ovat väliaikaisia.'
  assertEquals(
    CHART_TEXT.fi.programmeActive(1, 2775),
    " Käynnissä 1 hanke 2\u00A0775:stä: sen käyttöaste on väliaikainen.",
  );
  assertEquals(CHART_TEXT.en.programmeActive(1, 2775), " Active: 1 project of 2,775, whose utilisation is interim.");
});

Deno.test("some register projects active: as before", () => {
  assertEquals(
    CHART_TEXT.fi.programmeActive(786, 2775),
    " Käynnissä 786 hanketta 2\u00A0775:stä: niiden käyttöasteet ovat väliaikaisia.",
  );
  assertEquals(
    CHART_TEXT.en.programmeActive(786, 2775),
    " Active: 786 projects of 2,775, whose utilisation is interim.",
  );
});

Deno.test("one corpus project not in the register: it is not marked, in the singular", () => {
  // Before: 'Aineiston hankkeista 1 ei ole rekisterissä, eikä niitä ole merkitty.'
  assertEquals(
    CHART_TEXT.fi.programmeUnlisted(1),
    " Aineiston hankkeista 1 ei ole rekisterissä, eikä sitä ole merkitty.",
  );
  assertEquals(
    CHART_TEXT.fi.programmeUnlisted(2),
    " Aineiston hankkeista 2 ei ole rekisterissä, eikä niitä ole merkitty.",
  );
});
