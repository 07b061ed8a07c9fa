import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

Deno.test("an indicator's block printed again (pasted twice, or a corrected one added) is compared with the first, never passed over", () => {
  const block = "3.4 Aloittaneiden henkilöiden määrä\n\nSuunniteltu: 199, joista naisia 100\n\n" +
    "Toteutunut seurantatietojen mukaan: 125, joista naisia 104\n";
  const degrees = "Toteutunut seurantatietojen mukaan: 0, joista naisten tutkintoja 0\n";
  const places: [string, string][] = [
    ["after 4.3", edit(SEED_2007, degrees, `${degrees}\n${block}`)],
    ["at the end", `${SEED_2007}\n${block}`],
  ];
  for (const [where, text] of places) {
    const { document, diagnostics } = parseDocument(text, { sourceFile: "twice.txt" });
    const project = document!.project;
    assertEquals([project.participants_actual, project.participants_actual_women], [null, null], where);
    // The planned figures agree: read.
    assertEquals([project.participants_planned, project.participants_planned_women], [199, 100], where);
    // The degrees' block is not taken for the participants'.
    assertEquals([project.degrees_planned, project.degrees_actual, project.degrees_actual_women], [0, 0, 0], where);
    const lines = [lineOf(SEED_2007, "Toteutunut seurantatietojen mukaan: 119"), lineOf(text, "mukaan: 125")];
    const conflicts = diagnostics.filter((d) => d.code === "conflicting_values");
    assert(
      conflicts.some((d) => d.message.includes("119") && d.message.includes("125")),
      `${where}: ${JSON.stringify(conflicts)}`,
    );
    assert(
      conflicts.every((d) => lines.includes(d.line!)),
      `${where}: ${JSON.stringify(conflicts.map((d) => d.line))}`,
    );
    if (where === "at the end") {
      assert(!project.final_report_summary!.includes("Aloittaneiden"), "not in the final report's text");
    }
  }
  // The same block twice with the same figures: read, as printed.
  const same = parseDocument(`${SEED_2007}\n${block.replace("125, joista naisia 104", "119, joista naisia 102")}`)
    .document!;
  assertEquals([same.project.participants_actual, same.project.participants_actual_women], [119, 102]);
});

Deno.test("the 2014-2020 participating companies' block printed again with another figure: null, both lines named", () => {
  const block =
    "7.1 Osallistuvien yritysten lukumäärä\n\nSuunniteltu: 30\n\nToteutunut seurantatietojen mukaan: 30\n\n";
  const text = edit(SEED_2014, "9 Loppuraportin tiivistelmä", `${block}9 Loppuraportin tiivistelmä`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "twice.txt" });
  assertEquals(document!.project.companies_participating_actual, null);
  assert(
    diagnostics.some((d) => d.code === "conflicting_values" && d.message.includes("30")),
    JSON.stringify(diagnostics),
  );
});
