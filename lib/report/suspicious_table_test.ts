import pl from "nodejs-polars";
import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { SEED_2007, suspiciousSeed } from "../../testing/seeds.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { suspiciousValues } from "../analysis/suspicious_values.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { suspiciousTable } from "./tables.ts";
import { fileURLToPath } from "node:url";

Deno.test("the suspicious-values table says every check in the report's language, each project of a joined file its own", async () => {
  const odd = suspiciousSeed();
  const dir = await tempDir("esf-suspicious-");
  try {
    await Deno.writeTextFile(`${dir}/two.txt`, `${SEED_2007.replace("S11547", "S11548")}\n${odd}`);
    const read = toDataFrame(await loadCorpus([dir]));
    // The parser reads no negative amount (unreadable_value): a frame from elsewhere may hold one, and it is flagged.
    const projects = read.projects.withColumns(
      pl.when(pl.col("project_code").eq(pl.lit("S11547"))).then(pl.lit(-5000)).otherwise(
        pl.col("funding_eu_state_actual"),
      ).alias("funding_eu_state_actual"),
    );
    const flags = suspiciousValues(projects, read.provenance);
    const details = (lang: "fi" | "en") =>
      toJsonRecords(suspiciousTable("t", flags, projects, lang).display).map((row) => `${row.check}: ${row.detail}`);
    const fi = details("fi");
    for (const english of ["below zero", "outside", "actual", "against", "planned"]) {
      assert(!fi.some((row) => row.includes(english)), `no "${english}" in: ${fi.join(" | ")}`);
    }
    assert(fi.some((row) => row.includes("toteutunut 4, suunniteltu 0")), fi.join(" | "));
    assert(fi.some((row) => row.includes("1.1.2001") && row.includes("1.1.2007")), fi.join(" | "));
    assertEquals(details("en").filter((row) => row.includes("below zero")).length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("an actual count without a plan is explained with its own plan: the women's with the women's planned", async () => {
  // 199 planned, none of them women; 119 took part, 102 of them women (S11547's figures but the plan's women).
  const text = SEED_2007.replace("Suunniteltu: 199, joista naisia 100", "Suunniteltu: 199, joista naisia 0");
  const dir = await tempDir("esf-suspicious-");
  await Deno.writeTextFile(`${dir}/women.txt`, text);
  const { projects, provenance } = toDataFrame(await loadCorpus([dir]));
  const rows = (lang: "fi" | "en") => {
    const table = suspiciousTable("t", suspiciousValues(projects, provenance), projects, lang);
    const said = toJsonRecords(table.display);
    return toJsonRecords(table.frame).flatMap((row, k) =>
      row.check === "actual_without_plan" ? [[row.column, said[k]!.detail]] : []
    );
  };
  assertEquals(rows("fi"), [["participants_actual_women", "toteutunut 102, suunniteltu 0"]]);
  assertEquals(rows("en"), [["participants_actual_women", "actual 102 with planned 0"]]);
});

Deno.test("the suspicious values for people give a share as a share (a percentage in each row's kind), its column saying so", async () => {
  const { projects, provenance } = toDataFrame(
    await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]),
  );
  const table = suspiciousTable("t", suspiciousValues(projects, provenance), projects, "fi");
  const rows = toJsonRecords(table.display);
  const at = rows.findIndex((row) => row.project_code === "S21941");
  // 21 participating companies against 13 planned: the value as computed, a percentage by its row's kind
  assertEquals([rows[at]!.column, rows[at]!.value], ["Osallistuvien yritysten toteutumisaste, %", 21 / 13]);
  assertEquals(table.rowKinds?.value?.[at], "percent");
  assertEquals(toJsonRecords(table.frame).find((row) => row.project_code === "S21941")!.value, 21 / 13);
});

Deno.test("the suspicious values for programs keep the codes, and say why in the report's language too", async () => {
  const { projects, provenance } = toDataFrame(
    await loadCorpus([fileURLToPath(new URL("../../data/documents", import.meta.url))]),
  );
  const flags = suspiciousValues(projects, provenance);
  const said = (lang: "fi" | "en") =>
    toJsonRecords(suspiciousTable("t", flags, projects, lang).frame).map((row) => [row.check, row.detail]);
  assertEquals(said("fi"), [
    ["far_above_plan", "toteutunut 21, suunniteltu 13"],
    ["interim", '"Toiminnassa": toteutuneet luvut ovat väliaikaisia'],
  ]);
  assertEquals(said("en")[0], ["far_above_plan", "21 actual against 13 planned"]);
});
