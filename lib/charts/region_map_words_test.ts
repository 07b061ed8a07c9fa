/**
 * The region map prints what each tile needs: a count once on the map of
 * counts, and on a map of a figure its n and what a grey tile means.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { regionSummary } from "../analysis/regions.ts";
import { regionMap } from "./region_map.ts";
import pl from "nodejs-polars";

const projects = pl.DataFrame({
  project_code: ["S1", "S2", "S3"],
  regions: [["Lappi"], ["Lappi"], ["Kainuu"]],
  participants_planned: [100, 100, null],
  participants_actual: [80, 90, null],
  participant_realisation: [0.8, 0.9, null],
});
const subtitleOf = (spec: unknown) =>
  [(spec as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(" ");

Deno.test("the map of project counts prints each count once, and no n", async () => {
  const spec = regionMap(regionSummary(projects, { lang: "en" }), { lang: "en" });
  const svg = await chartToSvg(spec);
  assert(!svg.includes(">n = "), "no 'n = 2' under the count 2");
  assert(!subtitleOf(spec).includes("n = "), subtitleOf(spec));
  const lappi = (spec as unknown as { data: { values: { area: string; value_label: string }[] } }).data.values
    .find((tile) => tile.area === "MK19")!;
  assertEquals(lappi.value_label, "2");
});

Deno.test("a map of a figure gives each tile's n and says what a grey tile means", async () => {
  const table = regionSummary(projects, { lang: "en" });
  const en = regionMap(table, { lang: "en", metric: "participant_realisation" });
  assert((await chartToSvg(en)).includes(">n = 2<"), "Lapland's n");
  assert(subtitleOf(en).includes("n = projects with the figure. Grey: no figure."), subtitleOf(en));
  const fi = regionMap(regionSummary(projects), { metric: "participant_realisation" });
  assert(subtitleOf(fi).includes("n = hankkeita, joilla luku. Harmaa: ei lukua."), subtitleOf(fi));
});
