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
