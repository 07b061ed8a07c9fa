import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { tempDirSync } from "../../testing/temp.ts";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "./to_dataframe.ts";
import { withDerivedMetrics } from "./derived.ts";

Deno.test("withDerivedMetrics(): a women's share (and cost per woman) is null where the women outnumber the total", () => {
  const projects = pl.DataFrame({
    participants_planned: [100, 199],
    participants_planned_women: [402, 100],
    participants_actual: [100, 119],
    participants_actual_women: [402, 102],
    funding_public_actual: [500_000, 614_153],
  });
  const derived = withDerivedMetrics(projects);
  assertEquals(derived.getColumn("women_share_planned").toArray(), [null, 100 / 199]);
  assertEquals(derived.getColumn("women_share_actual").toArray(), [null, 102 / 119]);
  assertEquals(derived.getColumn("cost_per_woman_participant").toArray(), [null, 614_153 / 102]);
  // The rest of the project's figures stay: only the women's are in doubt.
  assertEquals(derived.getColumn("cost_per_participant").toArray(), [5_000, 614_153 / 119]);
  // The frame keeps the figures as printed.
  assertEquals(derived.getColumn("participants_actual_women").toArray(), [402, 102]);
});

Deno.test("a document's 402 women of 100: its women's share is null, and a warning names its file and line", async () => {
  const text = edit(
    SEED_2007,
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan: 100, joista naisia 402",
  );
  const dir = tempDirSync("esf-women-above-");
  Deno.writeTextFileSync(`${dir}/women.txt`, text);
  const { projects, diagnostics } = toDataFrame(await loadCorpus([dir]));
  assertEquals(projects.getColumn("women_share_actual").toArray(), [null]);
  assertEquals(projects.getColumn("women_share_planned").toArray(), [100 / 199]);
  const said = diagnostics.filter(pl.col("code").eq(pl.lit("inconsistent_figures"))).toRecords();
  assertEquals(said.map((d) => [d.file, d.line]), [[`${dir}/women.txt`, lineOf(text, "joista naisia 402")]]);
  assertEquals(String(said[0]!.message).includes("402 women, more than the 100 in all"), true);
});
