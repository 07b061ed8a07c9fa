import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

const ANALYSIS = "Hankkeessa on tehty toimintaympäristön analyysi sukupuolinäkökulmasta";
const CRITERION = "Materiaalit ja jätteet";

/** S22254 with `from` printed as `to`, parsed. */
function parsed(from: string, to: string) {
  const text = edit(SEED_2014, from, to);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "h.txt" });
  return {
    text,
    project: document!.project,
    answer: document!.genderEquality.find((a) => a.question === "gender_analysis_done"),
    row: document!.sustainabilityScores.find((s) => s.criterion === CRITERION),
    rows: document!.sustainabilityScores,
    said: diagnostics.map((d) => [d.code, d.line]),
    diagnostics,
  };
}

Deno.test("a gender-equality answer printed again on the line under its question: another answer makes it null, said", () => {
  const other = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS}: Ei\nKyllä\n`);
  const line = lineOf(other.text, ANALYSIS);
  assertEquals(other.project.gender_analysis_done, null);
  assertEquals(other.said, [["conflicting_values", line]]);
  assert(other.diagnostics[0]!.message.includes(`line ${line + 1}`), other.diagnostics[0]!.message);
  // The same answer again is read, and is no justification.
  const same = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS}: Ei\nEi\n`);
  assertEquals([same.project.gender_analysis_done, same.said], [false, []]);
  assert(same.answer!.justification!.startsWith("Järjestettävä toiminta"), same.answer!.justification!);
  // Under a question with no answer after its colon: not read, said at the answer's line.
  const under = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS}:\nKyllä\n`);
  assertEquals(under.project.gender_analysis_done, null);
  assertEquals(under.said, [["unreadable_value", lineOf(under.text, ANALYSIS) + 1]]);
});

Deno.test("a gender-equality answer printed before the question's colon as well as after it: another makes it null, said", () => {
  const other = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS} Ei: Kyllä\n`);
  assertEquals(other.project.gender_analysis_done, null);
  assertEquals(other.said, [["conflicting_values", lineOf(other.text, ANALYSIS)]]);
  assertEquals(other.answer!.question_text, ANALYSIS);
  const same = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS} ei: Ei\n`);
  assertEquals([same.project.gender_analysis_done, same.said], [false, []]);
});

Deno.test("a gender-equality answer printed before its question is not read, said at its line; one without a colon is read", () => {
  const first = parsed(`${ANALYSIS}: Ei\n`, `Ei: ${ANALYSIS}\n`);
  assertEquals(first.project.gender_analysis_done, null);
  assertEquals(first.said, [["unreadable_value", lineOf(first.text, ANALYSIS)]]);
  assertEquals(first.answer?.question_text, ANALYSIS);
  const both = parsed(`${ANALYSIS}: Ei\n`, `Kyllä ${ANALYSIS}: Ei\n`);
  assertEquals([both.project.gender_analysis_done, both.said], [null, [[
    "conflicting_values",
    lineOf(both.text, ANALYSIS),
  ]]]);
  // Without its colon, as any label's value is read without one.
  const colonless = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS} Kyllä\n`);
  assertEquals([colonless.project.gender_analysis_done, colonless.said], [true, []]);
  // The question alone, without a colon: no answer, said at its line (not said missing at the section's heading).
  const bare = parsed(`${ANALYSIS}: Ei\n`, `${ANALYSIS}\n`);
  assertEquals([bare.project.gender_analysis_done, bare.said], [null, [[
    "unreadable_value",
    lineOf(bare.text, ANALYSIS),
  ]]]);
  // A justification that starts with Ei is one.
  const reason = parsed(
    "Ei ole päätavoite.",
    "Ei ole päätavoite, sillä hankkeen päätavoite on sukupuolten tasa-arvon edistäminen.",
  );
  assertEquals([reason.project.gender_equality_main_goal, reason.said], [false, []]);
});

Deno.test("a criterion's scores printed again on the line under its row: others make its scores null, said", () => {
  for (const printed of [`${CRITERION} 4 2\n3 1`, `${CRITERION}\n4 2\n3 1`]) {
    const other = parsed(`${CRITERION} 4 2`, printed);
    const line = lineOf(other.text, CRITERION);
    assertEquals([other.row?.direct, other.row?.indirect, other.rows.length], [null, null, 15], printed);
    assertEquals(other.said, [["conflicting_values", line]], printed);
    assert(other.diagnostics[0]!.message.includes("3 1"), other.diagnostics[0]!.message);
    assert(!other.row!.justification!.includes("3 1"), other.row!.justification!);
  }
  const same = parsed(`${CRITERION} 4 2`, `${CRITERION} 4 2\n04 2`);
  assertEquals([same.row?.direct, same.row?.indirect, same.said], [4, 2, []]);
  assert(same.row!.justification!.startsWith("Kaikessa toiminnassa"), same.row!.justification!);
});

Deno.test("a criterion's scores printed before its name: its row kept with null scores, said at its line", () => {
  const before = parsed(`${CRITERION} 4 2`, `4 2 ${CRITERION}`);
  assertEquals([before.row?.direct, before.row?.indirect, before.rows.length], [null, null, 15]);
  assertEquals(before.row?.source_line, lineOf(before.text, `4 2 ${CRITERION}`));
  assertEquals(before.said, [["unreadable_value", lineOf(before.text, `4 2 ${CRITERION}`)]]);
});

Deno.test("the score columns' header printed both ways: scores that differ are null, equal ones read, said at the header", () => {
  const both = parsed("VälitönVälillinen\n", "VälitönVälillinen\nVälillinen Välitön\n");
  assertEquals([both.row?.direct, both.row?.indirect], [null, null]);
  const wellbeing = both.rows.find((s) => s.criterion === "Hyvinvoinnin edistäminen")!;
  assertEquals([wellbeing.direct, wellbeing.indirect], [8, 8]);
  assertEquals(both.said, [["conflicting_values", lineOf(both.text, "Välillinen Välitön")]]);
  // Printed again further down, before a category.
  const later = parsed("Hyvinvoinnin edistäminen 8 8\n", "Välillinen Välitön\nHyvinvoinnin edistäminen 8 8\n");
  assertEquals([later.row?.direct, later.row?.indirect], [null, null]);
  assertEquals(later.said, [["conflicting_values", lineOf(later.text, "Välillinen Välitön")]]);
});

Deno.test("a 2007-2013 classification printed under another theme's label is null, said at its line", () => {
  const equality = "Tasa-arvo: Sukupuolineutraali projekti";
  const partnership = "Kumppanuus: Kumppanuutta selvästi edistävä projekti";
  const swapped = edit(
    edit(SEED_2007, equality, "Tasa-arvo: Kumppanuutta selvästi edistävä projekti"),
    partnership,
    "Kumppanuus: Sukupuolineutraali projekti",
  );
  const { document, diagnostics } = parseDocument(swapped, { sourceFile: "c.txt" });
  assertEquals([document!.project.class_equality, document!.project.class_partnership], [null, null]);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [
    ["unreadable_value", lineOf(swapped, "Tasa-arvo:")],
    ["unreadable_value", lineOf(swapped, "Kumppanuus:")],
  ]);
  // Another theme's class printed under a label, its own not: null, said; the others read.
  const innovation = "Innovatiivisuus: Selvästi innovatiivisia tuloksia tuottava projekti";
  const doubled = edit(SEED_2007, innovation, "Innovatiivisuus: Merkittävästi kestävää kehitystä edistävä projekti");
  const read = parseDocument(doubled);
  assertEquals(read.document!.project.class_innovation, null);
  assertEquals(read.document!.project.class_sustainability, "Merkittävästi kestävää kehitystä edistävä projekti");
  assertEquals(read.diagnostics.map((d) => [d.code, d.line]), [[
    "unreadable_value",
    lineOf(doubled, "Innovatiivisuus:"),
  ]]);
  // A class that names no theme, or its own with another, is read.
  const own = edit(
    SEED_2007,
    innovation,
    "Innovatiivisuus: Kestävän kehityksen innovatiivisia tuloksia tuottava projekti",
  );
  assertEquals(parseDocument(own).diagnostics, []);
});

Deno.test("two criteria's rows joined on one line: the first keeps its row with null scores, said, and no row of both names", () => {
  const joined = parsed(`${CRITERION} 4 2\n`, `${CRITERION} 4 2 Uusiutuvien energialähteiden käyttö 0 0\n`);
  assertEquals([joined.row?.direct, joined.row?.indirect, joined.rows.length], [null, null, 15]);
  assert(
    !joined.rows.some((s) =>
      s.criterion.includes("Uusiutuvien") && s.criterion !== "Uusiutuvien energialähteiden käyttö"
    ),
  );
  assertEquals(joined.said, [["unreadable_value", lineOf(joined.text, CRITERION)]]);
});
