/** The cost per result chart's axis ends at a round value just above the dearest result, not decades past it. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { costPerResultChart } from "./costs.ts";

/** The generated corpus's costs: the dearest 27 535 €, which an axis to 1 000 000 € left in its first third. */
const ROWS = [
  { result: "cost_per_participant", programme_period: "2007-2013", cost_per_result: 4042, cost_per_result_n: 192 },
  {
    result: "cost_per_woman_participant",
    programme_period: "2007-2013",
    cost_per_result: 8048,
    cost_per_result_n: 191,
  },
  {
    result: "cost_per_participating_company",
    programme_period: "2014-2020",
    cost_per_result: 27535,
    cost_per_result_n: 108,
  },
];

type Spec = {
  layer: { encoding: { x: { scale?: { domain: number[] }; axis?: { values: number[] } } } }[];
};

Deno.test("the cost axis ends at the round value just above the dearest result, ticked there", async () => {
  for (const lang of ["fi", "en"] as const) {
    const spec = costPerResultChart(ROWS, { lang, by: "programme_period" });
    const x = (spec as unknown as Spec).layer[0]!.encoding.x;
    assertEquals(x.scale!.domain, [2000, 50000]);
    assertEquals(x.axis!.values, [2000, 10000, 50000]);
    const svg = await chartToSvg(spec);
    assert(svg.includes(lang === "fi" ? ">50\u00A0000\u00A0€<" : ">€50,000<"), "the axis' last tick is labelled");
    assert(!svg.includes(lang === "fi" ? ">100\u00A0000\u00A0€<" : ">€100,000<"), "no tick past it");
  }
});

Deno.test("a cost label with no room right of its dot is written left of it, inside the plot", () => {
  const spec = costPerResultChart(ROWS, { lang: "fi", by: "programme_period" }) as unknown as {
    data: { values: { cost: number; side: string }[] };
  };
  assertEquals(spec.data.values.map((v) => [v.cost, v.side]), [[4042, "right"], [8048, "right"], [27535, "left"]]);
});

Deno.test("a cost axis over many decades ends just above the data too, an end label that would crowd its neighbour left off", () => {
  const rows = [
    { result: "cost_per_participant", cost_per_result: 150, cost_per_result_n: 3 },
    { result: "cost_per_new_job", cost_per_result: 1_400_000, cost_per_result_n: 2 },
  ];
  const x = (costPerResultChart(rows, { lang: "fi" }) as unknown as Spec).layer[0]!.encoding.x;
  assertEquals(x.scale!.domain, [100, 2_000_000]);
  assertEquals(x.axis!.values, [100, 1000, 10_000, 100_000, 1_000_000]);
});
