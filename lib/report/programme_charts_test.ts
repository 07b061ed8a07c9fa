import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { loadRegister } from "../register/load_register.ts";
import { SHIPPED_REGISTERS } from "../register/shipped.ts";
import { programmeCharts } from "./catalogue.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));

/** The metrics a grouped chart draws, and its subtitle. */
async function byAxis(period: "2007-2013" | "2014-2020", lang: "fi" | "en") {
  const { register } = await loadRegister(SHIPPED_REGISTERS[period]);
  const chart = programmeCharts(register, projects, lang, period).find((c) => c.name.startsWith("programme-by-axis"))!;
  const spec = chart.spec as unknown as { title: { subtitle: string[] }; data: { values: { metric: string }[] } };
  return { metrics: [...new Set(spec.data.values.map((v) => v.metric))], subtitle: spec.title.subtitle.join(" ") };
}

Deno.test("a register whose EU and state grants are partial (a snapshot) draws no EU-and-state utilisation, and says why", async () => {
  const snapshot = await byAxis("2014-2020", "fi");
  assertEquals(snapshot.metrics, ["Julkisen rahoituksen käyttöaste"]);
  assert(snapshot.subtitle.includes("46"), snapshot.subtitle);
  assert(snapshot.subtitle.includes("myönnetty"), snapshot.subtitle);
  const en = await byAxis("2014-2020", "en");
  assert(en.subtitle.includes("granted so far"), en.subtitle);
  // The whole 2007–2013 list: both.
  const whole = await byAxis("2007-2013", "fi");
  assertEquals(whole.metrics, ["Julkisen rahoituksen käyttöaste", "EU- ja valtion rahoituksen käyttöaste"]);
});

Deno.test("a grouped chart of one metric gives each group room for its two-line name: every bar is named", async () => {
  const { register } = await loadRegister(SHIPPED_REGISTERS["2014-2020"]);
  const chart = programmeCharts(register, projects, "fi", "2014-2020").find((c) =>
    c.name.startsWith("programme-by-axis")
  )!;
  const spec = chart.spec as unknown as { height: number; data: { values: { group: string }[] } };
  const groups = [...new Set(spec.data.values.map((v) => v.group))];
  const lines = Math.max(...groups.map((g) => g.split("\n").length));
  assertEquals(lines, 2);
  // Each group's band holds its lines at the axis' font (11 px) with room to spare.
  assert(spec.height / groups.length >= lines * 14 + 6, `${spec.height} px for ${groups.length} groups`);
  const { chartToSvg } = await import("../output/render_chart.ts");
  const svg = await chartToSvg(chart.spec);
  for (const group of groups) {
    for (const line of group.split("\n")) assert(svg.includes(`>${line}<`), `"${line}" is drawn`);
  }
});
