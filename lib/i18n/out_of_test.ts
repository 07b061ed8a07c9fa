import { assert, assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "./analysis.ts";
import { CHART_TEXT } from "./charts.ts";

Deno.test("'out of n' in Finnish groups n's thousands and ends as n is read: 2 775:stä, 1 143:sta, 341:stä", () => {
  const analysis = ANALYSIS_TEXT.fi;
  // Before: '15 organisaatiota 1143:sta' and '15 organisaatiota 341:sta' (yhdestä).
  assert(analysis.beneficiariesSubtitle(15, 1143, false).startsWith("15 organisaatiota 1\u00A0143:sta, eniten"));
  assert(analysis.beneficiariesSubtitle(15, 341, false).startsWith("15 organisaatiota 341:stä, eniten"));
  // Before: 'Kaikki 1 organisaatiota'.
  assert(analysis.beneficiariesSubtitle(1, 1, false).startsWith("1 organisaatio, eniten"));
  assert(analysis.beneficiariesSubtitle(3, 3, false).startsWith("Kaikki 3 organisaatiota, eniten"));
  // Before: 'Pisteinä 300 hanketta 1143:stä' (tuhatsataneljäkymmentäkolmesta).
  assertEquals(
    analysis.distributionSample(300, 1143),
    " Pisteinä 300 hanketta 1\u00A0143:sta (poikkeavat ensin, muut tasavälein arvon mukaan); laatikko kaikista.",
  );
  // Before: 'Käynnissä 786 hanketta 2 775:sta' (viidestä).
  assertEquals(
    CHART_TEXT.fi.programmeActive(786, 2775),
    " Käynnissä 786 hanketta 2\u00A0775:stä: niiden käyttöasteet ovat väliaikaisia.",
  );
  assertEquals(
    CHART_TEXT.fi.programmeActive(786, 1000),
    " Käynnissä 786 hanketta 1\u00A0000:sta: niiden käyttöasteet ovat väliaikaisia.",
  );
});

Deno.test("the analyses' counts group thousands and count one as one, in both languages", () => {
  const [fi, en] = [ANALYSIS_TEXT.fi, ANALYSIS_TEXT.en];
  // Before: 'Logaritminen asteikko: 1143 hanketta', '15 of 1143 organisations', '… 1 more rows (1143 in all)'.
  assertEquals(fi.distributionZeros(1143), " Logaritminen asteikko: 1\u00A0143 hanketta, joilla 0 €, ei kuvassa.");
  assert(en.beneficiariesSubtitle(15, 1143, false).startsWith("15 of 1,143 organisations, most projects first."));
  assertEquals(en.moreRows(1, 1143), "… 1 more row (1,143 in all)");
  assertEquals(fi.moreRows(1, 1143), "… 1 rivi lisää (1\u00A0143 kaikkiaan)");
  assert(fi.distributionSubtitle(false, 17, 1045).includes("rajojen ulkopuolella (1\u00A0045, 17 nimetty)"));
  assert(en.distributionSample(300, 1143).startsWith(" Points: 300 of 1,143 projects"));
});

Deno.test("the report's header calls figures interim only when some project is active", async () => {
  const { REPORT_TEXT } = await import("./report.ts");
  // Before: '1 tiedosto, 1 hanke, 0 käynnissä (luvut väliaikaisia)' of a corpus with no project active.
  assertEquals(REPORT_TEXT.fi.counts(1, 1, 0), "1 tiedosto, 1 hanke, 0 käynnissä");
  assertEquals(REPORT_TEXT.en.counts(1, 1, 0), "1 file, 1 project, 0 active");
  assertEquals(REPORT_TEXT.fi.counts(300, 300, 33), "300 tiedostoa, 300 hanketta, 33 käynnissä (luvut väliaikaisia)");
});

Deno.test("the region map's description counts one tile as one and names a single tile once", () => {
  const one = { name: "North Savo", value: "59.8%" };
  // Before: '1 tiles have a figure, highest North Savo (59.8%), lowest North Savo (59.8%).'
  assertEquals(
    ANALYSIS_TEXT.en.regionMapDescription("Participant realisation", 1, one, one),
    "Tile map of Finland's 19 regions (the 18 of Mainland Finland and Åland) and the nationwide projects, coloured " +
      "by participant realisation; 1 tile has a figure: North Savo (59.8%).",
  );
  assertEquals(
    ANALYSIS_TEXT.fi.regionMapDescription(
      "Osallistujien toteutumisaste",
      1,
      { name: "Pohjois-Savo", value: "59,8 %" },
      {
        name: "Pohjois-Savo",
        value: "59,8 %",
      },
    ),
    "Ruutukartta Suomen 19 maakunnasta (18 Manner-Suomen maakuntaa ja Ahvenanmaa) ja valtakunnallisista hankkeista, " +
      "väri: osallistujien toteutumisaste; luku 1 ruudussa: Pohjois-Savo (59,8 %).",
  );
});
