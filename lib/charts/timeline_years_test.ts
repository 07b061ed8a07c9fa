/** The timeline's axis runs whole years, from the first project's start year, which has its tick and label. */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { projectTimeline } from "./project_timeline.ts";

const rows = [
  { project_code: "S10323", name: "A", status_normalised: "ended", start_date: "2008-08-01", end_date: "2011-12-31" },
  { project_code: "S22254", name: "B", status_normalised: "active", start_date: "2020-12-01", end_date: "2023-06-30" },
].map((row) => ({ ...row, regions: ["Lappi"] }));

/** The years the x axis labels, in order. */
const yearLabels = (svg: string) => [...svg.matchAll(/>((?:19|20)\d\d)</g)].map((m) => Number(m[1]));

Deno.test("the timeline's axis starts at the first start's year, ticked and labelled, and ends after the last end", async () => {
  const spec = projectTimeline(rows, { lang: "fi" }) as unknown as {
    encoding: { x: { scale: unknown } };
  };
  assertEquals(spec.encoding.x.scale, {
    domainMin: { year: 2008, month: 1, date: 1 },
    domainMax: { year: 2024, month: 1, date: 1 },
  });
  const svg = await chartToSvg(spec as never);
  const years = yearLabels(svg);
  assertEquals(years[0], 2008, `the first label: ${years}`);
  assert(years.at(-1)! >= 2023, `the last label: ${years}`);
  // Centred on its tick: flush left, 2008 would stand between the first tick and the second, read as the second's.
  assertEquals(svg.match(/text-anchor="(\w+)"[^>]*>2008</)?.[1], "middle");
});
