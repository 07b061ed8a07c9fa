import pl from "nodejs-polars";
import { assertEquals } from "../../testing/assert.ts";
import { bothFigures, inWords, womenFigures } from "./facts.ts";
import { summarise } from "../analysis/summarise.ts";

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

Deno.test("womenFigures() pools the women's share as the summaries do: 402 women of 100 left out, not 504 of 219", () => {
  const projects = pl.DataFrame({
    participants_planned: [199, 100],
    participants_planned_women: [100, 50],
    participants_actual: [119, 100],
    participants_actual_women: [102, 402],
    has_participants: [true, null],
  });
  assertEquals(womenFigures(projects, "actual"), { actual: 102, planned: 119, ratio: 102 / 119, n: 1 });
  assertEquals(womenFigures(projects, "planned"), { actual: 150, planned: 299, ratio: 150 / 299, n: 2 });
});

Deno.test("bothFigures() of a frame pools participant figures as the summaries do: a project without participants left out", () => {
  // B is a project "jossa ei ole henkilöasiakkaita" that prints participants all the same.
  const projects = pl.DataFrame({
    project_code: ["A", "B"],
    participants_planned: [199, 40],
    participants_actual: [119, 50],
    funding_public_actual: [614_153, 300_000],
    has_participants: [true, false],
  });
  // Before: 169 of 239 (notebook 02), and 914 153 € over 169 participants (notebook 03), where the report said
  // 119 of 199 and 614 153 € over 119.
  assertEquals(bothFigures(projects, "participants_actual", "participants_planned"), {
    actual: 119,
    planned: 199,
    ratio: 119 / 199,
    n: 1,
  });
  assertEquals(bothFigures(projects, "funding_public_actual", "participants_actual"), {
    actual: 614_153,
    planned: 119,
    ratio: 614_153 / 119,
    n: 1,
  });
  const [all] = summarise(projects).toRecords();
  assertEquals([all!.participant_realisation, all!.cost_per_participant], [119 / 199, 614_153 / 119]);
  // Funding alone is no participant figure: both projects count.
  const funding = projects.withColumns(pl.lit(700_000).alias("funding_public_planned"));
  assertEquals(bothFigures(funding, "funding_public_actual", "funding_public_planned").n, 2);
});
