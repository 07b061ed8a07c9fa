import { assertNullAndSaid } from "../../testing/null_and_said.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014, SEED_2014_ENDED } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";
import { findAll } from "./label_match.ts";
import { FieldFinder } from "./fields.ts";
import { COLUMN_NAMES } from "../i18n/columns.ts";

const USED = "Toteutunut julkinen rahoitus yhteensä: 614 153";

Deno.test("a field given twice with different values is null, with a warning naming both values and lines", () => {
  const text = edit(SEED_2007, USED, `${USED}\n\nToteutunut julkinen rahoitus yhteensä: 700 000`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  assertEquals(document!.project.funding_public_actual, null);
  const [warning] = diagnostics;
  assertEquals(diagnostics.map((d) => [d.code, d.level, d.line]), [[
    "conflicting_values",
    "warning",
    lineOf(text, USED),
  ]]);
  for (const part of ["614 153", "700 000", String(lineOf(text, USED)), String(lineOf(text, "700 000"))]) {
    assert(warning!.message.includes(part), `${part} in: ${warning!.message}`);
  }
});

Deno.test("an identical repeat, or the same figure written another way, is no conflict", () => {
  const repeated = edit(SEED_2007, USED, `${USED}\n\n${USED}`);
  assertEquals(parseDocument(repeated).diagnostics, []);
  assertEquals(parseDocument(repeated).document!.project.funding_public_actual, 614153);
  const spelled = edit(SEED_2007, USED, `${USED}\n\nToteutunut julkinen rahoitus yhteensä: 614\u00A0153 €`);
  assertEquals(parseDocument(spelled).diagnostics, []);
  assertEquals(parseDocument(spelled).document!.project.funding_public_actual, 614153);
});

Deno.test("conflicts are found in every kind of field: text, date, count, code", () => {
  const cases: [string, string, string, keyof NonNullable<ReturnType<typeof parseDocument>["document"]>["project"]][] =
    [
      [SEED_2007, "Projektin nimi: Maahanmuuttajien", "Projektin nimi: Toinen nimi", "name"],
      [SEED_2007, "Toiminnan tila: Toiminta päättynyt", "Toiminnan tila: Toiminnassa", "status"],
      [
        SEED_2007,
        "Suunnitelman mukainen toteutusaika: Alkaa 1.1.2011 ja päättyy 28.2.2015",
        "Suunnitelman mukainen toteutusaika: Alkaa 1.1.2011 ja päättyy 28.2.2016",
        "end_date",
      ],
      [SEED_2007, "Suunniteltu: 199, joista naisia 100", "Suunniteltu: 200, joista naisia 100", "participants_planned"],
      [SEED_2007, "Kunnat: Keitele", "Kunnat: Kuopio", "municipalities"],
      [SEED_2014, "Suunniteltu: 21", "Suunniteltu: 12", "companies_participating_planned"],
      [SEED_2014, "Y-tunnus: 0174666-4", "Y-tunnus: 0174666-5", "business_id"],
    ];
  for (const [seed, line, other, column] of cases) {
    const original = seed.split("\n").find((l) => l.startsWith(line))!;
    const text = edit(seed, original, `${original}\n${other}`);
    const { document, diagnostics } = parseDocument(text);
    const value = document!.project[column];
    assert(value === null || (Array.isArray(value) && value.length === 0), `${column} is empty: ${value}`);
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["conflicting_values", lineOf(text, line)]], column);
    assert(diagnostics[0]!.message.includes(`not read (${COLUMN_NAMES.en[column]})`), diagnostics[0]!.message);
  }
});

Deno.test("two different project codes in one project block: no code, with the conflict and the lost identity said", () => {
  const text = edit(SEED_2007, "Projektikoodi: S11547", "Projektikoodi: S11547\nProjektikoodi: S11548");
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.project_code, null);
  assertEquals(diagnostics.map((d) => [d.code, d.level]), [["conflicting_values", "warning"], [
    "missing_project_code",
    "error",
  ]]);
});

Deno.test("invisible characters inside labels, headings and figures are read past", () => {
  let text = edit(
    SEED_2007,
    "Myönnetty EU- ja valtion rahoitus: 645 300",
    "Myön\u00ADnetty EU- ja valtion rahoitus: 645\u200B300",
  );
  text = edit(text, USED, "Toteutunut julkinen rahoitus yhteen\u200Dsä: 614\u2060153");
  text = edit(text, "7. Projektin julkinen rahoitus, euroa", "7. Projektin julkinen\u200B rahoitus, euroa");
  const { document, diagnostics } = parseDocument(text);
  assertEquals(diagnostics, []);
  assertEquals([document!.project.funding_eu_state_granted, document!.project.funding_public_actual], [645300, 614153]);
});

Deno.test("a gender-equality question answered twice differently is null; a sustainability criterion scored twice differently too", () => {
  const answer = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä";
  const twice = edit(SEED_2014_ENDED, answer, `${answer}\n${answer.replace("Kyllä", "Ei")}`);
  const gender = parseDocument(twice);
  assertEquals(gender.document!.project.gender_mainstreamed, null);
  assertEquals(gender.diagnostics.map((d) => [d.code, d.line]), [["conflicting_values", lineOf(twice, answer)]]);
  const identical = parseDocument(edit(SEED_2014_ENDED, answer, `${answer}\n${answer}`));
  assertEquals([identical.document!.project.gender_mainstreamed, identical.diagnostics], [true, []]);

  const criterion = "Materiaalit ja jätteet 2 2";
  const scored = parseDocument(edit(SEED_2014_ENDED, criterion, `${criterion}\nMateriaalit ja jätteet 3 2`));
  const rows = scored.document!.sustainabilityScores.filter((s) => s.criterion === "Materiaalit ja jätteet");
  assertEquals(rows.map((s) => [s.direct, s.indirect]), [[null, null], [null, null]]);
  assertEquals(scored.diagnostics.map((d) => d.code), ["conflicting_values"]);
});

Deno.test("a negative or too large sustainability score is null, the line named, the criterion kept", () => {
  const text = edit(SEED_2014_ENDED, "Materiaalit ja jätteet 2 2", "Materiaalit ja jätteet -5 12");
  const { document, diagnostics } = parseDocument(text);
  const row = document!.sustainabilityScores.find((s) => s.criterion === "Materiaalit ja jätteet")!;
  assertEquals([row.direct, row.indirect], [null, null]);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [[
    "unreadable_value",
    lineOf(text, "Materiaalit ja jätteet"),
  ]]);
});

Deno.test("a label given with very many different values is one conflict that names the first ten and counts the rest", () => {
  // 200,000 different plans: found in one pass (comparing each with the ones before took 17 minutes for 888,332).
  const plans = Array.from({ length: 200_000 }, (_, i) => `Suunniteltu: ${i}`).join("\n");
  const text = edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", plans);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.participants_planned, null);
  const conflicts = diagnostics.filter((d) => d.code === "conflicting_values");
  assertEquals(conflicts.map((d) => d.line), [lineOf(text, "Suunniteltu: 0")]);
  const message = conflicts[0]!.message;
  assert(message.includes('"9" (line ') && !message.includes('"10" (line '), message.slice(0, 300));
  assert(message.includes("and 199,990 more"), message.slice(0, 400));
  assert(message.length < 600, `${message.length} characters`);
});

Deno.test("a label printed again without its colon is another value of it: a conflict, not the first", () => {
  const cases: [string, string, keyof NonNullable<ReturnType<typeof parseDocument>["document"]>["project"]][] = [
    ["Suunniteltu: 199, joista naisia 100", "Suunniteltu 250, joista naisia 120", "participants_planned"],
    [
      "Toteutunut julkinen rahoitus yhteensä: 614 153",
      "Toteutunut julkinen rahoitus yhteensä 700 000",
      "funding_public_actual",
    ],
    ["Y-tunnus: 2296962-1", "Y-tunnus 1234567-1", "business_id"],
  ];
  for (const [line, other, column] of cases) {
    const text = edit(SEED_2007, line, `${line}\n${other}`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project[column], null, column);
    // (the participants' line conflicts in its women's part too)
    assertEquals([...new Set(diagnostics.filter((d) => d.code === "conflicting_values").map((d) => d.line))], [
      lineOf(text, line),
    ]);
  }
  // Prose that starts with a label's word is no value of it.
  const prose = edit(
    SEED_2007,
    "Suunniteltu: 199, joista naisia 100",
    "Suunniteltu: 199, joista naisia 100\nSuunniteltu määrä ylittyi.",
  );
  assertEquals(parseDocument(prose).document!.project.participants_planned, 199);
});

Deno.test("a label is matched in any case, past ASCII too, and only where the line starts with all of it", () => {
  const lines = ["SUUNNITELTU: 250", "Myönnetty: 10", "MYÖNNETTY: 20", "Suunnitel: 5", "Suunniteltu", "Ｓuunniteltu: 7"]
    .map((text, index) => ({ number: index + 1, text }));
  assertEquals(findAll(lines, ["Suunniteltu"]).map(({ value, line }) => [value, line]), [["250", 1]]);
  assertEquals(findAll(lines, ["myönnetty"]).map(({ value, line }) => [value, line]), [["10", 2], ["20", 3]]);
});

Deno.test("a dash typed in place of a label's colon is no minus sign: the figure after it is read as printed", () => {
  const read = (from: string, to: string) => parseDocument(edit(SEED_2007, from, to), { sourceFile: "dash.txt" });
  for (const dash of ["–", "-", "—"]) {
    const amount = read(
      "Toteutunut EU- ja valtion rahoitus: 614 153",
      `Toteutunut EU- ja valtion rahoitus ${dash} 614 153`,
    );
    assertEquals(amount.document!.project.funding_eu_state_actual, 614153, dash);
    const count = read("Suunniteltu: 199, joista naisia 100", `Suunniteltu ${dash} 199, joista naisia 100`);
    assertEquals([count.document!.project.participants_planned, count.document!.project.participants_planned_women], [
      199,
      100,
    ]);
    assertEquals(count.diagnostics.filter((d) => d.code === "unreadable_value"), []);
  }
});

Deno.test("a label that goes on in words of its own before its colon is another label, not this one's value", () => {
  const NAME = "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja " +
    "kv-rekrytointikäytäntöjen kehittäminen";
  for (const label of ["Projektin nimi ja lyhenne", "Toiminnan tila ja päivämäärä"]) {
    const from = label.startsWith("Projektin") ? NAME : "Toiminnan tila: Toiminta päättynyt";
    const text = edit(SEED_2007, from, `${label}: Toiminta päättynyt`);
    const { document, diagnostics } = parseDocument(text);
    const column = label.startsWith("Projektin") ? "name" : "status";
    assertEquals(document!.project[column], null, label);
    assert(diagnostics.some((d) => d.code === "missing_field"), label);
  }
});

Deno.test("a field of the project or implementer printed again in another section with another value is a conflict", () => {
  const cases: [string, string, "status" | "name" | "start_date" | "organisation_name" | "responsible_authority"][] = [
    ["Y-tunnus: 2296962-1", "Y-tunnus: 2296962-1\n\nToiminnan tila: Toiminnassa", "status"],
    ["Y-tunnus: 2296962-1", "Y-tunnus: 2296962-1\n\nProjektin nimi: Toinen hanke", "name"],
    [
      "Y-tunnus: 2296962-1",
      "Y-tunnus: 2296962-1\n\nSuunnitelman mukainen toteutusaika: Alkaa 1.3.2011 ja päättyy 28.2.2015",
      "start_date",
    ],
    [
      "Vastuuviranomainen: Etelä",
      "Toteuttajaorganisaation nimi: Joku muu\n\nVastuuviranomainen: Etelä",
      "organisation_name",
    ],
    [
      "Hanke levittää hyviä",
      "Vastuuviranomainen: Pohjois-Savon ELY-keskus\nHanke levittää hyviä",
      "responsible_authority",
    ],
  ];
  for (const [from, to, column] of cases) {
    assertNullAndSaid(edit(SEED_2007, from, to), column, "conflicting_values", undefined, to);
  }
  // The same value printed again is no conflict.
  const again = edit(SEED_2007, "Y-tunnus: 2296962-1", "Y-tunnus: 2296962-1\n\nToiminnan tila: Toiminta päättynyt");
  assertEquals(parseDocument(again).document!.project.status, "Toiminta päättynyt");
});

Deno.test("findAllEverywhere: a section's hits, and the exact `label:` hits before its heading and past its last line", () => {
  const line = (number: number, text: string) => ({ number, text });
  const lines = [
    line(1, "Osio: ennen"),
    line(2, "1. Projekti"),
    line(3, "Osio: sisällä"),
    line(4, "Osio sisällä ilman kaksoispistettä"),
    line(5, "Toinen: Osio: ei alussa"),
    line(6, "1. Projekti"),
    line(7, "Osio: toistetussa lohkossa"),
    line(8, "OSIO : isolla"),
    line(9, "Osio ilman kaksoispistettä"),
  ];
  const project = { key: "project" as const, heading: lines[1]!, lines: lines.slice(2, 5) };
  // A block printed again is outside the section: its exact hits are found as any other line's outside it.
  const again = { key: "project" as const, heading: lines[5]!, lines: lines.slice(6), repeated: true as const };
  const finder = new FieldFinder({ lines, preamble: [lines[0]!], sections: [project, again] });
  const everywhere = finder.findAllEverywhere("project", ["Osio"]);
  // What matching the document's colon lines outside the section finds, the section's own hits beside them.
  const outside = lines.filter((l) => l.text.includes(":") && (l.number < 2 || l.number > 5));
  const expected = [...findAll(project.lines, ["Osio"]), ...findAll(outside, ["Osio"], true)];
  assertEquals(everywhere, expected.sort((a, b) => a.line - b.line));
  assertEquals(everywhere.map((hit) => [hit.line, hit.value]), [
    [1, "ennen"],
    [3, "sisällä"],
    [7, "toistetussa lohkossa"],
    [8, "isolla"],
  ]);
});

Deno.test("a label's colon right after it: the value is the rest trimmed, none when a line break is left inside it", () => {
  const values = (text: string) =>
    [false, true].map((colonOnly) => findAll([{ number: 1, text }], ["Osio"], colonOnly));
  assertEquals(values("Osio: arvo \t"), [[{ value: "arvo", line: 1 }], [{ value: "arvo", line: 1 }]]);
  assertEquals(values("osio:"), [[{ value: "", line: 1 }], [{ value: "", line: 1 }]]);
  assertEquals(values("Osio:\u2028 arvo\u00A0"), [[{ value: "arvo", line: 1 }], [{ value: "arvo", line: 1 }]]);
  assertEquals(values("Osio :  arvo"), [[{ value: "arvo", line: 1 }], [{ value: "arvo", line: 1 }]]);
  for (const text of ["Osio: a\u2028b", "Osio: arvo\r", "Osio:\na\nb"]) assertEquals(values(text), [[], []], text);
});
