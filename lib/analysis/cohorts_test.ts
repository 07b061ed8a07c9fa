/** A start year outside the programme's years (a typing error) does not stretch the start-year cohorts. */
import { assertEquals } from "../../testing/assert.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { withDerivedMetrics } from "../frame/derived.ts";
import { type Project, ProjectSchema } from "../schema.ts";
import { byDuration, byStartYear, withCohorts } from "./cohorts.ts";
import { summarise } from "./summarise.ts";
import { cohortChart } from "../charts/cohorts.ts";

const frame = (rows: Partial<Project>[]) => withDerivedMetrics(frameFromRecords(ProjectSchema, rows));
const projects = frame([
  { project_code: "A", programme_period: "2007-2013", start_date: "2009-01-01", participants_planned: 10 },
  { project_code: "B", programme_period: "2007-2013", start_date: "1908-08-01", participants_planned: 20 },
  { project_code: "C", programme_period: "2014-2020", start_date: "2011-03-01", participants_planned: 30 },
  { project_code: "D", programme_period: "2007-2013", start_date: "2011-05-01", participants_planned: 40 },
  { project_code: "E", programme_period: "2014-2020", start_date: null, participants_planned: 50 },
]);

Deno.test("byStartYear(): a start outside its programme's years (1908; 2011 in 2014–2020) counts without a year", () => {
  const rows = byStartYear(projects).toRecords();
  assertEquals(rows.map((r) => [r.start_year, r.n_projects, r.n_start_outside, r.participants_planned]), [
    [2009, 1, 0, 10],
    [2010, 0, 0, null],
    [2011, 1, 0, 40],
    [null, 3, 2, 100],
  ]);
  // Apart and left out, as the summaries are.
  assertEquals(
    byStartYear(projects, { interim: "exclude" }).toRecords().map((r) => [r.start_year, r.n_start_outside]),
    [[2009, 0], [2010, 0], [2011, 0], [null, 2]],
  );
});

Deno.test("cohortChart() says how many starts lie outside their programme's years, in either language", () => {
  const table = byStartYear(projects);
  const subtitle = (lang: "fi" | "en") =>
    (cohortChart(table, { by: "start_year", lang }).title as { subtitle: string[] }).subtitle.join(" ");
  const en = subtitle("en");
  const fi = subtitle("fi");
  assertEquals(en.includes("2 projects start outside their programme's years"), true, en);
  assertEquals(en.includes("2007–2023 for 2007–2013, 2014–2029 for 2014–2020"), true, en);
  assertEquals(fi.includes("2 hankkeen alkamispäivä on ohjelmakautensa vuosien ulkopuolella"), true, fi);
  assertEquals(fi.includes("2007–2013: 2007–2023, 2014–2020: 2014–2029"), true, fi);
  const inside = byStartYear(projects.filter(projects.getColumn("project_code").isIn(["A", "D"])));
  const plain = (cohortChart(inside, { by: "start_year", lang: "en" }).title as { subtitle: string[] }).subtitle;
  assertEquals(plain.join(" ").includes("outside"), false);
});

Deno.test("a date outside its programme's years gives no start year and no duration anywhere: withCohorts, summarise, byDuration", () => {
  const dated = frame([
    { project_code: "A", programme_period: "2007-2013", start_date: "2009-01-01", end_date: "2009-12-31" },
    // 1.8.2008–31.7.2009 (12 months) typed 1908: before, 1,212 months, in the band 36+.
    { project_code: "B", programme_period: "2007-2013", start_date: "1908-08-01", end_date: "2009-07-31" },
    // An end typed 2098: before, 36+ too.
    { project_code: "C", programme_period: "2007-2013", start_date: "2009-01-01", end_date: "2098-06-30" },
  ]);
  // Before: 1908 here, while byStartYear() left it out.
  assertEquals(withCohorts(dated).getColumn("start_year").toArray(), [2009, null, 2009]);
  assertEquals(withCohorts(dated).getColumn("planned_duration_months").toArray(), [12, null, null]);
  assertEquals(withCohorts(dated).getColumn("duration_band").toArray(), ["12–23", null, null]);
  assertEquals(summarise(dated, { by: "start_year" }).toRecords().map((r) => [r.start_year, r.n_projects]), [
    [null, 1],
    [2009, 2],
  ]);
  assertEquals(byDuration(dated).toRecords().map((r) => [r.duration_band, r.n_projects]), [
    ["0–11", 0],
    ["12–23", 1],
    ["24–35", 0],
    ["36+", 0],
    [null, 2],
  ]);
});
