import { assert, assertEquals } from "../../testing/assert.ts";
import { parseDocument } from "./parse_document.ts";
import { ProjectSchema } from "../schema.ts";
import { EXPECTED_SEEDS, EXPECTED_SUSTAINABILITY, type TextPin } from "../../testing/seeds_expected.ts";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";

const DATA = new URL("../../data/documents/", import.meta.url);

function parseSeed(name: string) {
  const text = Deno.readTextFileSync(new URL(name, DATA));
  return parseDocument(text, { sourceFile: `data/documents/${name}` });
}

const isPin = (value: unknown): value is TextPin =>
  typeof value === "object" && value !== null && "startsWith" in value && "endsWith" in value;

for (const [file, expected] of Object.entries(EXPECTED_SEEDS)) {
  Deno.test(`parseDocument() reads every field of seed ${expected.project_code} (${file})`, () => {
    const { document, diagnostics } = parseSeed(file);
    if (document === null) throw new Error("no project was parsed");
    assertEquals(diagnostics, []);
    assertEquals(Object.keys(expected).sort(), Object.keys(ProjectSchema.shape).sort(), "every column is asserted");
    for (const [column, want] of Object.entries(expected)) {
      const got: unknown = document.project[column as keyof typeof document.project];
      if (isPin(want)) {
        if (typeof got !== "string") throw new Error(`${column} is not text: ${got}`);
        assert(
          got.startsWith(want.startsWith),
          `${column} starts with "${want.startsWith}", got "${got.slice(0, 80)}"`,
        );
        assert(got.endsWith(want.endsWith), `${column} ends with "${want.endsWith}", got "${got.slice(-80)}"`);
      } else {
        assertEquals(got, want, column);
      }
    }
    assert(ProjectSchema.safeParse(document.project).success);
  });
}

Deno.test("parseDocument() records the line of each value", () => {
  const { document } = parseSeed("000_0083efce40fb50fc.txt");
  const lines = document!.sourceLines;
  assertEquals(lines.project_code, 9);
  assertEquals(lines.status, 21);
  assertEquals(lines.municipalities, 57);
  assertEquals([lines.participants_planned, lines.participants_planned_women], [77, 77]);
  assertEquals([lines.participants_actual, lines.participants_actual_women], [79, 79]);
  assertEquals([lines.jobs_planned, lines.enterprises_actual, lines.degrees_actual_women], [85, 93, 99]);
  assertEquals([lines.funding_eu_state_granted, lines.funding_public_actual], [122, 128]);
  const lines2014 = parseSeed("003_26d83fee4ba57d94.txt").document!.sourceLines;
  assertEquals([lines2014.project_code, lines2014.status, lines2014.municipalities], [7, 17, 104]);
  assertEquals([lines2014.companies_participating_planned, lines2014.companies_participating_actual], [118, 120]);
  assertEquals([lines2014.participants_planned, lines2014.participants_actual], [124, undefined]);
  assertEquals([lines2014.funding_eu_state_granted, lines2014.funding_public_actual], [90, 96]);
});

Deno.test("parseDocument() reads the 2014-2020 sustainability scores in document order", () => {
  for (const [file, code] of [["003_26d83fee4ba57d94.txt", "S22254"], ["004_b5ee5d749125fe7f.txt", "S21941"]]) {
    const scores = parseSeed(file!).document!.sustainabilityScores;
    assertEquals(scores.map((s) => [s.criterion, s.direct, s.indirect]), EXPECTED_SUSTAINABILITY[code!]);
    assertEquals(scores.every((s) => s.project_code === code), true);
    assertEquals(
      [...new Set(scores.map((s) => s.category))],
      ["Ekologinen kestävyys", "Taloudellinen kestävyys", "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus"],
    );
  }
  const s21941 = parseSeed("004_b5ee5d749125fe7f.txt").document!.sustainabilityScores;
  assertEquals(s21941[0]!.justification, null, "Luonnonvarojen käytön kestävyys has no justification");
  assertEquals(
    s21941[5]!.justification,
    "Digitaalisen materiaalin tuottaminen vähentää tapahtumia varten tuotettua paperia.",
  );
});

Deno.test("parseDocument() reads the gender-equality answers with their justifications", () => {
  const answers = parseSeed("004_b5ee5d749125fe7f.txt").document!.genderEquality;
  assertEquals(answers.map((a) => [a.question, a.answer, a.source_line]), [
    ["gender_analysis_done", false, 115],
    ["gender_mainstreamed", true, 117],
    ["gender_equality_main_goal", false, 119],
  ]);
  assertEquals(
    answers[1]!.justification,
    "Hankkeen toimenpiteissä huomioidaan henkilökohtaiset ja yksilölliset tarpeet sukupuolesta riippumatta.",
  );
  assertEquals(answers[2]!.question_text, "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen");
});

Deno.test("parseDocument() keeps contact details apart from the project record", () => {
  const { document } = parseSeed("000_0083efce40fb50fc.txt");
  assertEquals(document!.contacts.map((c) => [c.role, c.name, c.position, c.email, c.phone, c.address]), [
    ["organisation", null, null, null, "0295 026 500", "Kallanranta 11, PL 2000"],
    [
      "responsible_person",
      "Lisbeth Mattsson",
      "Maahanmuuttopäällikkö",
      "lisbeth.mattsson(at)ely-keskus.fi",
      "040 718 1414",
      null,
    ],
  ]);
  const record = JSON.stringify(document!.project);
  for (const personal of ["Lisbeth", "Mattsson", "040 718 1414", "ely-keskus.fi/web/ely/ely-pohjois-savo/mok@"]) {
    assert(!record.includes(personal) || personal.endsWith("@"), `${personal} is not in the project record`);
  }
  const s22254 = parseSeed("003_26d83fee4ba57d94.txt").document!;
  assertEquals(s22254.contacts.map((c) => [c.role, c.name, c.email, c.postal_code, c.city]), [
    ["organisation", null, null, "40100", "Jyväskylä"],
    ["contact_person", "Päivi Ylinen", "paivi.e.ylinen(at)jyvaskyla.fi", null, null],
  ]);
  assert(!JSON.stringify(s22254.project).includes("Ylinen"));
});

Deno.test("parseDocument() lists the area in document order with its line", () => {
  const areas = parseSeed("004_b5ee5d749125fe7f.txt").document!.areas;
  assertEquals(areas.map((a) => [a.level, a.name, a.position]), [
    ["region", "Kainuu", 0],
    ["subregion", "Kajaanin", 0],
    ["municipality", "Sotkamo", 0],
    ["municipality", "Kajaani", 1],
  ]);
});

Deno.test("a section whose heading is reworded or lost its space is said missing on the line that may be its heading", () => {
  for (const heading of ["3.4 Aloittaneiden henkilöiden lukumäärä", "3.4Aloittaneiden henkilöiden määrä"]) {
    const text = edit(SEED_2007, "3.4 Aloittaneiden henkilöiden määrä", heading);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "heading.txt" });
    assertEquals(document!.project.participants_planned, null, heading);
    const said = diagnostics.filter((d) => d.code === "missing_section");
    assertEquals(said.map((d) => d.line), [lineOf(text, heading)], heading);
    assert(said[0]!.message.includes(heading), said[0]!.message);
  }
});
