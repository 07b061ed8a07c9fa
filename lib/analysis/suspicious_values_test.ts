import pl from "nodejs-polars";
import { tempDirSync } from "../../testing/temp.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { withDerivedMetrics } from "../frame/derived.ts";
import { ProjectSchema } from "../schema.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { suspiciousValues } from "./suspicious_values.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { edit, lineOf, SEED_2007, suspiciousSeed } from "../../testing/seeds.ts";
import { fileURLToPath } from "node:url";

Deno.test("suspiciousValues() flags women above the total and utilisation above 100 %, with file and line", async () => {
  const seed = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
  const odd = seed
    .replace(
      "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
      "Toteutunut seurantatietojen mukaan: 119, joista naisia 120",
    )
    .replace("Toteutunut julkinen rahoitus yhteensä: 614 153", "Toteutunut julkinen rahoitus yhteensä: 700 000");
  const dir = tempDirSync("esf-quality-");
  Deno.writeTextFileSync(`${dir}/odd.txt`, odd);
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  const flags = suspiciousValues(projects, provenance).toRecords();
  assertEquals(flags.map((f) => [f.check, f.column, f.value, f.source_line]), [
    ["women_exceed_total", "participants_actual_women", 120, 79],
    ["utilisation_above_100", "funding_utilisation", 700000 / 645300, 128],
  ]);
  assertEquals(flags[0]!.detail, "120 women of 119 in all");
  assertEquals(flags[1]!.source_file, `${dir}/odd.txt`);
});

Deno.test("suspiciousValues() on the seeds: S21941's companies far above plan, S22254 interim", async () => {
  const { projects, provenance } = toDataFrame(
    await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]),
  );
  const flags = suspiciousValues(projects, provenance).toRecords();
  assertEquals(flags.map((f) => [f.project_code, f.check, f.column, f.source_line]), [
    ["S21941", "far_above_plan", "company_realisation", 105],
    ["S22254", "interim", "status", 17],
  ]);
  assertEquals(flags[0]!.detail, "21 actual against 13 planned");
  assertEquals(suspiciousValues(projects, provenance, { farAbovePlan: 2 }).height, 1);
});

Deno.test("suspiciousValues() flags dates outside the programme, plans of 0 and realisation over 10×, keeping every row", async () => {
  const text = suspiciousSeed();
  const dir = tempDirSync("esf-quality-");
  Deno.writeTextFileSync(`${dir}/odd.txt`, text);
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  assertEquals(projects.height, 1, "the row is kept");
  // A negative amount is not read: the parser says so (unreadable_value), and it enters no figure.
  assertEquals(projects.getColumn("funding_eu_state_actual").toArray(), [null]);
  const flags = suspiciousValues(projects, provenance).toRecords();
  const got = flags.map((f) => [f.check, f.column, f.source_line]);
  const dates = lineOf(text, "Alkaa 1.1.2001");
  const jobs = lineOf(text, "mukaan: 4, joista");
  const participants = lineOf(text, "mukaan: 119");
  for (
    const want of [
      ["date_outside_period", "start_date", dates],
      ["date_outside_period", "end_date", dates],
      ["actual_without_plan", "jobs_actual", jobs],
      ["actual_without_plan", "jobs_actual_women", jobs],
      ["over_10x", "participant_realisation", participants],
    ]
  ) {
    assert(got.some((g) => JSON.stringify(g) === JSON.stringify(want)), `${want} in ${JSON.stringify(got)}`);
  }
  assert(
    !got.some(([check, column]) => check === "actual_without_plan" && column === "degrees_actual"),
    "0 of 0 is fine",
  );
});

Deno.test("suspiciousValues() keeps projects of two documents in one file apart by their lines", async () => {
  const second = edit(
    edit(SEED_2007, "Projektikoodi: S11547", "Projektikoodi: S11548"),
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: 700 000",
  );
  const dir = tempDirSync("esf-quality-");
  const text = `${SEED_2007}\n${second}`;
  Deno.writeTextFileSync(`${dir}/two.txt`, text);
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  assertEquals(projects.getColumn("project_code").toArray(), ["S11547", "S11548"]);
  const flags = suspiciousValues(projects, provenance).toRecords();
  assertEquals(flags.map((f) => [f.project_code, f.check, f.source_line]), [
    ["S11548", "utilisation_above_100", text.split("\n").indexOf("Toteutunut julkinen rahoitus yhteensä: 700 000") + 1],
  ]);
});

Deno.test("suspiciousValues() flags a finished project's women planned but none actual among its participants, not an active one's", async () => {
  const none = SEED_2007.replace(
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 0",
  );
  const dir = tempDirSync("esf-quality-women-");
  Deno.writeTextFileSync(`${dir}/none.txt`, none);
  Deno.writeTextFileSync(
    `${dir}/active.txt`,
    none.replace("S11547", "S11548").replace(/Toiminnan tila: .*/, "Toiminnan tila: Toiminnassa"),
  );
  // No participants at all: no women among them is no surprise.
  Deno.writeTextFileSync(
    `${dir}/nobody.txt`,
    none.replace("S11547", "S11549").replace("mukaan: 119, joista naisia 0", "mukaan: 0, joista naisia 0"),
  );
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  const flags = suspiciousValues(projects, provenance).toRecords().filter((f) => f.check === "women_none_actual");
  assertEquals(flags.map((f) => [f.project_code, f.column, f.value, f.source_line]), [
    ["S11547", "participants_actual_women", 0, lineOf(none, "Toteutunut seurantatietojen")],
  ]);
  assertEquals(flags[0]!.detail, "0 women of 119 actual against 100 planned");
});

Deno.test("women_none_actual is of participants only, and of a project known to be no longer running (ended or interrupted)", async () => {
  const none = edit(
    SEED_2007,
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 0",
  );
  const dir = tempDirSync("esf-quality-women-");
  const status = (code: string, line: string) =>
    edit(edit(none, "S11547", code), "Toiminnan tila: Toiminta päättynyt", line);
  Deno.writeTextFileSync(`${dir}/interrupted.txt`, status("S11547", "Toiminnan tila: Keskeytynyt"));
  // No status line, or a status EURA does not have: whether the figures are final is not known.
  Deno.writeTextFileSync(`${dir}/no_status.txt`, status("S11548", ""));
  Deno.writeTextFileSync(`${dir}/other_status.txt`, status("S11549", "Toiminnan tila: Hyväksytty"));
  // One new job, not a woman's, against two planned for women: a small count, no sign of a lost women's part.
  let jobs = edit(
    SEED_2007,
    "Suunniteltu: 0, joista naisten työpaikkoja 0",
    "Suunniteltu: 5, joista naisten työpaikkoja 2",
  );
  jobs = edit(
    edit(jobs, "S11547", "S11550"),
    "Toteutunut seurantatietojen mukaan: 0, joista naisten työpaikkoja 0",
    "Toteutunut seurantatietojen mukaan: 1, joista naisten työpaikkoja 0",
  );
  Deno.writeTextFileSync(`${dir}/jobs.txt`, jobs);
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  const flags = suspiciousValues(projects, provenance).toRecords().filter((f) => f.check === "women_none_actual");
  assertEquals(flags.map((f) => [f.project_code, f.column]), [["S11547", "participants_actual_women"]]);
});

Deno.test("suspiciousValues() flags a negative amount in a frame not read by the parser, with its line", () => {
  const projects = withDerivedMetrics(frameFromRecords(ProjectSchema, [{
    project_code: "S1",
    programme_period: "2007-2013",
    source_file: "a.csv",
    funding_public_planned: 1000,
    funding_public_actual: -876,
  }]));
  const provenance = pl.DataFrame({
    source_file: ["a.csv"],
    project_code: ["S1"],
    column: ["funding_public_actual"],
    source_line: [7],
  });
  const flags = suspiciousValues(projects, provenance).toRecords();
  assertEquals(flags.map((f) => [f.check, f.column, f.value, f.source_line]), [
    ["negative_value", "funding_public_actual", -876, 7],
  ]);
});
