/** Notebook 05's note on a register's active projects: all of them, one, or some, each said as such. */
import { assertEquals } from "../../testing/assert.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";

Deno.test("every register project active: all of them, not '786 of 786 (100,0 %)'", () => {
  // Before: ' Rekisterin 786 hankkeesta 786 (100,0 %) on käynnissä: …' / " 786 of the register's 786 projects (100.0%)".
  assertEquals(
    NOTEBOOK_TEXT.fi.registerInterim(786, 786),
    " Rekisterin kaikki 786 hanketta ovat käynnissä: niiden käyttöasteet ovat väliaikaisia, eivät lopullisia.",
  );
  assertEquals(
    NOTEBOOK_TEXT.en.registerInterim(786, 786),
    " All 786 of the register's projects are active: their utilisation is interim, not final.",
  );
});

Deno.test("one register project active: in the singular", () => {
  assertEquals(
    NOTEBOOK_TEXT.fi.registerInterim(1, 2775),
    " Rekisterin 2\u00A0775 hankkeesta 1 (0,0\u00A0%) on käynnissä: sen käyttöaste on väliaikainen, ei lopullinen.",
  );
  assertEquals(
    NOTEBOOK_TEXT.en.registerInterim(1, 2775),
    " 1 of the register's 2,775 projects (0.0%) is active: its utilisation is interim, not final.",
  );
});

Deno.test("some register projects active, or none: as before", () => {
  assertEquals(
    NOTEBOOK_TEXT.fi.registerInterim(12, 2775),
    " Rekisterin 2\u00A0775 hankkeesta 12 (0,4\u00A0%) on käynnissä: niiden käyttöasteet ovat väliaikaisia, eivät lopullisia.",
  );
  assertEquals(
    NOTEBOOK_TEXT.en.registerInterim(12, 2775),
    " 12 of the register's 2,775 projects (0.4%) are active: their utilisation is interim, not final.",
  );
  assertEquals(NOTEBOOK_TEXT.en.registerInterim(0, 2775), "");
});
