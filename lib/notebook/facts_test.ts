import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { inWords } from "./facts.ts";

Deno.test("inWords names the fund in the notebook's language: ESF and ERDF in English", () => {
  const frame = pl.DataFrame({ fund: ["ESR", "EAKR", null], projects: [3, 1, 1] });
  assertEquals(inWords(frame, "en").getColumn("fund").toArray(), ["ESF", "ERDF", null]);
  assertEquals(inWords(frame, "fi").getColumn("fund").toArray(), ["ESR", "EAKR", null]);
});

Deno.test("inWords names the organisation types in English where EURA prints them", () => {
  const frame = pl.DataFrame({ organisation_type: ["Ammattikorkeakoulu", "Kunta"] });
  assertEquals(inWords(frame, "en").getColumn("organisation_type").toArray(), [
    "University of applied sciences",
    "Municipality",
  ]);
});
