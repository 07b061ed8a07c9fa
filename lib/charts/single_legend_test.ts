/**
 * A legend of a single entry tells nothing the title or subtitle does not:
 * it is left out, and what it said is said in the subtitle where nothing
 * else says it.
 */
import { assert, assertEquals } from "../../testing/assert.ts";
import { chartToSvg } from "../output/render_chart.ts";
import { beneficiaries } from "../analysis/beneficiaries.ts";
import { topBeneficiaries } from "./beneficiaries.ts";
import { groupedSummary } from "./grouped_summary.ts";
import { participantsRealisation } from "./participants_realisation.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { fileURLToPath } from "node:url";

const legendOf = (svg: string) => svg.includes('class="mark-group role-legend');
const subtitleOf = (spec: unknown) =>
  [(spec as { title: { subtitle: string | string[] } }).title.subtitle].flat().join(" ");

const ended = Array.from({ length: 4 }, (_, k) => ({
  project_code: `S1000${k}`,
  name: `Hanke ${k}`,
  status_normalised: "ended",
  participants_planned: 100,
  participants_actual: 90 + k,
  participant_realisation: (90 + k) / 100,
}));

Deno.test("a per-project chart of one status draws no status legend and says the status in its subtitle", async () => {
  const en = participantsRealisation(ended, { lang: "en" });
  assertEquals(legendOf(await chartToSvg(en)), false, "no legend of one entry ('Status: Ended')");
  assert(subtitleOf(en).endsWith("Status of every project shown: ended."), subtitleOf(en));
  const fi = participantsRealisation(ended, { lang: "fi" });
  assert(subtitleOf(fi).endsWith("Kaikkien kuvan hankkeiden tila: päättynyt."), subtitleOf(fi));
  // Two statuses: the legend tells them apart, the subtitle says nothing of it.
  const mixed = participantsRealisation([...ended, {
    ...ended[0]!,
    project_code: "S2",
    status_normalised: "interrupted",
  }]);
  assertEquals(legendOf(await chartToSvg(mixed)), true);
  assert(!subtitleOf(mixed).includes("tila:"), subtitleOf(mixed));
});

Deno.test("a grouped summary of one metric, named in its title, draws no metric legend", async () => {
  const summary = [
    { region: "Lappi", funding_utilisation: 0.9, funding_utilisation_n: 3 },
    { region: "Kainuu", funding_utilisation: 0.8, funding_utilisation_n: 2 },
  ];
  const spec = groupedSummary(summary, { by: "region", metrics: ["funding_utilisation"], lang: "en" });
  assert(JSON.stringify(spec.title).includes("Public funding utilisation by region"), JSON.stringify(spec.title));
  assertEquals(legendOf(await chartToSvg(spec)), false, "no 'Metric: Public funding utilisation'");
});

Deno.test("the beneficiaries chart of organisations only as lead draws no role legend and says so", async () => {
  // The shipped seeds' two organisations with most projects lead theirs and co-implement none.
  const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
  const spec = topBeneficiaries(beneficiaries(projects), { lang: "en", top: 2 });
  assertEquals(legendOf(await chartToSvg(spec)), false, "no 'Role: as lead'");
  assert(subtitleOf(spec).includes("Every bar: projects as lead."), subtitleOf(spec));
  const fi = topBeneficiaries(beneficiaries(projects), { lang: "fi", top: 2 });
  assert(subtitleOf(fi).includes("Kaikki pylväät: hankkeet päätoteuttajana."), subtitleOf(fi));
});
