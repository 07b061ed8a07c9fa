/** The register comparison's paragraph over one corpus project of a period speaks of it in the singular. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { REPORT_TEXT } from "./report.ts";

Deno.test("one corpus project of a period, in the register: it, not 'them' / 'niitä'", () => {
  // Before: 'Kauden 2007–2013 hankkeita on aineistossa 1; niitä verrattiin … Rekisterissä niistä on 1, eroja 0,
  // rekisteristä puuttuu: ei yhtään.' / '… holds 1 project …; each was compared … lists 1 of them …'.
  assertEquals(
    REPORT_TEXT.fi.registerPeriod("2007-2013", 1, 1, 0, "", []),
    "Aineistossa on 1 kauden 2007–2013 hanke; sitä verrattiin vain saman kauden rekisteriin. " +
      "Se on rekisterissä, eroja 0.",
  );
  assertEquals(
    REPORT_TEXT.en.registerPeriod("2007-2013", 1, 1, 0, "", []),
    "The corpus holds 1 project of the 2007–2013 period; it was compared only with the register of its own " +
      "period. The register lists it, with 0 disagreements.",
  );
});

Deno.test("one corpus project of a period, not in the register: it is said missing", () => {
  assertEquals(
    REPORT_TEXT.fi.registerPeriod("2007-2013", 1, 0, 0, "S99999", []),
    "Aineistossa on 1 kauden 2007–2013 hanke; sitä verrattiin vain saman kauden rekisteriin. " +
      "Se puuttuu rekisteristä: S99999.",
  );
  assertEquals(
    REPORT_TEXT.en.registerPeriod("2007-2013", 1, 0, 0, "S99999", []),
    "The corpus holds 1 project of the 2007–2013 period; it was compared only with the register of its own " +
      "period. It is not in the register: S99999.",
  );
});

Deno.test("several corpus projects of a period: the plural sentence as before", () => {
  assertEquals(
    REPORT_TEXT.fi.registerPeriod("2007-2013", 3, 2, 1, "S1", []),
    "Kauden 2007–2013 hankkeita on aineistossa 3; niitä verrattiin vain saman kauden rekisteriin. " +
      "Rekisterissä niistä on 2, eroja 1, rekisteristä puuttuu: S1.",
  );
});

Deno.test("a register snapshot whose projects are all active says all of them, not '786 of 786'", () => {
  // Before: 'Rekisterin 786 hankkeesta 786 on käynnissä' / "Of the register's 786 projects, 786 are active".
  const fi = REPORT_TEXT.fi.registerSnapshot(786, 786, "2017-01-02", "S20000");
  const en = REPORT_TEXT.en.registerSnapshot(786, 786, "2017-01-02", "S20000");
  assert(fi.startsWith("Rekisterin kaikki 786 hanketta ovat käynnissä, ja myöhäisin niistä alkaa 2.1.2017:"), fi);
  assert(
    en.startsWith("All 786 of the register's projects are active, and the latest of them starts on 2 Jan 2017:"),
    en,
  );
  // Some active: as before.
  const some = REPORT_TEXT.en.registerSnapshot(2775, 12, "2013-06-01", "");
  assert(some.startsWith("Of the register's 2,775 projects, 12 are active"), some);
});

Deno.test("a register snapshot with one active project speaks of it in the singular", () => {
  // Before: '… hankkeesta 1 on käynnissä, ja myöhäisin niistä alkaa' / '…, 1 are active, and the latest of them'.
  assert(
    REPORT_TEXT.fi.registerSnapshot(2775, 1, "2013-06-01", "").startsWith(
      "Rekisterin 2\u00A0775 hankkeesta 1 on käynnissä, ja se alkaa 1.6.2013:",
    ),
  );
  assert(
    REPORT_TEXT.en.registerSnapshot(2775, 1, "2013-06-01", "").startsWith(
      "Of the register's 2,775 projects, 1 is active, and it starts on 1 Jun 2013:",
    ),
  );
});
