import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";
import { parseAmount } from "./values.ts";
import { readAmount, readCount } from "./amounts.ts";
import { readCountParts } from "./count_parts.ts";

Deno.test("parseAmount() reads every unambiguous way of writing an amount", () => {
  const cases: [string, number][] = [
    ["645300", 645300],
    ["645 300", 645300],
    ["1 122 206", 1122206],
    ["1\u00A0122\u00A0206", 1122206],
    ["1\u202F122\u202F206", 1122206],
    ["1\u2009122\u2009206", 1122206],
    ["1\u2007122\u2007206", 1122206],
    ["1'122'206", 1122206],
    ["1\u2019122\u2019206", 1122206],
    ["1,122,206", 1122206],
    ["1.122.206", 1122206],
    ["645 300,00", 645300],
    ["645.300,00", 645300],
    ["645,300.00", 645300],
    ["645'300.50", 645300.5],
    ["401 955,50", 401955.5],
    ["50177.67", 50177.67],
    ["645,30", 645.3],
    ["645,3", 645.3],
    ["645 300 €", 645300],
    ["645 300€", 645300],
    ["€ 645 300", 645300],
    ["645 300 e", 645300],
    ["645 300 euroa", 645300],
    ["645 300 EUR", 645300],
    ["645 300,-", 645300],
    ["1.122.206,00 €", 1122206],
    ["-1 000", -1000],
    ["\u22121 000", -1000],
    ["0", 0],
  ];
  for (const [raw, value] of cases) assertEquals(parseAmount(raw).value, value, raw);
});

Deno.test("parseAmount() gives null for a comma or dot followed by exactly three digits: thousands or decimals", () => {
  for (const raw of ["645,300", "1.122", "1 122,206", "1'122.206", "645,300 €", "1,122.206", "12.345 euroa"]) {
    const result = parseAmount(raw);
    assertEquals(result.value, null, raw);
    assertEquals(result.problem?.key, "ambiguous_amount", raw);
  }
});

Deno.test("parseAmount() refuses a grouping it would have to guess at", () => {
  for (
    const raw of ["12 34", "1 22 206", "1.22.206", "1 122.206.5", "645 300,5,5", "1,2,3", "noin 5000", "5 000 - 6 000"]
  ) {
    assertEquals(parseAmount(raw).value, null, raw);
  }
});

const GRANTED = "Myönnetty EU- ja valtion rahoitus: 645 300";
const PLANNED = "Suunniteltu julkinen rahoitus yhteensä: 645 300";
const USED_EU = "Toteutunut EU- ja valtion rahoitus: 614 153";
const USED = "Toteutunut julkinen rahoitus yhteensä: 614 153";

Deno.test("an ambiguous amount in a document of whole euros is read as thousands, and says so", () => {
  const text = edit(SEED_2007, GRANTED, "Myönnetty EU- ja valtion rahoitus: 645,300");
  const { document, diagnostics } = parseDocument(text, { sourceFile: "a.txt" });
  assertEquals(document!.project.funding_eu_state_granted, 645300);
  assertEquals(diagnostics.map((d) => [d.code, d.line, d.level]), [[
    "ambiguous_amount",
    lineOf(text, "645,300"),
    "warning",
  ]]);
  assert(diagnostics[0]!.message.includes("645,300"), diagnostics[0]!.message);
});

Deno.test("an ambiguous total is decided by its part: EU and state funding is within the public total", () => {
  // The document's amounts carry cents, so their style does not decide; only 645 300 holds the granted 600 000.
  const text = edit(
    edit(
      edit(
        edit(SEED_2007, GRANTED, "Myönnetty EU- ja valtion rahoitus: 600 000,00"),
        PLANNED,
        "Suunniteltu julkinen rahoitus yhteensä: 645,300",
      ),
      USED_EU,
      "Toteutunut EU- ja valtion rahoitus: 614 153,10",
    ),
    USED,
    "Toteutunut julkinen rahoitus yhteensä: 614 153,10",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.funding_public_planned, 645300);
  assertEquals(diagnostics.map((d) => d.code), ["ambiguous_amount"]);
});

Deno.test("an ambiguous amount the document does not decide is null, with a warning naming both readings", () => {
  // Cents elsewhere, and both readings fit within the public total: no ground to choose.
  const text = edit(
    edit(
      edit(SEED_2007, GRANTED, "Myönnetty EU- ja valtion rahoitus: 645,300"),
      PLANNED,
      "Suunniteltu julkinen rahoitus yhteensä: 645 300,50",
    ),
    USED,
    "Toteutunut julkinen rahoitus yhteensä: 614 153,25",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.funding_eu_state_granted, null);
  assertEquals([document!.project.funding_public_planned, document!.project.funding_public_actual], [
    645300.5,
    614153.25,
  ]);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["ambiguous_amount", lineOf(text, "645,300")]]);
  assert(/645\s?300\b.*645[.,]3\b/.test(diagnostics[0]!.message), diagnostics[0]!.message);
});

/** The seed's four amounts printed as given, and what the parser reads: the four amounts and the diagnostic codes. */
function withAmounts(printed: [string, string, string, string]) {
  const seed = ["843 483", "113 359", "1 122 206", "143 265"];
  const text = seed.reduce((edited, amount, i) => edit(edited, `: ${amount}`, `: ${printed[i]}`), SEED_2014);
  const { document, diagnostics } = parseDocument(text);
  const p = document!.project;
  return {
    amounts: [p.funding_eu_state_granted, p.funding_eu_state_actual, p.funding_public_planned, p.funding_public_actual],
    codes: diagnostics.map((d) => d.code),
  };
}

Deno.test("every amount ambiguous: nothing decides, all null with a warning each", () => {
  const { amounts, codes } = withAmounts(["843,483", "113,359", "1,122.206", "143,265"]);
  assertEquals(amounts, [null, null, null, null]);
  assertEquals(codes, ["ambiguous_amount", "ambiguous_amount", "ambiguous_amount", "ambiguous_amount"]);
});

Deno.test("amounts written with dots, apostrophes, thin spaces and a trailing euro sign read as the seed's", () => {
  const { amounts, codes } = withAmounts(["843.483,00 €", "113'359 e", "1.122.206 euroa", "143\u2009265"]);
  assertEquals(amounts, [843483, 113359, 1122206, 143265]);
  assertEquals(codes, []);
});

Deno.test("the document can only confirm thousands: where only the decimal reading fits, the amount is null", () => {
  // 645 300 granted would exceed the planned 600 000: the figures disagree, and 645,3 € is no grant either.
  const { amounts, codes } = withAmounts(["645,300", "113 359", "600 000", "143 265"]);
  assertEquals(amounts, [null, 113359, 600000, 143265]);
  assertEquals(codes, ["ambiguous_amount"]);
});

Deno.test("where no reading fits the parts rule, the whole-euro style does not decide either: null", () => {
  // 113 359 of EU and state funding cannot be part of a public total of 1 122 or of 1,122.
  const { amounts, codes } = withAmounts(["843 483", "113 359", "1 122 206", "1.122"]);
  assertEquals(amounts, [843483, 113359, 1122206, null]);
  assertEquals(codes, ["ambiguous_amount"]);
});

Deno.test("the plain printings read at once read as the general rules read them, and look-alikes do not slip through", () => {
  assertEquals(readAmount("1 122\u202F206"), { kind: "amount", value: 1122206 });
  assertEquals(readAmount("0645300"), { kind: "amount", value: 645300 });
  // Groups of three only after a separator: "1 234567" is no amount, as a count neither.
  assertEquals(readAmount("1 234567").kind, "unreadable");
  assertEquals(readCount("1 234567").problem?.key, "not_whole_number");
  assertEquals(readCountParts("215, joista naisten työpaikkoja 29"), {
    total: { value: 215 },
    women: { value: 29 },
    men: undefined,
    unlabelled: undefined,
  });
  // A word that splits the clause, or names men too: read by the general rules, not as women.
  assertEquals(readCountParts("215, joista naisten ja 29").women?.value, null);
  assertEquals(readCountParts("215, joista naisia miehiä 29").unlabelled?.raw, "naisia miehiä 29");
  assertEquals(readCountParts("215, joista naisia miehiä 29").women, undefined);
});

Deno.test("a women's part is read only as a plain count beside its label: a share, an estimate or a subgroup is not", () => {
  for (
    const raw of [
      "119, joista naisia 60 %", // a percentage
      "119, joista naisia 60%",
      "119, joista naisia 50,4 %", // a share with a decimal comma
      "119, joista naisia yli 60", // "over 60"
      "119, joista naisia n. 60", // "about 60"
      "119, joista nuoria naisia 30", // young women: a part of the women
      "119, joista naisten osuus 60", // the women's share
    ]
  ) {
    const women = readCountParts(raw).women;
    assertEquals([women?.value, women !== undefined && ("problem" in women || "conflict" in women)], [null, true], raw);
  }
  // As the template and people print them, still read.
  const read = (raw: string) => readCountParts(raw).women?.value;
  assertEquals(
    [
      "119, joista naisia 102",
      "119 joista naisia 102 ja miehiä 17",
      "119, joista 17 miehiä, 102 naista",
      "4, joista naisten työpaikkoja 2",
      "3, joista naisten perustamia 1",
      "1 119, joista naisia 1 002",
    ].map(read),
    [102, 102, 102, 2, 1, 1002],
  );
});

Deno.test("EU and state funding above the public funding it is part of is said, both lines named, the figures kept", () => {
  const text = SEED_2007.replace(
    "Toteutunut EU- ja valtion rahoitus: 614 153",
    "Toteutunut EU- ja valtion rahoitus: 714 153",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals([document!.project.funding_eu_state_actual, document!.project.funding_public_actual], [714153, 614153]);
  const said = diagnostics.filter((d) => d.code === "inconsistent_figures");
  assertEquals(said.map((d) => [d.level, d.line]), [["warning", lineOf(text, "714 153")]]);
  assert(said[0]!.message.includes(`line ${lineOf(text, "Toteutunut julkinen rahoitus yhteensä")}`), said[0]!.message);
  assert(said[0]!.message.includes("714,153") && said[0]!.message.includes("614,153"), said[0]!.message);
});

Deno.test("a funding figure printed again further down, under a repeated heading, is compared, not left unseen", () => {
  const repeated = [
    "7. Projektin julkinen rahoitus, euroa",
    "Toteutunut julkinen rahoitus yhteensä: 700 000",
  ].join("\n");
  const text = `${SEED_2007}\n\n${repeated}\n`;
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.funding_public_actual, null);
  const conflict = diagnostics.find((d) => d.code === "conflicting_values")!;
  assert(conflict.message.includes(`line ${lineOf(text, "yhteensä: 700 000")}`), conflict.message);
  // Printed again with the same figure: read.
  const same = `${SEED_2007}\n\n${repeated.replace("700 000", "614 153")}\n`;
  assertEquals(parseDocument(same).document!.project.funding_public_actual, 614153);
});

Deno.test("a figure no project can have (digits run together, two figures on one line) is null, never a huge value", () => {
  // More than any one project's public funding (the largest in the EURA lists: 15.3 M€): two figures run together.
  for (const raw of ["645 300 614 153", "614 153 614 153 614 153 614 153", "100 000 000", "199000000000000000000"]) {
    assertEquals(readAmount(raw), { kind: "unreadable", problem: { key: "implausible_amount", raw } }, raw);
  }
  assertEquals(readAmount("99 999 999"), { kind: "amount", value: 99999999 });
  assertEquals(readAmount("15 313 575,00 €"), { kind: "amount", value: 15313575 });
  // More people, jobs or companies than any project can count (19 digits OCR merged overflowed the frame's integers).
  for (const raw of ["199000000000000000000", "12345678901234567", "1 000 000", "1000000"]) {
    assertEquals(readCount(raw), { value: null, problem: { key: "implausible_count", raw } }, raw);
  }
  assertEquals(readCount("999 999").value, 999999);
  assertEquals(readCountParts("1000000, joista naisia 100").total.problem?.key, "implausible_count");
  assertEquals(readCountParts("199, joista naisia 1000000").women?.problem?.key, "implausible_count");
});

Deno.test("a document with a count of 19 digits parses: the count null with its line named, every other figure read", () => {
  const text = edit(
    SEED_2007,
    "Suunniteltu: 199, joista naisia 100",
    "Suunniteltu: 199000000000000000000, joista naisia 100",
  );
  const { document, diagnostics } = parseDocument(text, { sourceFile: "ocr.txt" });
  assertEquals(document?.project.participants_planned, null);
  assertEquals(document?.project.participants_planned_women, 100);
  assertEquals(document?.project.funding_public_actual, 614153);
  const line = lineOf(text, "199000000000000000000");
  assertEquals(
    diagnostics.filter((d) => d.line === line).map((d) => d.code),
    ["unreadable_value"],
  );
});

Deno.test("an ambiguous amount whose thousands reading no project can have is null: three decimals are no euro amount either", () => {
  assertEquals(readAmount("123 456,789"), {
    kind: "unreadable",
    problem: { key: "implausible_amount", raw: "123 456,789" },
  });
});

Deno.test("a compound of a women's or men's word names a group of them (naisyrittäjiä: women entrepreneurs), not the sex's count", () => {
  for (const raw of ["119, joista naisyrittäjiä 5", "119, joista naisjohtajia 5", "119, joista miesyrittäjiä 5"]) {
    const parts = readCountParts(raw);
    assertEquals([parts.total.value, parts.women?.value ?? null, parts.men?.value ?? null], [119, null, null], raw);
    assert(parts.unlabelled !== undefined || parts.women?.value === null, `${raw}: said`);
  }
  const text = edit(
    SEED_2007,
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan: 119, joista naisyrittäjiä 5",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals([document!.project.participants_actual, document!.project.participants_actual_women], [119, null]);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unreadable_value", lineOf(text, "naisyrittäjiä")]]);
  // Every case of nainen and mies is the sex's own word, as are women or men participants.
  const read = (raw: string) => readCountParts(raw).women?.value;
  for (const word of ["naisia", "naista", "naiset", "naisten", "naisille", "nainen", "naisosallistujia"]) {
    assertEquals(read(`119, joista ${word} 102`), 102, word);
  }
  assertEquals(readCountParts("119, joista miehiä 17, naisia 102").men?.value, 17);
  assertEquals(readCountParts("119, joista miehia 17, naisia 102").men?.value, 17);
});

Deno.test("a count whose first group is 0 is no count grouped by thousands: '0,199' is not 199", () => {
  for (const raw of ["0,199", "0 199", "00.199", "012 345"]) {
    assertEquals(readCount(raw).value, null, raw);
  }
  assertEquals(readCount("1 199").value, 1199);
  const text = edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", "Suunniteltu: 0,199, joista naisia 100");
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.participants_planned, null);
  assert(diagnostics.some((d) => d.code === "unreadable_value" && d.line === lineOf(text, "0,199")));
});

Deno.test("an amount whose first digit group is led by 0 is no thousands grouping either: null, said", () => {
  for (const raw of ["012 345", "0 614 153", "0 153", "0,153"]) {
    const read = readAmount(raw);
    assertEquals(read.kind, "unreadable", `${raw}: ${JSON.stringify(read)}`);
  }
  assertEquals(readAmount("1 122,206").kind, "ambiguous", "three digits after a comma, grouped by thousands before");
  assertEquals(readAmount("0,15"), { kind: "amount", value: 0.15 });
  assertEquals(readAmount("0"), { kind: "amount", value: 0 });
});

Deno.test("figures in cells side by side (a table pasted with tabs) are never one figure: null, said on the line", () => {
  for (const raw of ["199\t100", "645\t300", "1 122\t206"]) {
    assertEquals(readCount(raw).problem?.key, "figures_side_by_side", raw);
    const read = readAmount(raw);
    assertEquals(read.kind === "unreadable" && read.problem.key, "figures_side_by_side", raw);
  }
  // A participants table pasted from a spreadsheet: a total column and a women column, cells apart by tabs.
  const text = edit(
    edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", "\tYhteensä\tjoista naisia\nSuunniteltu\t199\t100"),
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan\t119\t102",
  );
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.participants_planned, null);
  assertEquals(document!.project.participants_actual, null);
  const figures = [["Suunniteltu\t199", "199 | 100"], ["Toteutunut seurantatietojen mukaan\t119", "119 | 102"]];
  for (const [figure, shown] of figures) {
    const line = lineOf(text, figure!);
    assert(
      diagnostics.some((d) => d.code === "unreadable_value" && d.line === line && d.message.includes(shown!)),
      `${figure}: ${JSON.stringify(diagnostics.filter((d) => d.line === line))}`,
    );
  }
  // A tab beside a figure's label, or within words, is a space as before.
  const labelled = parseDocument(
    edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", "Suunniteltu:\t199, joista\tnaisia 100"),
  );
  assertEquals(labelled.document!.project.participants_planned, 199);
  assertEquals(labelled.document!.project.participants_planned_women, 100);
});

Deno.test("a thousands comma before the women's part in brackets is the total's, not where the parts begin", () => {
  assertEquals(readCountParts("1,200 (naisia 700)").total.value, 1200);
  assertEquals(readCountParts("1,200 (naisia 700)").women?.value, 700);
  assertEquals(readCountParts("1,200, naisia 700").total.value, 1200);
  assertEquals(readCountParts("1,200, naisia 700").women?.value, 700);
  // No bracket, comma or "joista" before the women's word: the whole is no count, never the digits before the comma.
  assertEquals(readCountParts("1,200 naisia 700").total.value, null);
});

Deno.test("figures in columns lined up with spaces (two or more between them) are never one figure; a text keeps no tab", () => {
  for (const columns of ["Suunniteltu:      21        100", "Suunniteltu: 21  100"]) {
    const text = edit(SEED_2014, "Suunniteltu: 21", columns);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.companies_participating_planned, null, columns);
    assert(
      diagnostics.some((d) =>
        d.code === "unreadable_value" && d.line === lineOf(text, columns) && d.message.includes("21 | 100")
      ),
      columns,
    );
  }
  // One space groups thousands as before; a tab between digits in a name is a space in the record.
  assertEquals(readCount("1 200").value, 1200);
  const named = parseDocument(edit(SEED_2007, "(MOK) - Tehokkaiden", "(MOK) 2014\t2020 - Tehokkaiden"));
  assert(named.document!.project.name!.includes("(MOK) 2014 2020 - Tehokkaiden"), named.document!.project.name!);
});

Deno.test("figures apart by a run of no-break spaces are two figures; a tab is shown as the cells' border in a message", () => {
  const text = edit(SEED_2014, "Suunniteltu: 21", "Suunniteltu: 21 \u00a0 \u00a0 100");
  assertEquals(parseDocument(text).document!.project.companies_participating_planned, null);
  assertEquals(readCount("645\u00a0300").value, 645300, "one no-break space groups thousands");
  const twice = edit(
    SEED_2007,
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102",
    "Toteutunut seurantatietojen mukaan: 119, joista naisia 102\nToteutunut seurantatietojen mukaan: 100\t120",
  );
  const messages = parseDocument(twice).diagnostics.map((d) => d.message);
  assert(messages.every((message) => !message.includes("\t")), JSON.stringify(messages));
});

Deno.test("a dash apart from an amount (a bullet or a minus?) is not read; one at its digits is a minus sign", () => {
  for (const raw of ["- 614 153", "– 614 153", "\u2212 614 153 €"]) {
    assertEquals(readAmount(raw), { kind: "unreadable", problem: { key: "detached_sign", raw } });
  }
  assertEquals(readAmount("-5 000"), { kind: "amount", value: -5000 });
  assertEquals(readAmount("–5 000 €"), { kind: "amount", value: -5000 });
});
