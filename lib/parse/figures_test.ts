import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";
import { ProjectSchema } from "../schema.ts";

const ACTUAL = "Toteutunut seurantatietojen mukaan: 119, joista naisia 102";

/** The seed with its actual participants line printed as `value`. */
function withActual(value: string) {
  const text = edit(SEED_2007, ACTUAL, `Toteutunut seurantatietojen mukaan: ${value}`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  return { text, project: document!.project, diagnostics, line: lineOf(text, `mukaan: ${value}`) };
}

Deno.test("women and men are read by their labels, in any order and with any joining word", () => {
  for (
    const value of [
      "119, joista naisia 102 ja miehiä 17",
      "119, joista miehiä 17 ja naisia 102",
      "119, joista naisia 102, miehiä 17",
      "119, joista 102 naisia ja 17 miehiä",
      "119, joista miehet 17, naiset 102",
      "119, joista miesten osuus 17 ja naisten 102",
      "119 joista naisia 102 ja miehiä 17",
      "119, joista naisia 102; miehiä 17",
      "119, joista MIEHIÄ 17 JA NAISIA 102",
      "119 (naisia 102, miehiä 17)",
      "119 (joista naisia 102)",
      "119, naisia 102",
      "119, joista 17 miestä ja 102 naista",
    ]
  ) {
    const { project, diagnostics } = withActual(value);
    assertEquals([project.participants_actual, project.participants_actual_women], [119, 102], value);
    assertEquals(diagnostics, [], value);
  }
});

Deno.test("parts that disagree with the total are kept and warned about on their line", () => {
  const over = withActual("119, joista naisia 120");
  assertEquals([over.project.participants_actual, over.project.participants_actual_women], [119, 120]);
  assertEquals(over.diagnostics.map((d) => [d.code, d.line, d.level]), [[
    "inconsistent_figures",
    over.line,
    "warning",
  ]]);

  const sum = withActual("119, joista naisia 102 ja miehiä 20");
  assertEquals([sum.project.participants_actual, sum.project.participants_actual_women], [119, 102]);
  assertEquals(sum.diagnostics.map((d) => [d.code, d.line]), [["inconsistent_figures", sum.line]]);
  assert(/102.*20.*119/.test(sum.diagnostics[0]!.message), sum.diagnostics[0]!.message);

  const men = withActual("119, joista miehiä 130");
  assertEquals(men.diagnostics.map((d) => d.code).sort(), ["inconsistent_figures", "missing_field"]);
});

Deno.test("women given twice with different numbers, or only men given: women are null with a warning, never the men's number", () => {
  const twice = withActual("119, joista naisia 102 ja naisia 100");
  assertEquals([twice.project.participants_actual, twice.project.participants_actual_women], [119, null]);
  assertEquals(twice.diagnostics.map((d) => [d.code, d.line]), [["conflicting_values", twice.line]]);

  const onlyMen = withActual("119, joista miehiä 17");
  assertEquals([onlyMen.project.participants_actual, onlyMen.project.participants_actual_women], [119, null]);
  assertEquals(onlyMen.diagnostics.map((d) => [d.code, d.line]), [["missing_field", onlyMen.line]]);
});

Deno.test("a negative count is null with a warning on its line, and the record stays valid", () => {
  for (const value of ["-5, joista naisia 2", "119, joista naisia -5", "\u22125, joista naisia 2"]) {
    const { project, diagnostics, line } = withActual(value);
    assertEquals(ProjectSchema.safeParse(project).success, true, value);
    assert(project.participants_actual === null || project.participants_actual_women === null, value);
    assert(project.participants_actual_women !== 5, `${value}: the sign is not dropped`);
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unreadable_value", line]], value);
    assert(
      diagnostics[0]!.message.includes("-5") || diagnostics[0]!.message.includes("\u22125"),
      diagnostics[0]!.message,
    );
  }
});

Deno.test("the template's own wording of the other indicators still reads", () => {
  const text = edit(
    SEED_2007,
    "4.1 Uusien työpaikkojen määrä\n\nSuunniteltu: 0, joista naisten työpaikkoja 0",
    "4.1 Uusien työpaikkojen määrä\n\nSuunniteltu: 12, joista naisten työpaikkoja 5",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals([document!.project.jobs_planned, document!.project.jobs_planned_women], [12, 5]);
  assertEquals(diagnostics, []);
});

Deno.test("a file cut off in a figure's line does not give the cut figure: null, said at that line", () => {
  const cut = (needle: string) => {
    const at = SEED_2007.indexOf(needle);
    return SEED_2007.slice(0, at + needle.length);
  };
  // "614 153" cut to "614"; "119" to "11".
  for (
    const [text, column] of [
      [cut("Toteutunut julkinen rahoitus yhteensä: 614"), "funding_public_actual"],
      [cut("Toteutunut seurantatietojen mukaan: 11"), "participants_actual"],
    ] as const
  ) {
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project[column], null, column);
    const lastLine = text.split("\n").length;
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === lastLine), JSON.stringify(diagnostics));
  }
  // A whole document's last line is read as ever.
  assertEquals(parseDocument(SEED_2007).diagnostics, []);
});

Deno.test("a figure that goes on on the next line (wrapped inside it) is null with its line named, never the part before the wrap", () => {
  const cases: [string, string, string, string, string[]][] = [
    // [seed, line as printed, as wrapped, column, columns also null]
    [
      SEED_2007,
      "Toteutunut EU- ja valtion rahoitus: 614 153",
      "Toteutunut EU- ja valtion rahoitus: 614\n153",
      "funding_eu_state_actual",
      [],
    ],
    [
      SEED_2007,
      "Toteutunut EU- ja valtion rahoitus: 614 153",
      "Toteutunut EU- ja valtion rahoitus: 614 \n153",
      "funding_eu_state_actual",
      [],
    ],
    [SEED_2014, "Suunniteltu: 400", "Suunniteltu: 4\n00", "participants_planned", []],
    [
      SEED_2014,
      "Toteutunut seurantatietojen mukaan: 25",
      "Toteutunut seurantatietojen mukaan: 2\n5",
      "companies_participating_actual",
      [],
    ],
    [SEED_2007, ACTUAL, "Toteutunut seurantatietojen mukaan: 11\n9, joista naisia 102", "participants_actual", [
      "participants_actual_women",
    ]],
    [
      SEED_2007,
      "Suunniteltu: 199, joista naisia 100",
      "Suunniteltu: 1\n99, joista naisia 100",
      "participants_planned",
      ["participants_planned_women"],
    ],
    // The rest with its unit or a word after it, or its parts in brackets.
    ...["153 €", "153 euroa", "153,-", "153 e", "153 EUR"].map((rest): [string, string, string, string, string[]] => [
      SEED_2007,
      "Toteutunut EU- ja valtion rahoitus: 614 153",
      `Toteutunut EU- ja valtion rahoitus: 614\n${rest}`,
      "funding_eu_state_actual",
      [],
    ]),
    ...["119 (naisia 102)", "119 henkilöä, joista naisia 102"].map((
      rest,
    ): [string, string, string, string, string[]] => [
      SEED_2007,
      ACTUAL,
      `Toteutunut seurantatietojen mukaan: 1\n${rest}`,
      "participants_actual",
      ["participants_actual_women"],
    ]),
    [
      SEED_2014,
      "Toteutunut seurantatietojen mukaan: 25",
      "Toteutunut seurantatietojen mukaan: 2\n5 yritystä",
      "companies_participating_actual",
      [],
    ],
  ];
  for (const [seed, printed, wrapped, column, alsoNull] of cases) {
    const text = edit(seed, printed, wrapped);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "wrapped.txt" });
    const project = document!.project as Record<string, unknown>;
    const line = lineOf(text, wrapped.split("\n")[0]!);
    assertEquals([column, ...alsoNull].map((c) => project[c]), [column, ...alsoNull].map(() => null), wrapped);
    const said = diagnostics.filter((d) => d.line === line && d.code === "unreadable_value");
    assert(said.some((d) => d.message.includes("next line")), `${wrapped}: ${JSON.stringify(diagnostics)}`);
    assertEquals((document!.sourceLines as Record<string, number>)[column], line, wrapped);
  }
});

Deno.test("a figure followed by another label or a blank line is read as before; a lone number under it is said", () => {
  // The next line another label, a blank line, or text: nothing wrapped.
  const { document, diagnostics } = parseDocument(SEED_2014, { sourceFile: "a.txt" });
  assertEquals(document!.project.participants_planned, 400);
  assertEquals(diagnostics.filter((d) => d.code === "unreadable_value").length, 0);
  const text = edit(
    SEED_2007,
    "Toteutunut EU- ja valtion rahoitus: 614 153",
    "Toteutunut EU- ja valtion rahoitus: 614 153\n2014",
  );
  assertEquals(
    parseDocument(text).document!.project.funding_eu_state_actual,
    null,
    "a lone number under a figure is said",
  );
});

Deno.test("a label printed again with a qualifier before its colon (an amended plan) is another value of it: both named, null", () => {
  for (
    const qualified of [
      "Suunniteltu (muutettu 2013): 250, joista naisia 130",
      "Suunniteltu 2013: 250, joista naisia 130",
    ]
  ) {
    const planned = "Suunniteltu: 199, joista naisia 100";
    const text = edit(SEED_2007, planned, `${planned}\n${qualified}`);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "amended.txt" });
    assertEquals(document!.project.participants_planned, null, qualified);
    assertEquals(document!.project.participants_planned_women, null, qualified);
    const conflict = diagnostics.find((d) => d.code === "conflicting_values" && d.line === lineOf(text, planned));
    assert(conflict?.message.includes("250"), `${qualified}: ${JSON.stringify(diagnostics)}`);
  }
  // The same qualifier on a funding label.
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  const text = edit(SEED_2007, used, `${used}\nToteutunut julkinen rahoitus yhteensä (korjattu): 600 000`);
  assertEquals(parseDocument(text).document!.project.funding_public_actual, null);
});

Deno.test("a figure whose label carries a note before its colon (a unit, an estimate, a target, a year) is not read: null, said on its line", () => {
  const granted = "Myönnetty EU- ja valtion rahoitus: 645 300";
  const actual = "Toteutunut seurantatietojen mukaan: 119, joista naisia 102";
  const cases: [string, string, string, string[]][] = [
    [granted, "Myönnetty EU- ja valtion rahoitus (1000 €): 645,3", "(1000 €)", ["funding_eu_state_granted"]],
    [granted, "Myönnetty EU- ja valtion rahoitus (k€): 645,3", "(k€)", ["funding_eu_state_granted"]],
    [granted, "Myönnetty EU- ja valtion rahoitus (EU-osuus): 322 650", "(EU-osuus)", ["funding_eu_state_granted"]],
    [actual, "Toteutunut seurantatietojen mukaan (tavoite): 150, joista naisia 90", "(tavoite)", [
      "participants_actual",
      "participants_actual_women",
    ]],
    [actual, "Toteutunut seurantatietojen mukaan (arvio): 150, joista naisia 90", "(arvio)", ["participants_actual"]],
    [actual, "Toteutunut seurantatietojen mukaan 2013: 40, joista naisia 30", "2013", ["participants_actual"]],
  ];
  for (const [from, to, note, columns] of cases) {
    const text = edit(SEED_2007, from, to);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "note.txt" });
    for (const column of columns) {
      assertEquals(document!.project[column as "participants_actual"], null, `${to}: ${column}`);
    }
    const said = diagnostics.filter((d) => d.line === lineOf(text, to));
    assert(
      said.length > 0 && said.every((d) => d.code === "unreadable_value"),
      `${to}: ${JSON.stringify(diagnostics)}`,
    );
    assert(said[0]!.message.includes(note), said[0]!.message);
  }
  // An amended plan, or the actual figure at a date, is the label's value: read, as when printed once.
  for (
    const [from, to, column, value] of [
      [
        "Suunniteltu: 199, joista naisia 100",
        "Suunniteltu (muutettu 2013): 250, joista naisia 130",
        "participants_planned",
        250,
      ],
      [
        actual,
        "Toteutunut seurantatietojen mukaan (tilanne 30.6.2013): 119, joista naisia 102",
        "participants_actual",
        119,
      ],
      [granted, "Myönnetty EU- ja valtion rahoitus (korjattu): 645 300", "funding_eu_state_granted", 645300],
      [granted, "Myönnetty EU- ja valtion rahoitus (€): 645 300", "funding_eu_state_granted", 645300],
    ] as const
  ) {
    const { document, diagnostics } = parseDocument(edit(SEED_2007, from, to));
    assertEquals([document!.project[column], diagnostics], [value, []], to);
  }
});

Deno.test("a figure printed again under its label with words before the colon (amended, corrected, of the final report, a date) is compared, never passed over", () => {
  const planned = "Suunniteltu: 199, joista naisia 100";
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  const cases: [string, string, string][] = [
    [planned, "Suunniteltu, muutettu: 250, joista naisia 120", "participants_planned"],
    [planned, "Suunniteltu muutettu: 250, joista naisia 120", "participants_planned"],
    [planned, "Suunniteltu/muutettu: 250, joista naisia 120", "participants_planned"],
    [planned, "Suunniteltu [muutettu]: 250, joista naisia 120", "participants_planned"],
    [planned, "Suunniteltu 1.3.2013: 250, joista naisia 120", "participants_planned"],
    [used, "Toteutunut julkinen rahoitus yhteensä, korjattu: 620 000", "funding_public_actual"],
    [used, "Toteutunut julkinen rahoitus yhteensä 31.12.2014: 620 000", "funding_public_actual"],
  ];
  for (const [from, again, column] of cases) {
    const text = edit(SEED_2007, from, `${from}\n${again}`);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "amended.txt" });
    assertEquals(document!.project[column as "participants_planned"], null, again);
    const conflict = diagnostics.find((d) => d.code === "conflicting_values");
    assert(
      conflict?.message.includes(again.includes("250") ? "250" : "620"),
      `${again}: ${JSON.stringify(diagnostics)}`,
    );
  }
  // The final report's count of new jobs beside the monitoring's: two actual figures, neither taken.
  const jobs = "Toteutunut seurantatietojen mukaan: 0, joista naisten työpaikkoja 0";
  const text = edit(SEED_2007, jobs, `${jobs}\nToteutunut loppuraportin mukaan: 4, joista naisten työpaikkoja 3`);
  const { document } = parseDocument(text);
  assertEquals(document!.project.jobs_actual, null);
  // Under its own label a figure is read as before: "Toteutunut EU- ja valtion rahoitus" is no "Toteutunut".
  assertEquals(parseDocument(SEED_2007).diagnostics, []);
});

Deno.test("a note that starts with an amendment or status word but says more (an estimate, a change, a share) is not read", () => {
  const actual = "Toteutunut seurantatietojen mukaan: 119, joista naisia 102";
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  const granted = "Myönnetty EU- ja valtion rahoitus: 645 300";
  for (
    const [from, to, column] of [
      [
        actual,
        "Toteutunut seurantatietojen mukaan (tilanne 30.6.2013, arvio): 150, joista naisia 80",
        "participants_actual",
      ],
      [used, "Toteutunut julkinen rahoitus yhteensä (tilanne 30.6.2013, arvio): 700 000", "funding_public_actual"],
      [used, "Toteutunut julkinen rahoitus yhteensä (muutettu, EU-osuus): 113 359", "funding_public_actual"],
      ["Suunniteltu: 199, joista naisia 100", "Suunniteltu (muutos): 4, joista naisia 1", "participants_planned"],
      [granted, "Myönnetty EU- ja valtion rahoitus, muutettu 1000 €: 645,3", "funding_eu_state_granted"],
    ] as const
  ) {
    const text = edit(SEED_2007, from, to);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project[column], null, to);
    assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === lineOf(text, to)), to);
  }
  // Printed beside the same figure under the plain label, the plain one is read whichever comes first.
  for (const order of [0, 1]) {
    const noted = "Toteutunut loppuraportin mukaan: 119, joista naisia 102";
    const text = edit(SEED_2007, actual, order === 0 ? `${noted}\n${actual}` : `${actual}\n${noted}`);
    const { document } = parseDocument(text);
    assertEquals([document!.project.participants_actual, document!.project.participants_actual_women], [119, 102]);
  }
});

Deno.test("a status date is read in the forms people write it; an empty label line is not the one read", () => {
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  for (
    const note of [
      "(tilanne 31.12.13)",
      "(tilanne: 31.12.2013)",
      "(tilanne 12/2013)",
      "(tilanne 31.12.2013.)",
      "(tilanne 31.12.2013 )",
    ]
  ) {
    const { document, diagnostics } = parseDocument(
      edit(SEED_2007, used, `Toteutunut julkinen rahoitus yhteensä ${note}: 614 153`),
    );
    assertEquals([document!.project.funding_public_actual, diagnostics], [614153, []], note);
  }
  // An empty label line beside a figure under a refused note: the note's line is named, not the empty one.
  const planned = "Suunniteltu julkinen rahoitus yhteensä: 645 300";
  const text = edit(
    SEED_2007,
    planned,
    "Suunniteltu julkinen rahoitus yhteensä:\nSuunniteltu julkinen rahoitus yhteensä (arvio): 700 000",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.funding_public_planned, null);
  const said = diagnostics.filter((d) => d.code === "unreadable_value");
  assertEquals(said.map((d) => d.line), [lineOf(text, "(arvio)")]);
});

Deno.test("a figure printed wholly on the line under its label, or a count's women there, is null with that said", () => {
  const amount = edit(
    SEED_2007,
    "Toteutunut EU- ja valtion rahoitus: 614 153",
    "Toteutunut EU- ja valtion rahoitus:\n614 153 €",
  );
  const one = parseDocument(amount, { sourceFile: "next.txt" });
  assertEquals(one.document!.project.funding_eu_state_actual, null);
  const said = one.diagnostics.find((d) => d.line === lineOf(amount, "Toteutunut EU- ja valtion rahoitus:"))!;
  assert(said.message.includes("next line") && said.message.includes("614 153 €"), said.message);
  assert(!said.message.includes("no amount"), said.message);
  const women = edit(SEED_2007, ACTUAL, "Toteutunut seurantatietojen mukaan: 119\njoista naisia 102");
  const two = parseDocument(women, { sourceFile: "next.txt" });
  assertEquals([two.document!.project.participants_actual, two.document!.project.participants_actual_women], [
    119,
    null,
  ]);
  const line = lineOf(women, "Toteutunut seurantatietojen mukaan: 119");
  const warned = two.diagnostics.filter((d) => d.line === line).map((d) => d.message);
  assert(warned.some((m) => m.includes("next line") && m.includes("joista naisia 102")), JSON.stringify(warned));
});

Deno.test("a figure followed by a numbered line or a word that is no unit is read: no wrap", () => {
  const used = "Toteutunut julkinen rahoitus yhteensä: 614 153";
  for (const next of ["8. Luokittelu", "2020 alkaen"]) {
    const text = edit(SEED_2007, used, `${used}\n${next}`);
    assertEquals(parseDocument(text).document!.project.funding_public_actual, 614153, next);
  }
  // Two cells with a byte-order mark and a space between them stay apart.
  const cells = edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", "Suunniteltu: 21\uFEFF 100");
  assertEquals(parseDocument(cells).document!.project.participants_planned, null);
});
