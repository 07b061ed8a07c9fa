/**
 * Names stay clear of one another and tied to their marks: the distribution
 * rows keep their names off the hairline between rows, the programme
 * histogram names close lines each by a leader of its own.
 */
import { assert } from "../../testing/assert.ts";
import { analysisProjects } from "../../testing/analysis_corpus.ts";
import { COST_METRICS } from "../schema.ts";
import { ratioDistributionChart } from "./distributions.ts";

Deno.test("a distribution chart keeps a line's width between a row's last name and the next row's first", () => {
  const spec = ratioDistributionChart(analysisProjects(300), { lang: "en", metrics: COST_METRICS }) as unknown as {
    data: { values: { row: number; label: string | null }[] };
    layer: { data?: { values: { boundary?: number }[] }; transform?: { calculate?: string }[] }[];
    height: number;
  };
  // The box is 40 px high: its half in a row's units gives the row's height in pixels.
  const half = Number(/datum\.row \+ ([\d.]+)/.exec(JSON.stringify(spec.layer))![1]);
  const rowPx = 20 / half;
  const boundaries = spec.layer.find((l) => l.data?.values[0]?.boundary !== undefined)!.data!.values
    .map((v) => v.boundary!);
  const named = spec.data.values.filter((v) => v.label !== null);
  assert(named.length >= 12, `${named.length} named`);
  // A name's line is 16 px; its middle at least 16 px from a hairline: 8 px clear, and 32 px from the next row's name.
  for (const v of named) {
    const px = Math.min(...boundaries.map((b) => Math.abs(v.row - b) * rowPx));
    assert(px >= 16 - 1e-6, `${v.label}: ${px.toFixed(1)} px from the hairline between rows`);
  }
});
