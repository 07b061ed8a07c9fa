/** A lowest-and-highest sentence over one project (or one region) names it once, in either language. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "./analysis.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";

const only = { label: "Maahanmuuttajien osaaminen… (S11547)", value: 0.8 };
const times = (text: string, part: string) => text.split(part).length - 1;

Deno.test("notebook 02's realisation range over one project names it once and says it is the only one", () => {
  const fi = NOTEBOOK_TEXT.fi.realisationRange(only, only);
  const en = NOTEBOOK_TEXT.en.realisationRange(only, only);
  assertEquals(
    fi,
    "Toteutumisaste on laskettavissa vain yhdelle hankkeelle: Maahanmuuttajien osaaminen… (S11547) 80,0\u00A0%.",
  );
  assertEquals(
    en,
    "The realisation can be worked out for one project only: Maahanmuuttajien osaaminen… (S11547) 80.0%.",
  );
  // Two projects: both named, as before.
  const two = NOTEBOOK_TEXT.en.realisationRange({ label: "A (S1)", value: 0.5 }, only);
  assert(two.startsWith("Lowest realisation: A (S1) 50.0%; highest: Maahanmuuttajien"), two);
});

Deno.test("notebook 03's cost range over one project names it once", () => {
  const cost = { label: "MOK (S11547)", value: 5161 };
  const fi = NOTEBOOK_TEXT.fi.costRange(cost, cost);
  const en = NOTEBOOK_TEXT.en.costRange(cost, cost);
  assert(
    fi.startsWith(
      "Rahoitus osallistujaa kohden on laskettavissa vain yhdelle hankkeelle: MOK (S11547) 5\u00A0161\u00A0€.",
    ),
    fi,
  );
  assert(en.startsWith("The cost per participant can be worked out for one project only: MOK (S11547) €5,161."), en);
  for (const text of [fi, en]) assertEquals(times(text, "S11547"), 1, text);
});

Deno.test("the region map's caption names a region once when it is both the highest and the lowest", () => {
  const lappi = { name: "Lappi", value: "99,8\u00A0%" };
  const fi = ANALYSIS_TEXT.fi.regionMapDescription("Käyttöaste", 2, lappi, lappi);
  const en = ANALYSIS_TEXT.en.regionMapDescription("Utilisation", 2, { ...lappi, name: "Lapland" }, {
    ...lappi,
    name: "Lapland",
  });
  assertEquals(times(fi, "Lappi"), 1, fi);
  assertEquals(times(en, "Lapland"), 1, en);
  assert(fi.endsWith(": Lappi (99,8\u00A0%)."), fi);
});
