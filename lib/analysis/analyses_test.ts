/**
 * The cohorts, distributions, costs per result, themes and text search on
 * the seeds, every figure read by hand from the documents, and on small
 * frames for the empty and one-project cases.
 */
import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { withDerivedMetrics } from "../frame/derived.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { type Project, ProjectSchema } from "../schema.ts";
import { byDuration, byStartYear, withCohorts } from "./cohorts.ts";
import { costPerResult } from "./costs.ts";
import { distributionTable, outlierTable, quantile, ratioDistributions } from "./distributions.ts";
import { plainSnippet, searchProjects, searchTable, TEXT_FIELDS } from "./text_search.ts";
import { crosswalkTable, themeSummary } from "./themes.ts";
import { fileURLToPath } from "node:url";

const { projects } = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const close = (actual: unknown, expected: number, what: string) =>
  assert(typeof actual === "number" && Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);
const frame = (rows: Partial<Project>[]) => withDerivedMetrics(frameFromRecords(ProjectSchema, rows));

Deno.test("cohorts on the seeds: every start year from 2008 to 2020, planned durations in bands", () => {
  const durations = withCohorts(projects).select("project_code", "planned_duration_months", "duration_band")
    .toRecords();
  assertEquals(durations.map((r) => [r.project_code, r.planned_duration_months, r.duration_band]), [
    ["S10323", 40, "36+"], // 1.8.2008–30.11.2011
    ["S10619", 48, "36+"], // 1.1.2009–31.12.2012
    ["S11547", 50, "36+"], // 1.1.2011–28.2.2015
    ["S21941", 28, "24–35"], // 1.3.2020–30.6.2022
    ["S22254", 30, "24–35"], // 1.12.2020–31.5.2023
  ]);
  const years = byStartYear(projects).toRecords();
  assertEquals(years.map((r) => r.start_year), [
    2008,
    2009,
    2010,
    2011,
    2012,
    2013,
    2014,
    2015,
    2016,
    2017,
    2018,
    2019,
    2020,
  ]);
  assertEquals(years.map((r) => r.n_projects), [1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  assertEquals([years[2]!.funding_public_actual, years[2]!.funding_public_actual_n], [null, 0], "2010: none, not 0");
  close(years[0]!.participant_realisation, 84 / 95, "2008: S10323 alone");
  close(years[12]!.funding_utilisation, (251224 + 143265) / (268020 + 1122206), "2020: S21941 and S22254");
  const bands = byDuration(projects).toRecords();
  assertEquals(bands.map((r) => [r.duration_band, r.n_projects]), [["0–11", 0], ["12–23", 0], ["24–35", 2], [
    "36+",
    3,
  ]]);
  close(bands[3]!.participant_realisation, 283 / 388, "36+ months: the three 2007-2013 seeds");
  assertEquals(byStartYear(projects.head(0)).height, 0);
  assertEquals(byDuration(projects.head(0)).getColumn("n_projects").toArray(), [0, 0, 0, 0]);
});

Deno.test("cohorts: a project without dates is kept in a row of its own", () => {
  const rows = frame([
    { project_code: "A", start_date: "2015-03-01", end_date: "2015-12-31", participants_planned: 10 },
    { project_code: "B", start_date: null, end_date: null, participants_planned: 5 },
  ]);
  assertEquals(byStartYear(rows).toRecords().map((r) => [r.start_year, r.n_projects]), [[2015, 1], [null, 1]]);
  assertEquals(byDuration(rows).toRecords().map((r) => [r.duration_band, r.n_projects]), [
    ["0–11", 1],
    ["12–23", 0],
    ["24–35", 0],
    ["36+", 0],
    [null, 1],
  ]);
});

Deno.test("distributions on the seeds: quartiles by linear interpolation, Tukey fences, active projects left out", () => {
  const utilisation = [1011286 / 1122733, 251224 / 268020, 614153 / 645300, 589289 / 590720]; // sorted
  const table = Object.fromEntries(distributionTable(projects).toRecords().map((r) => [r.metric as string, r]));
  const funding = table.funding_utilisation!;
  assertEquals(funding.n, 4, "S22254 (active) left out");
  close(funding.q1, utilisation[0]! + 0.75 * (utilisation[1]! - utilisation[0]!), "Q1");
  close(funding.median, (utilisation[1]! + utilisation[2]!) / 2, "median");
  close(funding.q3, utilisation[2]! + 0.25 * (utilisation[3]! - utilisation[2]!), "Q3");
  close(funding.upper_fence, funding.q3 as number + 1.5 * ((funding.q3 as number) - (funding.q1 as number)), "fence");
  assertEquals([funding.n_outliers, funding.whisker_low, funding.whisker_high], [0, utilisation[0], utilisation[3]]);
  // A one-project group: S21941's companies, 21 of 13 planned.
  const companies = table.company_realisation!;
  assertEquals([companies.n, companies.q1, companies.median, companies.q3, companies.n_outliers], [
    1,
    21 / 13,
    21 / 13,
    21 / 13,
    0,
  ]);
  assertEquals(ratioDistributions(projects, { interim: "include" }).distributions[4]!.n, 2);
  assertEquals(outlierTable(projects).height, 0);
  assertEquals(distributionTable(projects.head(0)).getColumn("median").toArray(), [null, null, null, null, null]);
});

Deno.test("distributions: an outlier is named by code and name, on the side it lies", () => {
  const rows = frame([1, 2, 3, 4, 100].map((actual, i) => ({
    project_code: `S${i}`,
    name: `Hanke ${i}`,
    funding_public_planned: 100,
    funding_public_actual: actual,
  })));
  assertEquals(quantile([1, 2, 3, 4, 100].map((v) => v / 100), 0.25), 0.02);
  assertEquals(outlierTable(rows, { metrics: ["funding_utilisation"] }).toRecords(), [
    { metric: "funding_utilisation", project_code: "S4", name: "Hanke 4", value: 1, side: "high" },
  ]);
});

Deno.test("costs per result on the seeds: weighted, with n, and no cost for a result of 0", () => {
  const all = Object.fromEntries(costPerResult(projects).toRecords().map((r) => [r.result as string, r]));
  close(all.cost_per_participant!.cost_per_result, (1011286 + 589289 + 614153) / (84 + 80 + 119), "€ per participant");
  assertEquals([
    all.cost_per_participant!.funding_public_actual,
    all.cost_per_participant!.results,
    all.cost_per_participant!.cost_per_result_n,
  ], [
    1011286 + 589289 + 614153,
    283,
    3,
  ]);
  close(all.cost_per_woman_participant!.cost_per_result, 2214728 / (67 + 52 + 102), "€ per woman participant");
  // The 2007-2013 seeds print 0 new jobs, enterprises and degrees: no cost, counted in n_no_result.
  for (const result of ["cost_per_new_job", "cost_per_new_enterprise", "cost_per_degree"]) {
    assertEquals(
      [all[result]!.cost_per_result, all[result]!.cost_per_result_n, all[result]!.n_no_result],
      [null, 0, 3],
      result,
    );
  }
  close(all.cost_per_participating_company!.cost_per_result, (251224 + 143265) / (21 + 25), "€ per company, 2014-2020");
  const byPeriod = costPerResult(projects, { by: "programme_period", interim: "exclude" })
    .filter(pl.col("result").eq(pl.lit("cost_per_participating_company"))).toRecords();
  assertEquals(byPeriod.map((r) => [r.programme_period, r.cost_per_result, r.cost_per_result_n]), [[
    "2007-2013",
    null,
    0,
  ], [
    "2014-2020",
    251224 / 21,
    1,
  ]]);
  assertEquals(projects.getColumn("cost_per_new_job").toArray(), [null, null, null, null, null], "never 0 or Infinity");
});

Deno.test("themes: the seeds' axes and objectives to common themes, both periods side by side", () => {
  const rows = themeSummary(projects, { lang: "en" }).toRecords();
  assertEquals(rows.filter((r) => Number(r.n_projects) > 0).map((r) => [r.theme, r.programme_period, r.n_projects]), [
    ["employment", "2007-2013", 2], // S10323, S10619: axis 2
    ["employment", "2014-2020", 2], // S21941, S22254: axis 3, objective 6.1
    ["cooperation", "2007-2013", 1], // S11547: axis 4
  ]);
  assertEquals(rows.length, 12, "six themes by two periods, no unmapped row");
  assertEquals(rows[0]!.theme_name, "Employment");
  close(rows[0]!.participant_realisation, (84 + 80) / (95 + 94), "employment 2007-2013");
  const crosswalk = crosswalkTable();
  assertEquals(crosswalk.filter(pl.col("programme_period").eq(pl.lit("2007-2013"))).height, 5);
  const unknown = themeSummary(frame([{ programme_period: "2014-2020", fund: "ESR", priority_axis_code: null }]));
  assertEquals(unknown.filter(pl.col("theme").eq(pl.lit("unmapped"))).getColumn("n_projects").toArray(), [0, 1]);
});

Deno.test("text search on the seeds: stems, words, phrases, alternatives; hand-counted matches", () => {
  const kotoutu = searchProjects(projects, "kotoutu*");
  assertEquals(kotoutu.codes, ["S10323", "S10619", "S21941"]);
  assertEquals(kotoutu.hits.map((h) => [h.project_code, h.field, h.hits]), [
    ["S10323", "final_report_summary", 1], // line 170: kotoutumista
    ["S10619", "target_groups", 1], // line 61: kotoutumisvaiheen
    ["S21941", "summary", 2], // lines 55 and 57
    ["S21941", "final_report_summary", 1], // line 155
  ]);
  assertEquals(kotoutu.projects.height, 3);
  assertEquals(searchProjects(projects, '"osaavan työvoiman"').codes, ["S11547", "S21941"]);
  assertEquals(searchProjects(projects, "Kajaani").codes, ["S21941"]);
  assertEquals(searchProjects(projects, "kajaani kainuu*").codes, ["S21941"]);
  assertEquals(searchProjects(projects, "kajaani lappi*").codes, [], "both terms required");
  assertEquals(searchProjects(projects, "kajaani OR lappi*").codes, ["S10619", "S21941"]);
  assertEquals(searchProjects(projects, "nuoriso").codes, [], "in a communication plan, not searched by default");
  assertEquals(
    searchProjects(projects, "nuoriso", { fields: TEXT_FIELDS }).hits.map((h) => [h.project_code, h.field]),
    [
      ["S10323", "communication_plan"],
    ],
  );
  const table = searchTable(searchProjects(projects, "kotoutu*"));
  assertEquals(table.columns, ["project_code", "name", "field", "hits", "snippet"]);
  assert(String(table.getColumn("snippet").toArray()[0]).includes("«kotoutumista»"), "marked in «»");
  assertEquals(searchProjects(projects, "").codes, []);
  // Nothing found: empty frames that every other analysis still takes.
  const none = searchProjects(projects, "avaruusasema");
  assertEquals([none.codes, none.projects.height, none.flagged.getColumn("found").toArray()], [[], 0, [
    false,
    false,
    false,
    false,
    false,
  ]]);
  assertEquals(costPerResult(none.projects).getColumn("cost_per_result_n").toArray(), [0, 0, 0, 0, 0, 0]);
  assertEquals(themeSummary(none.projects).getColumn("n_projects").sum(), 0);
  assertEquals(byStartYear(none.projects).height, 0);
  assertEquals(distributionTable(none.projects).getColumn("n").toArray(), [0, 0, 0, 0, 0]);
});

Deno.test("text search: Finnish stems and case, ä ≠ a, composed and decomposed letters alike, snippets cut at words", () => {
  const rows = frame([
    { project_code: "A", name: "Nuoret ja NUORTEN palvelut", summary: "Tukea nuorille; ainuorakin ei." },
    { project_code: "B", name: "Maa ja mää", summary: "Ma\u0308a\u0308ra\u0308 kasvaa." },
    { project_code: "C", name: null, summary: null },
  ]);
  const nuor = searchProjects(rows, "nuor*");
  assertEquals(nuor.hits.map((h) => [h.project_code, h.field, h.hits, plainSnippet(h.segments)]), [
    ["A", "name", 2, "«Nuoret» ja «NUORTEN» palvelut"],
    ["A", "summary", 1, "Tukea «nuorille»; ainuorakin ei."],
  ]);
  assertEquals(searchProjects(rows, "maa").hits.map((h) => plainSnippet(h.segments)), ["«Maa» ja mää"]);
  assertEquals(searchProjects(rows, "määrä").codes, ["B"], "a decomposed ä is an ä");
  assertEquals(searchProjects(rows, "nuoret").hits.map((h) => h.hits), [1], "a plain word is a whole word");
  const long = frame([{ project_code: "D", summary: `${"alku ".repeat(40)}nuoret ${"loppu ".repeat(40)}` }]);
  const [hit] = searchProjects(long, "nuoret", { context: 20 }).hits;
  assertEquals(plainSnippet(hit!.segments), "…alku alku alku alku «nuoret» loppu loppu loppu loppu…");
});

Deno.test("costPerResult counts the results as whole numbers: a workbook writes 283, not 283,00", () => {
  const costs = costPerResult(projects, { by: "programme_period" });
  assertEquals(String(costs.getColumn("results").dtype), "DataType(Int64)");
  assertEquals(costs.filter(pl.col("result").eq(pl.lit("cost_per_participant"))).getColumn("results").toArray(), [
    283,
    null,
  ]);
});

Deno.test("distributions: outliers come the most extreme of each metric first, then the next of each, and so on", () => {
  const rows = frame([1, 2, 3, 4, 5, 6, 7, 8, 30, 500].map((actual, i) => ({
    project_code: `S${i}`,
    name: `Hanke ${i}`,
    funding_public_planned: 100,
    funding_public_actual: actual,
    participants_planned: 10,
    participants_actual: [10, 10, 10, 10, 10, 10, 10, 10, 12, 1][i]!,
  })));
  const table = outlierTable(rows, { metrics: ["participant_realisation", "funding_utilisation"] }).toRecords();
  // Realisation: fences 1 and 1 (IQR 0); 0.1 lies 0.9 below, 1.2 lies 0.2 above. Utilisation: Q1 0.0325, Q3 0.0775,
  // upper fence 0.145; 5.00 and 0.30 above it. The metrics in their order, each one's most extreme first.
  assertEquals(table.map((row) => [row.metric, row.project_code, row.value]), [
    ["participant_realisation", "S9", 0.1],
    ["funding_utilisation", "S9", 5],
    ["participant_realisation", "S8", 1.2],
    ["funding_utilisation", "S8", 0.3],
  ]);
});

Deno.test("distributions: a ratio of the figures themselves, in a frame without the ratio column or with a stale one", () => {
  const frame = pl.DataFrame({
    project_code: ["A", "B", "C"],
    participants_planned: [10, 20, 0],
    participants_actual: [5, 30, 4],
    participant_realisation: [0.1, 0.1, 0.1],
  });
  // Before: the stale column's 0.1 three times (C's too, though its plan is 0); without the column, n 0.
  const [stale] = ratioDistributions(frame, { metrics: ["participant_realisation"] }).distributions;
  assertEquals([stale!.n, stale!.min, stale!.max], [2, 0.5, 1.5]);
  const [absent] = ratioDistributions(frame.drop("participant_realisation"), { metrics: ["participant_realisation"] })
    .distributions;
  assertEquals([absent!.n, absent!.median], [2, 1]);
});
