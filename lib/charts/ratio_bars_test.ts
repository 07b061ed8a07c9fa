/**
 * A capped bar chart of a ratio (the highest and the lowest) shows where it
 * leaves projects out: an empty row between the two blocks says how many.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { participantsRealisation } from "./participants_realisation.ts";

const rows = Array.from({ length: 40 }, (_, k) => ({
  project_code: `S1${String(k).padStart(4, "0")}`,
  name: `Hanke ${k}`,
  status_normalised: "ended",
  participants_planned: 100,
  participants_actual: 120 - k * 2,
  participant_realisation: (120 - k * 2) / 100,
}));

Deno.test("a capped ratio bar chart leaves a row between its highest and its lowest, saying how many lie between", async () => {
  const spec = participantsRealisation(rows, { lang: "en", maxProjects: 10 });
  const svg = await chartToSvg(spec);
  // The bars' tops, in order: a step of one row within each block, two rows across the break.
  const tops = [...svg.split('class="mark-rect role-mark')[1]!.matchAll(/<path d="M[-\d.]+,([-\d.]+)h/g)]
    .map((m) => Number(m[1]));
  assertEquals(tops.length, 10);
  const steps = tops.slice(1).map((top, i) => Math.round(top - tops[i]!));
  const row = steps[0]!;
  assertEquals(steps, [row, row, row, row, 2 * row, row, row, row, row]);
  assert(svg.includes(">(30 projects in between)<"), "the empty row says how many projects it stands for");
  const fi = await chartToSvg(participantsRealisation(rows, { lang: "fi", maxProjects: 10 }));
  assert(fi.includes(">(30 hanketta välissä)<"), "in Finnish too");
  // Every project drawn: no break.
  const all = await chartToSvg(participantsRealisation(rows, { lang: "en", maxProjects: 40 }));
  assert(!all.includes("in between"), "no break when nothing is left out");
});
