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

Deno.test("inWords names regions, a project's regions and the programme's sections in English, as the report's tables do", () => {
  const frame = pl.DataFrame({
    region: ["Pohjois-Savo", "koko Suomi", "Karjala"],
    programme_section: ["Itä-Suomen suuralueosio", "Valtakunnallinen osio", null],
    regions: [["Pohjois-Savo", "Keski-Suomi"], [], null],
  });
  const en = inWords(frame, "en");
  assertEquals(en.getColumn("region").toArray(), ["North Savo", "Nationwide", "Karjala"]);
  assertEquals(en.getColumn("programme_section").toArray(), ["Eastern Finland section", "National section", null]);
  const lists = en.getColumn("regions").toArray() as unknown as (Iterable<string> | null)[];
  assertEquals(lists.map((list) => list === null ? null : [...list]), [
    ["North Savo", "Central Finland"],
    [],
    null,
  ]);
  assertEquals(inWords(frame, "fi").getColumn("region").toArray(), ["Pohjois-Savo", "Valtakunnalliset", "Karjala"]);
  assertEquals(inWords(frame, "fi").getColumn("programme_section").toArray()[0], "Itä-Suomen suuralueosio");
});
