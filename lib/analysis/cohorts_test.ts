/** A start year outside the programme's years (a typing error) does not stretch the start-year cohorts. */
import { assertEquals } from "../../testing/assert.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { withDerivedMetrics } from "../frame/derived.ts";
import { type Project, ProjectSchema } from "../schema.ts";
import { byStartYear } from "./cohorts.ts";
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
