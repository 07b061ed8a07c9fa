/** The register comparison's paragraph over one corpus project of a period speaks of it in the singular. */
import { assertEquals } from "../../testing/assert.ts";
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
