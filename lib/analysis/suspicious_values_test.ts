import { assertEquals } from "../../testing/assert.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { suspiciousValues } from "./suspicious_values.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";

Deno.test("suspiciousValues() flags women above the total and utilisation above 100 %, with file and line", async () => {
  const seed = Deno.readTextFileSync(new URL("../../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
  const odd = seed
    .replace(
      "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
      "Toteutunut seurantatietojen mukaan: 119, joista naisia 120",
    )
    .replace("Toteutunut julkinen rahoitus yhteensä: 614 153", "Toteutunut julkinen rahoitus yhteensä: 700 000");
  const dir = Deno.makeTempDirSync({ prefix: "esf-quality-" });
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
    await loadCorpus([new URL("../../data/documents", import.meta.url).pathname]),
  );
  const flags = suspiciousValues(projects, provenance).toRecords();
  assertEquals(flags.map((f) => [f.project_code, f.check, f.column, f.source_line]), [
    ["S21941", "far_above_plan", "company_realisation", 105],
    ["S22254", "interim", "status", 17],
  ]);
  assertEquals(flags[0]!.detail, "21 actual against 13 planned");
  assertEquals(suspiciousValues(projects, provenance, { farAbovePlan: 2 }).height, 1);
});
