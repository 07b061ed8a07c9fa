/** A project's funding in all is never below zero: a document's negative amount is null, said at its line. */
import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { tempDirSync } from "../../testing/temp.ts";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { summarise } from "../analysis/summarise.ts";
import { parseDocument } from "./parse_document.ts";

Deno.test("a document's negative funding (-614 153) is null with a warning at its line, in both languages", () => {
  const text = edit(
    SEED_2007,
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: -614 153",
  );
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  assertEquals(document!.project.funding_public_actual, null);
  assertEquals(document!.project.funding_eu_state_actual, 614_153, "the other amounts stay");
  const said = diagnostics.filter((d) => d.code === "unreadable_value");
  assertEquals(said.map((d) => [d.file, d.line]), [["a.txt", lineOf(text, "-614 153")]]);
  assertEquals(localiseDiagnostic(said[0]!, "en").includes(`"-614 153" is negative`), true);
  assertEquals(localiseDiagnostic(said[0]!, "fi").includes(`"-614 153" on negatiivinen`), true);
  // Nor is the EU and state part compared with a whole it cannot be part of.
  assertEquals(diagnostics.filter((d) => d.code === "inconsistent_figures").length, 0);
});

Deno.test("a negative amount read either way (-645,300) is null too, never decided", () => {
  const text = edit(
    SEED_2007,
    "Suunniteltu julkinen rahoitus yhteensä: 645 300",
    "Suunniteltu julkinen rahoitus yhteensä: -645,300",
  );
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  assertEquals(document!.project.funding_public_planned, null);
  assertEquals(diagnostics.filter((d) => d.code === "unreadable_value").map((d) => d.line), [
    lineOf(text, "-645,300"),
  ]);
});

Deno.test("a negative actual funding does not enter the pooled utilisation", async () => {
  const second = edit(
    edit(SEED_2007, "Projektikoodi: S11547", "Projektikoodi: S11548"),
    "Toteutunut julkinen rahoitus yhteensä: 614 153",
    "Toteutunut julkinen rahoitus yhteensä: -614 153",
  );
  const dir = tempDirSync("esf-negative-");
  Deno.writeTextFileSync(`${dir}/a.txt`, SEED_2007);
  Deno.writeTextFileSync(`${dir}/b.txt`, second);
  const { projects } = toDataFrame(await loadCorpus([dir]));
  assertEquals(projects.sort("project_code").getColumn("funding_utilisation").toArray(), [614_153 / 645_300, null]);
  const [all] = summarise(projects).toRecords();
  assertEquals([all!.funding_utilisation, all!.funding_utilisation_n], [614_153 / 645_300, 1]);
  assertEquals([all!.funding_public_actual, all!.funding_public_actual_n], [614_153, 1]);
  assertEquals(projects.filter(pl.col("funding_public_actual").lt(0)).height, 0);
});
