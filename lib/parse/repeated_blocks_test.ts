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

Deno.test("a repeated indicator block ends at the next heading: the sections after it are read as they are", () => {
  const start = SEED_2007.indexOf("3.4 Aloittaneiden");
  const next = SEED_2007.indexOf("4. Projektin tavoitteet");
  // The 3.4 block pasted twice, identical: every figure read, as without the copy.
  const twice = SEED_2007.slice(0, next) + SEED_2007.slice(start, next) + SEED_2007.slice(next);
  const { document, diagnostics } = parseDocument(twice, { sourceFile: "twice.txt" });
  const p = document!.project;
  assertEquals(
    [p.participants_planned, p.participants_actual, p.participants_actual_women, p.jobs_planned, p.degrees_planned],
    [199, 119, 102, 0, 0],
  );
  assert(p.summary !== null, "the summary after the blocks");
  assertEquals(diagnostics.filter((d) => d.code !== "unusual_value"), []);
  // A corrected 4.1–4.3 run added after 4.3, the enterprises changed: only they conflict, named at their lines.
  const degrees = "Toteutunut seurantatietojen mukaan: 0, joista naisten tutkintoja 0\n";
  const run = SEED_2007.slice(SEED_2007.indexOf("4.1 Uusien"), SEED_2007.indexOf(degrees) + degrees.length)
    .replace("Suunniteltu: 0, joista naisten perustamia 0", "Suunniteltu: 4, joista naisten perustamia 2");
  const corrected = parseDocument(edit(SEED_2007, degrees, `${degrees}\n${run}`), { sourceFile: "c.txt" });
  const q = corrected.document!.project;
  assertEquals([q.jobs_planned, q.enterprises_planned, q.degrees_planned], [0, null, 0]);
  assert(q.summary !== null, "the summary after the blocks");
  const conflicts = corrected.diagnostics.filter((d) => d.code === "conflicting_values");
  assertEquals(conflicts.length, 2, JSON.stringify(conflicts.map((d) => d.message)));
  // 7.1 added before the final report: the final report is read, not taken for a justification.
  const block =
    "7.1 Osallistuvien yritysten lukumäärä\n\nSuunniteltu: 30\n\nToteutunut seurantatietojen mukaan: 30\n\n";
  const ended = SEED_2014.replace("9 Loppuraportin tiivistelmä", `${block}9 Loppuraportin tiivistelmä`);
  const read = parseDocument(ended, { sourceFile: "e.txt" }).document!;
  assertEquals(read.project.final_report_summary, parseDocument(SEED_2014).document!.project.final_report_summary);
});

Deno.test("a block printed again is compared only with a first one found: a first one whose heading is not read is missing, said", () => {
  // A heading misprinted (a wrapped one is read: see sections_test.ts).
  const wrapped = edit(SEED_2007, "3.4 Aloittaneiden henkilöiden määrä", "3.4 Aloittaneiden henkilöitten määrä");
  const block = "3.4 Aloittaneiden henkilöiden määrä\n\nSuunniteltu: 250, joista naisia 120\n\n" +
    "Toteutunut seurantatietojen mukaan: 240, joista naisia 110\n";
  const { document, diagnostics } = parseDocument(`${wrapped}\n${block}`, { sourceFile: "w.txt" });
  assertEquals(document!.project.participants_planned, null);
  assert(diagnostics.some((d) => d.code === "missing_section" && d.line === lineOf(wrapped, "3.4 Aloittaneiden")));
});

Deno.test("a repeated block keeps no line of the text after it that only starts with a digit", () => {
  const block = "3.4 Aloittaneiden henkilöiden määrä\n\nSuunniteltu: 199, joista naisia 100\n\n" +
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102\n1. Koulutus 40 h\n2. Valmennus\n";
  const { document } = parseDocument(`${SEED_2007}\n${block}`, { sourceFile: "t.txt" });
  assert(document!.project.final_report_summary!.includes("2. Valmennus"), document!.project.final_report_summary!);
});

Deno.test("an indicator's block printed out of the template's order gives the block it follows none of its figures", () => {
  const companies =
    "7.1 Osallistuvien yritysten lukumäärä\n\nSuunniteltu: 21\n\nToteutunut seurantatietojen mukaan: 25";
  const participants = "7.2 Osallistuvien henkilöiden lukumäärä\n\nSuunniteltu: 400";
  // The 2014-2020 companies' block pasted after the participants' (numbered as printed, or renumbered).
  for (
    const after of [
      `${participants}\n\n${companies}`,
      `${participants.replace("7.2", "7.1")}\n\n${companies.replace("7.1", "7.2")}`,
    ]
  ) {
    const text = edit(SEED_2014, `${companies}\n\n${participants}`, after);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "order.txt" });
    const p = document!.project;
    // The companies' actual figure is not the participants' (the template prints no actual participants).
    assertEquals([p.participants_planned, p.participants_actual], [400, null]);
    assertEquals([p.companies_participating_planned, p.companies_participating_actual], [null, null]);
    // Said at the first line numbered as the companies' heading is (the participants' when renumbered).
    assert(
      diagnostics.some((d) => d.code === "missing_section" && d.line === lineOf(text, "7.1 Osallistuvien")),
      JSON.stringify(diagnostics),
    );
  }
  // A block of a section read already, printed again out of order without its number: compared with the first.
  const degrees = "Toteutunut seurantatietojen mukaan: 0, joista naisten tutkintoja 0\n";
  const again = "Aloittaneiden henkilöiden määrä\n\nSuunniteltu: 199, joista naisia 100\n\n" +
    "Toteutunut seurantatietojen mukaan: 125, joista naisia 104\n";
  const twice = parseDocument(edit(SEED_2007, degrees, `${degrees}\n${again}`)).document!.project;
  assertEquals([twice.participants_planned, twice.participants_actual, twice.degrees_actual], [199, null, 0]);
});
