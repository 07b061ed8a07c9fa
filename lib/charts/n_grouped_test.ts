/** A chart's "n = …" writes thousands as the language does, as the grouped summaries' labels already did. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { regionMap } from "./region_map.ts";
import { ratioDistributionChart } from "./distributions.ts";
import pl from "nodejs-polars";

Deno.test("cost and theme labels group the n's thousands", () => {
  // Before: '4 042 € (n = 1143)' and '94,9 % (n = 1143)' beside '72,9 % (n = 1 143)' in the grouped summaries.
  assertEquals(ANALYSIS_TEXT.fi.costsLabel("4\u00A0042\u00A0€", 1143), "4\u00A0042\u00A0€ (n = 1\u00A0143)");
  assertEquals(ANALYSIS_TEXT.en.costsLabel("€4,042", 1143), "€4,042 (n = 1,143)");
  assertEquals(ANALYSIS_TEXT.fi.themesLabel("94,9\u00A0%", 1143), "94,9\u00A0% (n = 1\u00A0143)");
  assertEquals(ANALYSIS_TEXT.en.themesLabel("94.9%", 1143), "94.9% (n = 1,143)");
});

Deno.test("a region tile's n groups its thousands", () => {
  const rows = [{
    area: "MK01",
    area_kind: "region",
    n_projects: 1200,
    funding_utilisation: 0.9,
    funding_utilisation_n: 1143,
  }];
  for (const [lang, n] of [["fi", "n = 1\u00A0143"], ["en", "n = 1,143"]] as const) {
    const spec = regionMap(rows, { lang, metric: "funding_utilisation" }) as unknown as {
      data: { values: { n_label: string }[] };
    };
    const labels = spec.data.values.map((tile) => tile.n_label);
    assert(labels.includes(n), labels.join(" | "));
  }
});

Deno.test("a distribution row's n groups its thousands", () => {
  const n = 1143;
  const rows = pl.DataFrame({
    project_code: Array.from({ length: n }, (_, k) => `S${10000 + k}`),
    name: Array.from({ length: n }, (_, k) => `Hanke ${k}`),
    funding_utilisation: Array.from({ length: n }, (_, k) => 0.8 + (k % 20) / 100),
  });
  for (const [lang, said] of [["fi", "(n = 1\u00A0143)"], ["en", "(n = 1,143)"]] as const) {
    const spec = JSON.stringify(ratioDistributionChart(rows, { metrics: ["funding_utilisation"], lang }));
    assert(spec.includes(said), `${lang}: ${said}`);
  }
});
