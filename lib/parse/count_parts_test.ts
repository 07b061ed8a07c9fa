import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";
import { readCountParts } from "./count_parts.ts";

const PLANNED = "Suunniteltu: 199, joista naisia 100";
const ACTUAL = "Toteutunut seurantatietojen mukaan: 119, joista naisia 102";

/** S11547's participants with the planned (or actual) line printed otherwise: the four figures and the line's warnings. */
function participants(from: string, to: string) {
  const text = edit(SEED_2007, from, to);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "s.txt" });
  const p = document!.project;
  const line = lineOf(text, to.split("\n")[0]!);
  return {
    figures: [p.participants_planned, p.participants_planned_women, p.participants_actual, p.participants_actual_women],
    said: diagnostics.filter((d) => d.line === line).map((d) => d.message),
  };
}

Deno.test("a total that cannot be read gives no women's part: the part may be another figure's", () => {
  // An evaluator's note in brackets, or planned and actual side by side: the women's number was the other figure's.
  for (
    const [from, to] of ([
      [PLANNED, "Suunniteltu: 199 (toteutunut 119, joista naisia 102)"],
      [PLANNED, "Suunniteltu: 199, toteutunut 119, joista naisia 102"],
      [PLANNED, "Suunniteltu: 199 (alkuperäinen 150, joista naisia 70)"],
      [PLANNED, "Suunniteltu: 199 (2012: 150, joista naisia 70)"],
      [PLANNED, "Suunniteltu: 199 (ml. osatoteuttaja 50, joista naisia 20)"],
      [PLANNED, "Suunniteltu: 199\tToteutunut seurantatietojen mukaan: 119, joista naisia 102"],
    ] as [string, string][])
  ) {
    const { figures, said } = participants(from, to);
    assertEquals(figures.slice(0, 2), [null, null], to);
    assert(said.some((message) => message.includes("its parts were not read either")), `${to}: ${said.join(" | ")}`);
  }
  const actual = participants(ACTUAL, "Toteutunut seurantatietojen mukaan: 119 (2013: 60, joista naisia 50)");
  assertEquals(actual.figures, [199, 100, null, null]);
});

Deno.test("a total left empty keeps its labelled women's part, and a readable total its parts as before", () => {
  assertEquals(readCountParts(", joista naisia 100").women?.value, 100);
  assertEquals(readCountParts("199, joista naisia 100").women?.value, 100);
  assertEquals(participants(PLANNED, "Suunniteltu: 199 (joista naisia 100)").figures, [199, 100, 119, 102]);
});

Deno.test("a total with a unit, a note or a mark beside its one number keeps its labelled parts", () => {
  for (const total of ["199 henkilöä", "199 hlöä", "199*", "199¹", "199 (arvio)", "noin 199", "199."]) {
    const parts = readCountParts(`${total}, joista naisia 100 ja miehiä 99`);
    assertEquals([parts.women?.value, parts.men?.value], [100, 99], total);
  }
  assertEquals(readCountParts("5 yritystä, joista naisten perustamia 2").women?.value, 2);
});

Deno.test("a total that is another label's figure gives no women's part: the planned line shifted onto the actual's", () => {
  // The planned figure left empty, the actual line's label and figures after its colon: the women were the actual's.
  for (
    const to of [
      "Suunniteltu: Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
      "Suunniteltu: toteutunut 119, joista naisia 102",
      "Suunniteltu: Toteutunut: 119, joista naisia 102",
    ]
  ) {
    const { figures, said } = participants(PLANNED, to);
    assertEquals(figures.slice(0, 2), [null, null], to);
    assert(said.some((message) => message.includes("its parts were not read either")), `${to}: ${said.join(" | ")}`);
  }
});

Deno.test("a total whose parts are followed by another figure's (an amendment, a second total) is not read: which is the total the line does not say", () => {
  for (
    const to of [
      "Suunniteltu: 150, joista naisia 80 (muutettu: 199, joista naisia 100)",
      "Suunniteltu: 150, joista naisia 80 (muutettu 199, joista naisia 100)",
      "Suunniteltu: 150, joista naisia 80 (alkuperäinen: 120)",
      "Suunniteltu: 150, joista naisia 80; toteutunut 119, joista naisia 102",
    ]
  ) {
    const { figures, said } = participants(PLANNED, to);
    assertEquals(figures, [null, null, 119, 102], to);
    assert(said.some((message) => message.includes("does not say which is the total")), `${to}: ${said.join(" | ")}`);
  }
  // Parts with a share or a note beside them hold no other total: the total is read as before.
  assertEquals(participants(PLANNED, "Suunniteltu: 199, joista naisia 100 (50 %)").figures[0], 199);
  assertEquals(participants(PLANNED, "Suunniteltu: 199, joista naisia 100 ja miehiä 99").figures, [199, 100, 119, 102]);
});
