/** The region map's colour legend runs to a round value at or above the top figure, and says that value. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { regionMap } from "./region_map.ts";

type Colour = { scale: { domain: number[] }; legend: { values: number[] } };
const colourOf = (spec: unknown) =>
  (spec as { layer: { encoding: { color?: Colour } }[] }).layer.map((layer) => layer.encoding.color)
    .find((colour) => colour !== undefined)!;

/** The shipped data's utilisation by region: the top one 99,8 %, which a legend ending at 80 % did not reach. */
const UTILISATION = [
  { area: "MK19", area_kind: "region", n_projects: 1, funding_utilisation: 0.998, funding_utilisation_n: 1 },
  { area: "MK18", area_kind: "region", n_projects: 1, funding_utilisation: 0.937, funding_utilisation_n: 1 },
  { area: "MK13", area_kind: "region", n_projects: 1, funding_utilisation: 0.128, funding_utilisation_n: 1 },
];

Deno.test("a map of shares: its colours and legend run from 0 to 100 %, which the legend labels", async () => {
  for (const lang of ["fi", "en"] as const) {
    const spec = regionMap(UTILISATION, { lang, metric: "funding_utilisation" });
    const colour = colourOf(spec);
    assertEquals(colour.scale.domain, [0, 1]);
    assertEquals(colour.legend.values, [0, 0.2, 0.4, 0.6, 0.8, 1]);
    assert((await chartToSvg(spec)).includes(lang === "fi" ? ">100\u00A0%<" : ">100%<"), "100 % on the legend");
  }
});

Deno.test("a map of counts: the legend ends at the round count at or above the top one, not below it", () => {
  const counts = (top: number) =>
    colourOf(regionMap([{ area: "MK19", area_kind: "region", n_projects: top }], { metric: "n_projects" }));
  assertEquals(counts(18).scale.domain, [0, 20]);
  assertEquals(counts(18).legend.values, [0, 5, 10, 15, 20]);
  assertEquals(counts(2).scale.domain, [0, 2]);
  assertEquals(counts(2).legend.values, [0, 1, 2]);
});

Deno.test("a map of euros: the legend ends at a round sum above the top one", () => {
  const colour = colourOf(regionMap([
    { area: "MK19", area_kind: "region", n_projects: 2, cost_per_participant: 7826, cost_per_participant_n: 2 },
  ], { metric: "cost_per_participant" }));
  assertEquals(colour.scale.domain, [0, 8000]);
  assertEquals(colour.legend.values, [0, 2000, 4000, 6000, 8000]);
});
