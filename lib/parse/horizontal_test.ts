import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

const CRITERION = "Materiaalit ja jätteet";
const scored = (line: string) => {
  const text = edit(SEED_2014, `${CRITERION} 4 2`, line);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "s.txt" });
  const rows = document!.sustainabilityScores;
  return {
    rows,
    row: rows.find((s) => s.criterion === CRITERION),
    diagnostics,
    line: lineOf(text, line.split("\n")[0]!),
  };
};

Deno.test("a criterion of the template whose scores are printed otherwise keeps its row: null scores, its line named", () => {
  for (const scores of ["4/2", "4 / 2", "4 – 2", "(4 2)"]) {
    const { rows, row, diagnostics, line } = scored(`${CRITERION} ${scores}`);
    assertEquals(rows.length, 15, scores);
    assertEquals([row?.direct, row?.indirect, row?.source_line], [null, null, line], scores);
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === line), scores);
    // The next criterion's justification is its own.
    assert(!rows.some((s) => s.justification?.includes(CRITERION)), scores);
  }
});

Deno.test("a criterion's name and scores with a colon or a dash between them: the scores are read", () => {
  for (const separator of [":", " –", " -"]) {
    const { rows, row, diagnostics } = scored(`${CRITERION}${separator} 4 2`);
    assertEquals(rows.length, 15, separator);
    assertEquals([row?.criterion, row?.direct, row?.indirect], [CRITERION, 4, 2], separator);
    assertEquals(diagnostics.filter((d) => d.code === "unreadable_value"), [], separator);
  }
});

Deno.test("a justification line that starts with a criterion's name is no criterion", () => {
  const { rows } = scored(`${CRITERION} 4 2\n${CRITERION} kierrätetään hankkeen tapahtumissa.`);
  assertEquals(rows.length, 15);
  assert(rows.find((s) => s.criterion === CRITERION)!.justification!.includes("kierrätetään"));
});

Deno.test("a justification that starts with its question's words is the answer's justification, not a second answer", () => {
  const question = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Ei";
  const reason = "Sukupuolinäkökulma on huomioitu seuraavasti: toiminnan suunnittelussa kuullaan molempia sukupuolia.";
  const goal = "Hankkeen päätavoite on sukupuolten tasa-arvon edistämisen sijaan työllisyys: tavoite on työllistää.";
  const text = edit(SEED_2014, question, `${question}\n${reason}\n${goal}`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "g.txt" });
  assertEquals([document!.project.gender_mainstreamed, document!.project.gender_equality_main_goal], [false, false]);
  assertEquals(document!.genderEquality.length, 3);
  const mainstreamed = document!.genderEquality.find((a) => a.question === "gender_mainstreamed")!;
  assert(
    mainstreamed.justification!.includes("kuullaan molempia") && mainstreamed.justification!.includes("työllistää"),
  );
  assertEquals(diagnostics.filter((d) => d.code === "conflicting_values"), []);
});

Deno.test("a gender-equality question printed thousands of times is read in linear time", () => {
  const question = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Ei";
  const text = edit(SEED_2014, question, Array.from({ length: 40_000 }, () => question).join("\n"));
  const { document } = parseDocument(text, { sourceFile: "g.txt" });
  assertEquals(document!.project.gender_mainstreamed, false);
});

Deno.test("the template's question with an answer of more words is the question, its answer said unreadable", () => {
  const question = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Ei";
  const text = edit(SEED_2014, question, question.replace(": Ei", ": Kyllä, osittain huomioitu"));
  const { document, diagnostics } = parseDocument(text, { sourceFile: "g.txt" });
  assertEquals(document!.project.gender_mainstreamed, null);
  const line = lineOf(text, "Sukupuolinäkökulma on huomioitu");
  assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === line), JSON.stringify(diagnostics));
});

Deno.test("a justification line of a criterion's name and a colon is its justification; scores with their unit are read", () => {
  const lead = scored(`${CRITERION} 4 2\n${CRITERION}:\nKierrätys on osa hankkeen arkea.`);
  assertEquals([lead.row?.direct, lead.row?.indirect], [4, 2]);
  assertEquals(lead.rows.length, 15);
  assert(lead.row!.justification!.startsWith(`${CRITERION}:`), lead.row!.justification!);
  assertEquals(lead.diagnostics.filter((d) => d.code === "conflicting_values"), []);
  for (const scores of ["4 pistettä 2 pistettä", "4p 2p", "4 p. 2 p."]) {
    const points = scored(`${CRITERION} ${scores}`);
    assertEquals([points.rows.length, points.row?.direct, points.row?.indirect], [15, 4, 2], scores);
  }
});

Deno.test("a justification that starts with its question's words and a list or a reference is no second answer", () => {
  const question = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä";
  for (
    const line of [
      "Sukupuolinäkökulma on huomioitu seuraavasti:",
      "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa: ks. yllä",
      "Sukupuolinäkökulma on huomioitu mm. seuraavissa: rekrytointi, viestintä",
    ]
  ) {
    const text = edit(
      SEED_2014,
      "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Ei",
      `${question}\n${line}`,
    );
    const { document, diagnostics } = parseDocument(text, { sourceFile: "g.txt" });
    assertEquals(document!.project.gender_mainstreamed, true, line);
    assertEquals(document!.genderEquality.length, 3, line);
    assertEquals(diagnostics.filter((d) => d.code === "conflicting_values"), [], line);
  }
});

Deno.test("a criterion scored with dashes keeps its row, its scores null and its line named", () => {
  for (const scores of ["- -", "-", "– –", ": -"]) {
    const line = `Kulttuuriympäristö${scores.startsWith(":") ? "" : " "}${scores}`;
    const text = edit(SEED_2014, "Kulttuuriympäristö 3 3", line);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "d.txt" });
    const row = document!.sustainabilityScores.find((s) => s.criterion === "Kulttuuriympäristö");
    assertEquals([document!.sustainabilityScores.length, row?.direct, row?.indirect], [15, null, null], scores);
    assert(diagnostics.some((d) => d.line === lineOf(text, line)), scores);
  }
});

Deno.test("an answer with a remark holding a colon is the question's, said unreadable at its line", () => {
  const question = "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Ei";
  const line =
    "Sukupuolinäkökulma on huomioitu hankkeen toiminnassa (valtavirtaistaminen): Kyllä (ks. liite 2: analyysi)";
  const text = edit(SEED_2014, question, line);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "g.txt" });
  assertEquals(document!.project.gender_mainstreamed, null);
  assert(
    diagnostics.some((d) => d.code === "unreadable_value" && d.line === lineOf(text, line)),
    JSON.stringify(diagnostics),
  );
});

Deno.test("a criterion's scores with a note, misread letters or words keep its row: null scores, said", () => {
  // They went into the criterion before's justification, the row lost without a word.
  for (const scores of ["4 2 (arvio)", "lO 2", "I0 2", "Välitön 4, välillinen 2"]) {
    const { rows, row, diagnostics, line } = scored(`${CRITERION} ${scores}`);
    assertEquals(rows.length, 15, scores);
    assertEquals([row?.direct, row?.indirect, row?.source_line], [null, null, line], scores);
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === line), scores);
    assert(!rows.some((s) => s.justification?.includes(CRITERION)), scores);
  }
});

Deno.test("a criterion's row of a pipe table is read; a name wrapped onto the next line is the template's criterion", () => {
  const piped = scored(`| ${CRITERION} | 4 | 2 |`);
  assertEquals([piped.rows.length, piped.row?.direct, piped.row?.indirect], [15, 4, 2]);
  const LONG = "Pinta- ja pohjavedet, maaperä sekä ilma (ja kasvihuonekaasujen väheneminen)";
  for (const wrapped of [`${LONG.replace(" väheneminen)", "\nväheneminen)")} 0 0`, `${LONG} 0 0`]) {
    const text = edit(SEED_2014, `${LONG} 0 0`, wrapped);
    const rows = parseDocument(text).document!.sustainabilityScores;
    assertEquals(rows.length, 15, wrapped);
    assertEquals(rows.filter((s) => s.criterion === LONG).map((s) => [s.direct, s.indirect]), [[0, 0]], wrapped);
  }
  const hyphenated = edit(SEED_2014, `${CRITERION} 4 2`, "Materiaalit ja jät-\nteet 4 2");
  const rows = parseDocument(hyphenated).document!.sustainabilityScores;
  assertEquals(rows.filter((s) => s.criterion === CRITERION).map((s) => [s.direct, s.indirect]), [[4, 2]]);
});

Deno.test("a justification that starts with a later criterion's name, inflected or with a colon, makes no row of it", () => {
  const yhdenvertaisuus = "Yhteiskunnallinen ja kulttuurinen yhdenvertaisuus 6 6\n";
  const justification = SEED_2014.slice(SEED_2014.indexOf(yhdenvertaisuus) + yhdenvertaisuus.length).split("\n")[0]!;
  for (
    const line of ["Kulttuuriympäristöön tutustutaan 2 kertaa vuodessa.", "Kulttuuriympäristö: 2 retkeä vuodessa."]
  ) {
    const text = SEED_2014.replace(justification, line);
    const rows = parseDocument(text).document!.sustainabilityScores;
    assertEquals(rows.length, 15, line);
    assertEquals(rows.filter((s) => s.criterion === "Kulttuuriympäristö").map((s) => [s.direct, s.indirect]), [[3, 3]]);
    assert(rows.some((s) => s.justification?.includes(line)), line);
  }
});

Deno.test("a criterion's scores misread as letters or a word keep its row: null scores, said, in no justification", () => {
  // The row was lost into the criterion before's justification, without a word.
  for (const scores of ["l 2", "I 2", "ei 2", "x 2", "O O", "o 2"]) {
    const { rows, row, diagnostics, line } = scored(`${CRITERION} ${scores}`);
    assertEquals(rows.length, 15, scores);
    assertEquals([row?.direct, row?.indirect, row?.source_line], [null, null, line], scores);
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === line), scores);
    assert(!rows.some((s) => s.justification?.includes(CRITERION)), scores);
  }
  // A justification after the name and a colon, with a word of its own, is still the criterion's justification.
  const { rows } = scored(`${CRITERION} 4 2\n${CRITERION}: ks. 4`);
  assert(rows.find((s) => s.criterion === CRITERION)!.justification!.startsWith(`${CRITERION}: ks. 4\n`));
});

Deno.test("a justification's sentences ending in two small figures make no criterion of them", () => {
  const justification = "Mahdolliset jätteet lajitellaan.";
  const line = "Mahdolliset jätteet lajitellaan, ks. hankesuunnitelman kohdat 3 4";
  const text = edit(SEED_2014, justification, line);
  const { document, diagnostics } = parseDocument(text);
  const rows = document!.sustainabilityScores;
  assertEquals(rows.length, 15);
  assertEquals(rows.filter((s) => s.direct === 3 && s.indirect === 4), []);
  assert(rows.find((s) => s.criterion === CRITERION)!.justification!.endsWith(line));
  // Said at its line: it may be a criterion's row printed otherwise.
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unreadable_value", lineOf(text, line)]]);
  // A criterion's name printed otherwise than the template's is its own row, its scores read.
  const reworded = parseDocument(edit(SEED_2014, `${CRITERION} 4 2`, "Materiaalit ja jäte 4 2")).document!;
  assertEquals(
    reworded.sustainabilityScores.filter((s) => s.criterion === "Materiaalit ja jäte").map((
      s,
    ) => [s.direct, s.indirect]),
    [[4, 2]],
  );
});
