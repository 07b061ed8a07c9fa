import { assertEquals } from "../../testing/assert.ts";
import { diagnostic } from "../diagnostics.ts";
import { diagnosticsTable } from "./tables.ts";

Deno.test("a Finnish report's diagnostics say their messages in Finnish in every format, the .csv and .parquet too (audit 33)", () => {
  const d = diagnostic("duplicate_identical", { file: "b.txt", project_code: "S11547" }, "S11547", "a.txt");
  const fi = diagnosticsTable("diagnostics", [d], "fi");
  const expected = "Hankkeen S11547 kaksoiskappale: identtinen kopio tiedostosta a.txt, joka otettiin mukaan.";
  assertEquals(fi.frame.getColumn("message").toArray(), [expected]);
  assertEquals(fi.display.getColumn("message").toArray(), [expected]);
  assertEquals(fi.frame.getColumn("code").toArray(), ["duplicate"], "the code stays for programs");
  const en = diagnosticsTable("diagnostics", [d], "en");
  assertEquals(en.frame.getColumn("message").toArray(), [
    "Duplicate of project S11547: an identical copy of a.txt, which was kept.",
  ]);
});
