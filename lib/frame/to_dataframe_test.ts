import pl from "nodejs-polars";
import { assert, assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "./to_dataframe.ts";
import { withDerivedMetrics } from "./derived.ts";
import { ProjectSchema } from "../schema.ts";
import { fileURLToPath } from "node:url";

const frames = toDataFrame(await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]));
const byCode = Object.fromEntries(
  frames.projects.toRecords().map((row) => [row.project_code as string, row]),
);

Deno.test("toDataFrame() gives one row per project, ordered by code, with the contract's columns", () => {
  assertEquals(frames.projects.getColumn("project_code").toArray(), ["S10323", "S10619", "S11547", "S21941", "S22254"]);
  for (const column of Object.keys(ProjectSchema.shape)) assert(frames.projects.columns.includes(column), column);
  assertEquals(frames.projects.getColumn("start_date").dtype.equals(pl.Date), true);
  assertEquals(String(frames.projects.getColumn("participants_planned").dtype), "DataType(Int64)");
  assertEquals(String(frames.projects.getColumn("funding_public_actual").dtype), "DataType(Float64)");
  assertEquals(String(frames.projects.getColumn("gender_mainstreamed").dtype), "DataType(Bool)");
  assert(!frames.projects.columns.some((c) => /email|phone|contact/.test(c)), "no contact details in projects");
});

Deno.test("toDataFrame() appends the derived metrics, computed by hand", () => {
  const close = (a: unknown, b: number) => assert(typeof a === "number" && Math.abs(a - b) < 1e-12, `${a} ≈ ${b}`);
  close(byCode.S11547!.participant_realisation, 119 / 199);
  close(byCode.S11547!.women_share_planned, 100 / 199);
  close(byCode.S11547!.women_share_actual, 102 / 119);
  close(byCode.S11547!.funding_utilisation, 614153 / 645300);
  close(byCode.S11547!.funding_utilisation_eu_state, 614153 / 645300);
  close(byCode.S10323!.funding_utilisation, 1011286 / 1122733);
  close(byCode.S10323!.funding_utilisation_eu_state, 864689 / 974582);
  close(byCode.S22254!.funding_utilisation, 143265 / 1122206);
  close(byCode.S22254!.company_realisation, 25 / 21);
  close(byCode.S21941!.company_realisation, 21 / 13);
  // 2014-2020 prints no actual participants and no women: null, never 0.
  assertEquals([byCode.S22254!.participants_actual, byCode.S22254!.participant_realisation], [null, null]);
  assertEquals([byCode.S22254!.women_share_planned, byCode.S11547!.company_realisation], [null, null]);
});

Deno.test("withDerivedMetrics() gives null, never Infinity or NaN, for a zero denominator", () => {
  const projects = pl.DataFrame({
    participants_planned: [0, 0, null],
    participants_actual: [5, 0, 3],
    participants_planned_women: [0, null, 1],
    participants_actual_women: [1, 0, 1],
    funding_public_planned: [0, 10, 10],
    funding_public_actual: [1, null, 0],
    funding_eu_state_granted: [0, 0, 4],
    funding_eu_state_actual: [0, 1, 1],
    companies_participating_planned: [0, null, 2],
    companies_participating_actual: [0, 1, 3],
  });
  const derived = withDerivedMetrics(projects);
  assertEquals(derived.getColumn("participant_realisation").toArray(), [null, null, null]);
  assertEquals(derived.getColumn("women_share_actual").toArray(), [0.2, null, 1 / 3]);
  assertEquals(derived.getColumn("funding_utilisation").toArray(), [null, null, 0]);
  assertEquals(derived.getColumn("funding_utilisation_eu_state").toArray(), [null, null, 0.25]);
  assertEquals(derived.getColumn("company_realisation").toArray(), [null, null, 1.5]);
});

Deno.test("toDataFrame() builds the long tables", () => {
  const municipalities = frames.areas.filter(pl.col("level").eq(pl.lit("municipality")));
  assertEquals(municipalities.height, 20 + 5 + 10 + 4 + 2);
  assertEquals(frames.coImplementers.toRecords().map((r) => [r.project_code, r.name, r.business_id]), [
    ["S22254", "Paremmin Yhdessä ry", "2312333-7"],
  ]);
  assertEquals(frames.sustainabilityScores.height, 30);
  assertEquals(frames.genderEquality.height, 6);
  assertEquals(frames.diagnostics.height, 0);
  assertEquals(frames.files.getColumn("outcome").toArray(), ["project", "project", "project", "project", "project"]);
  assertEquals(frames.contacts.height, 10);
  const provenance = frames.provenance.filter(
    pl.col("project_code").eq(pl.lit("S11547")).and(pl.col("column").eq(pl.lit("participants_actual_women"))),
  );
  assertEquals(provenance.toRecords(), [{
    project_code: "S11547",
    column: "participants_actual_women",
    source_file: frames.projects.getColumn("source_file").toArray()[2],
    source_line: 79,
    form: "text",
    source_page: null,
  }]);
});

Deno.test("toDataFrame() keeps every column's type on an empty corpus", () => {
  const empty = toDataFrame({ documents: [], diagnostics: [], files: [] });
  assertEquals(empty.projects.height, 0);
  assertEquals(String(empty.projects.getColumn("participants_planned").dtype), "DataType(Int64)");
  assertEquals(empty.projects.getColumn("start_date").dtype.equals(pl.Date), true);
  assertEquals(empty.projects.columns.includes("participant_realisation"), true);
});

Deno.test("toDataFrame() keeps co-implementers that first appear after the first hundred projects", async () => {
  const { generateDocuments } = await import("../../dev/generate.ts");
  const { parseDocument } = await import("../parse/parse_document.ts");
  const documents = generateDocuments(400, 11).map((g) => parseDocument(g.text, { sourceFile: g.fileName }).document!);
  // Put every project with co-implementers last.
  documents.sort((a, b) => a.project.co_implementers.length - b.project.co_implementers.length);
  const first = documents.findIndex((d) => d.project.co_implementers.length > 0);
  assert(first > 100, `first co-implementer at row ${first}`);
  const frames = toDataFrame({ documents, diagnostics: [], files: [] });
  const lists = frames.projects.getColumn("co_implementers").toArray() as unknown as { name: string }[][];
  assertEquals(lists[first]![0]!.name, "Paremmin Yhdessä ry");
  assertEquals(frames.coImplementers.height, documents.filter((d) => d.project.co_implementers.length > 0).length);
});
