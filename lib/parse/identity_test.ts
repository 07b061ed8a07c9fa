import { assertNullAndSaid } from "../../testing/null_and_said.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { parseDocument } from "./parse_document.ts";

const CODE = "Projektikoodi: S11547";

Deno.test("project-code variants are read as the code, with a warning naming what was printed", () => {
  const variants = [
    "s11547",
    "S11547\u200B",
    "S115\u00AD47",
    "S 11547",
    "S\u201111547",
    "S-11547",
    "S11547 (korjattu)",
    "\uFF33\uFF11\uFF11\uFF15\uFF14\uFF17",
    "\u2060S11547\u200D",
    "\uFEFFS\u200C11547",
    "S\u00A011547",
    "S 115 47",
    "S1 1547",
  ];
  for (const raw of variants) {
    const text = edit(SEED_2007, CODE, `Projektikoodi: ${raw}`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.project_code, "S11547", JSON.stringify(raw));
    assertEquals(document!.project.fund, "ESR");
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", lineOf(text, "Projektikoodi")]], raw);
    assert(diagnostics[0]!.message.includes("S11547"), diagnostics[0]!.message);
  }
  const shown = parseDocument(edit(SEED_2007, CODE, "Projektikoodi: S11547 (korjattu)")).diagnostics[0]!.message;
  assert(shown.includes("(korjattu)"), shown);
  const invisible = parseDocument(edit(SEED_2007, CODE, "Projektikoodi: S11547\u200B")).diagnostics[0]!.message;
  assert(invisible.includes("U+200B"), `the invisible character is named: ${invisible}`);
});

Deno.test("a line of two codes, spaced or not, gives none; a spaced code with more after it is of no usual form", () => {
  for (const printed of ["S 115 47 / S 115 48", "S11547, S 115 48"]) {
    const { document, diagnostics } = parseDocument(edit(SEED_2007, CODE, `Projektikoodi: ${printed}`));
    assertEquals(document!.project.project_code, null, printed);
    assert(diagnostics.some((d) => d.code === "missing_project_code"), printed);
  }
  const odd = parseDocument(edit(SEED_2007, CODE, "Projektikoodi: S 115 47 (korjattu)"));
  assertEquals(odd.document!.project.project_code, "S11547");
});

Deno.test("a plain code gives no warning; a code of another form is kept as printed, with a warning", () => {
  assertEquals(parseDocument(SEED_2007).diagnostics, []);
  const odd = parseDocument(edit(SEED_2007, CODE, "Projektikoodi: S1154"));
  assertEquals(odd.document!.project.project_code, "S1154");
  assertEquals(odd.diagnostics.map((d) => d.code), ["unusual_value"]);
});

Deno.test("two different codes on the code line: no guess, the code is null with a warning", () => {
  const { document, diagnostics } = parseDocument(edit(SEED_2007, CODE, "Projektikoodi: S11547 / S11548"));
  assertEquals(document!.project.project_code, null);
  assert(diagnostics.some((d) => d.code === "unusual_value" && d.message.includes("S11548")));
});

const CO = "Paremmin Yhdessä ry, 2312333-7";

Deno.test("the co-implementers block ends at a line that is a contact detail, never taking it for a co-implementer", () => {
  for (
    const contact of [
      "Yhteyshenkilö: Matti Meikäläinen",
      "matti.meikalainen@example.fi",
      "matti.meikalainen(at)example.fi",
      "040 123 4567",
      "+358 40 123 4567",
      "Matti Meikäläinen, projektipäällikkö",
      "Puh. 014 266 0000",
      "www.example.fi",
    ]
  ) {
    const text = edit(SEED_2014, CO, `${CO}\nJyväskylän ammattikorkeakoulu Oy 0187520-4\n${contact}\nSeppo Virtanen`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.co_implementers, [
      { name: "Paremmin Yhdessä ry", business_id: "2312333-7" },
      { name: "Jyväskylän ammattikorkeakoulu Oy", business_id: "0187520-4" },
    ], contact);
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", lineOf(text, contact)]], contact);
    const record = JSON.stringify(document!.project) + JSON.stringify(diagnostics);
    for (const personal of ["Meikäläinen", "meikalainen", "123 4567", "Virtanen", "266 0000", "example.fi"]) {
      assert(!record.includes(personal), `${personal} leaked: ${contact}`);
    }
  }
});

Deno.test("co-implementers printed without a business ID, or with it after a semicolon, stay co-implementers", () => {
  const text = edit(SEED_2014, CO, `${CO}\nKeski-Suomen yhteisöjen tuki ry\nGradia; 0208201-1`);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(diagnostics, []);
  assertEquals(document!.project.co_implementers.map((c) => [c.name, c.business_id]), [
    ["Paremmin Yhdessä ry", "2312333-7"],
    ["Keski-Suomen yhteisöjen tuki ry", null],
    ["Gradia", "0208201-1"],
  ]);
});

Deno.test("a status that is none of EURA's is 'other' with a warning on its line: whether its figures are final is not known", () => {
  for (const printed of ["Toiminassa", "Toiminta päätynyt", "Hyväksytty"]) {
    const text = edit(SEED_2014, "Toiminnan tila: Toiminnassa", `Toiminnan tila: ${printed}`);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "status.txt" });
    assertEquals(document!.project.status_normalised, "other", printed);
    const said = diagnostics.filter((d) => d.line === lineOf(text, "Toiminnan tila:"));
    assertEquals(said.map((d) => d.code), ["unusual_value"], printed);
    assert(said[0]!.message.includes(printed) && said[0]!.message.includes("final"), said[0]!.message);
  }
  // A status with a remark after it in brackets is that status; the remark stays in the status as printed.
  const remark = edit(SEED_2014, "Toiminnan tila: Toiminnassa", "Toiminnan tila: Toiminnassa (jatkoaika haettu)");
  const { document, diagnostics } = parseDocument(remark);
  assertEquals([document!.project.status, document!.project.status_normalised], [
    "Toiminnassa (jatkoaika haettu)",
    "active",
  ]);
  assertEquals(diagnostics.filter((d) => d.code === "unusual_value").length, 0);
});

Deno.test("a co-implementer's business ID is read wherever the line prints it; what follows it (a contact person) is left out, said without repeating it", () => {
  const lines = [
    "Paremmin Yhdessä ry, 2312333-7, yhteyshenkilö Matti Virtanen",
    "Keski-Suomen Yrittäjät ry, 0206498-0, Maija Mäkinen",
    "Gradia; 0208201-1.",
  ];
  const text = edit(SEED_2014, CO, lines.join("\n"));
  const { document, diagnostics } = parseDocument(text, { sourceFile: "co.txt" });
  assertEquals(document!.project.co_implementers.map((c) => [c.name, c.business_id]), [
    ["Paremmin Yhdessä ry", "2312333-7"],
    ["Keski-Suomen Yrittäjät ry", "0206498-0"],
    ["Gradia", "0208201-1"],
  ]);
  const said = diagnostics.filter((d) => d.code === "unusual_value");
  assertEquals(said.map((d) => d.line), [lineOf(text, lines[0]!), lineOf(text, lines[1]!)]);
  for (const d of said) assert(!/Virtanen|Mäkinen/.test(d.message), d.message);
});

Deno.test("a business ID of the right form whose check digit is wrong is kept as printed, with a warning on its line", () => {
  const typo = edit(SEED_2007, "Y-tunnus: 2296962-1", "Y-tunnus: 2296962-2");
  const { document, diagnostics } = parseDocument(typo, { sourceFile: "typo.txt" });
  assertEquals(document!.project.business_id, "2296962-2");
  assertEquals(diagnostics.map((d) => [d.code, d.line, d.level]), [
    ["unusual_value", lineOf(typo, "Y-tunnus"), "warning"],
  ]);
  assertEquals(
    diagnostics[0]!.message,
    'Business ID "2296962-2" has a wrong check digit: it should be 1. Was the ID mistyped?',
  );
  // Seven digits whose remainder is 1 take no check digit: no such ID is given.
  const never = parseDocument(edit(SEED_2007, "Y-tunnus: 2296962-1", "Y-tunnus: 1000008-0")).diagnostics;
  assertEquals(never.map((d) => d.message), [
    'Business ID "1000008-0" has a wrong check digit: no business ID is issued with its digits. Was the ID mistyped?',
  ]);
  assertEquals(parseDocument(SEED_2007).diagnostics, [], "the seed's own ID is right");
});

Deno.test("a co-implementer's business ID with a wrong check digit is kept, with a warning on its line", () => {
  const line = "Paremmin Yhdessä ry, 2312333-8";
  const text = edit(SEED_2014, "Paremmin Yhdessä ry, 2312333-7", line);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "co.txt" });
  assertEquals(document!.project.co_implementers.map((c) => c.business_id), ["2312333-8"]);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", lineOf(text, line)]]);
  assert(diagnostics[0]!.message.includes('"2312333-8"') && diagnostics[0]!.message.includes("should be 7"));
});

Deno.test("a value that runs into the next field's label on its line is no value: null, said on its line", () => {
  const AUTHORITY = "Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus";
  const NAME = "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja " +
    "kv-rekrytointikäytäntöjen kehittäminen";
  const cases: [string, string, "responsible_authority" | "name" | "organisation_type" | "priority_axis"][] = [
    [AUTHORITY, `${AUTHORITY} Toteuttajaorganisaation nimi: Pohjois-Savon ELY-keskus`, "responsible_authority"],
    [`${NAME}\n\nOsio: Itä-Suomen suuralueosio`, `${NAME}\tOsio: Itä-Suomen suuralueosio`, "name"],
    [
      "Organisaatiotyyppi: Valtion viranomainen",
      "Organisaatiotyyppi: Valtion viranomainen Y-tunnus: 2296962-1",
      "organisation_type",
    ],
    [
      "ESR-toiminnassa\n\nProjektityyppi: Projekti, jossa on henkilöitä mukana",
      "ESR-toiminnassa Projektityyppi: Projekti, jossa on henkilöitä mukana",
      "priority_axis",
    ],
  ];
  for (const [from, to, column] of cases) {
    const text = edit(SEED_2007, from, to);
    assertNullAndSaid(text, column, "unreadable_value", lineOf(text, to.split("\n").at(-1)!), to);
  }
  // A colon in a value after words that are no label of the template is the value's own.
  const own = edit(SEED_2007, NAME, "Projektin nimi: MOK: Maahanmuuttajien osaaminen käyttöön");
  assertEquals(parseDocument(own).document!.project.name, "MOK: Maahanmuuttajien osaaminen käyttöön");
});

Deno.test("a contact's e-mail address or phone number in a name, type or address field is no value: null, said", () => {
  const ORG = "Toteuttajaorganisaation nimi: Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus";
  const AUTHORITY = "Vastuuviranomainen: Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus";
  const cases: [
    string,
    string,
    "organisation_name" | "organisation_type" | "responsible_authority" | "project_website",
  ][] = [
    [ORG, "Toteuttajaorganisaation nimi: lisbeth.mattsson@ely-keskus.fi", "organisation_name"],
    [ORG, `${ORG}, lisbeth.mattsson(at)ely-keskus.fi`, "organisation_name"],
    [
      "Organisaatiotyyppi: Valtion viranomainen",
      "Organisaatiotyyppi: Valtion viranomainen lisbeth.mattsson(at)ely-keskus.fi",
      "organisation_type",
    ],
    [AUTHORITY, "Vastuuviranomainen: 040 718 1414", "responsible_authority"],
    // Written the ways the exports' scrubbing knows (`output/scrub.ts`): the parser knows them too.
    [ORG, `${ORG}, lisbeth.mattsson [at] ely-keskus [dot] fi`, "organisation_name"],
    [ORG, `${ORG}, lisbeth.mattsson＠ely-keskus.fi`, "organisation_name"],
    [ORG, `${ORG}, lisbeth.mattsson(ät)ely-keskus.fi`, "organisation_name"],
    [ORG, `${ORG}, lisbeth.mattsson at ely-keskus.fi`, "organisation_name"],
    [ORG, `${ORG}, lisbeth.mattsson%40ely-keskus.fi`, "organisation_name"],
    [ORG, `${ORG}, lisbeth.matts\u00ADson@ely-keskus.fi`, "organisation_name"],
    [ORG, `${ORG}, jää.mäkelä@ely-keskus.fi`, "organisation_name"],
    [
      "Projektin kotisivun osoite: www.ely-keskus.fi/web/ely/ely-pohjois-savo/mok",
      "Projektin kotisivun osoite: lisbeth.mattsson(at)ely-keskus.fi",
      "project_website",
    ],
  ];
  for (const [from, to, column] of cases) {
    const text = edit(SEED_2007, from, to);
    assertNullAndSaid(text, column, "unreadable_value", lineOf(text, to), to);
  }
});

Deno.test("a status under its label on the next line is said there, not said missing", () => {
  const text = edit(SEED_2014, "Toiminnan tila: Toiminnassa", "Toiminnan tila:\nToiminnassa");
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.status, null);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", lineOf(text, "Toiminnan tila") + 1]]);
});

Deno.test("a status that names two statuses is null with a warning on its line, never one of the two", () => {
  for (
    const printed of [
      "Keskeytynyt (Toiminta päättynyt)",
      "Toiminta päättynyt (keskeytynyt 30.6.2013)",
      "Toiminta päättynyt / Keskeytynyt",
      "Toiminnassa, keskeytynyt",
      "Toiminta päättynyt Keskeytynyt",
    ]
  ) {
    const text = edit(SEED_2014, "Toiminnan tila: Toiminnassa", `Toiminnan tila: ${printed}`);
    const line = lineOf(text, "Toiminnan tila:");
    assertNullAndSaid(text, "status_normalised", "unreadable_value", line, printed);
    assertNullAndSaid(text, "status", "unreadable_value", line, printed);
    const { diagnostics } = parseDocument(text);
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unreadable_value", line]], printed);
    assert(diagnostics[0]!.message.includes(printed) && /two statuses/.test(diagnostics[0]!.message), printed);
  }
  // The same status twice, or a status said not to hold, is one status.
  for (
    const [printed, status] of [
      ["Toiminta päättynyt (päättynyt 31.12.2014)", "ended"],
      ["Toiminnassa (ei keskeytynyt)", "active"],
    ]
  ) {
    const text = edit(SEED_2014, "Toiminnan tila: Toiminnassa", `Toiminnan tila: ${printed}`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals([document!.project.status, document!.project.status_normalised], [printed, status]);
    assertEquals(diagnostics, [], printed);
  }
});

Deno.test("a second status on the line under the status is no remark: both null, said at the status's line", () => {
  const text = edit(SEED_2007, "Toiminnan tila: Toiminta päättynyt", "Toiminnan tila: Toiminta päättynyt\nKeskeytynyt");
  const line = lineOf(text, "Toiminnan tila:");
  assertNullAndSaid(text, "status_normalised", "unreadable_value", line);
  assertNullAndSaid(text, "status", "unreadable_value", line);
  const { diagnostics } = parseDocument(text);
  assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unreadable_value", line]]);
  assert(diagnostics[0]!.message.includes('"Keskeytynyt"'), diagnostics[0]!.message);
  // The same status again under it is one status.
  const same = edit(SEED_2007, "Toiminnan tila: Toiminta päättynyt", "Toiminnan tila: Toiminta päättynyt\nPäättynyt");
  const read = parseDocument(same);
  assertEquals([read.document!.project.status_normalised, read.diagnostics], ["ended", []]);
});

Deno.test("a name that starts with a project code is kept as printed, the code said at its line: its own, or another's", () => {
  const name =
    "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen";
  for (
    const [printed, code] of [
      ["S11547 Osaavat naiset", "S11547"],
      ["S11547: Osaavat naiset", "S11547"],
      ["(s11547) Osaavat naiset", "S11547"],
      ["S11548 Osaavat naiset", "S11548"],
    ]
  ) {
    const text = edit(SEED_2007, name, `Projektin nimi: ${printed}`);
    const { document, diagnostics } = parseDocument(text, { sourceFile: "n.txt" });
    assertEquals(document!.project.name, printed);
    assertEquals(
      diagnostics.map((d) => [d.code, d.line]),
      [["unusual_value", lineOf(text, "Projektin nimi:")]],
      printed,
    );
    assert(diagnostics[0]!.message.includes(code!), diagnostics[0]!.message);
    const own = code === "S11547";
    assert(diagnostics[0]!.message.includes(own ? "its own code" : "not this project's"), diagnostics[0]!.message);
  }
  // In the 2014-2020 template too.
  const text = edit(SEED_2014, "Hankkeen nimi: ", "Hankkeen nimi: S22254 ");
  assertEquals(
    parseDocument(text).diagnostics.map((d) => [d.code, d.line]),
    [["unusual_value", lineOf(text, "Hankkeen nimi:")]],
  );
  // Without a code line of its own: the code may be the project's; said so.
  const codeless = edit(edit(SEED_2007, name, "Projektin nimi: S11547 Osaavat naiset"), "Projektikoodi: S11547\n", "");
  const said = parseDocument(codeless).diagnostics.find((d) => d.line === lineOf(codeless, "Projektin nimi:"))!;
  assert(said.code === "unusual_value" && said.message.includes("no code of its own"), said.message);
  // A code inside a word or a number is no code; one at the name's end is not said.
  for (const printed of ["SA115470 Osaavat naiset", "S115470 Osaavat naiset", "Osaavat naiset (S11547)"]) {
    assertEquals(parseDocument(edit(SEED_2007, name, `Projektin nimi: ${printed}`)).diagnostics, [], printed);
  }
});

Deno.test("a name that is only a project code is no name: null, said at its line", () => {
  const name =
    "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen";
  const text = edit(SEED_2007, name, "Projektin nimi: S11547");
  assertNullAndSaid(text, "name", "unreadable_value", lineOf(text, "Projektin nimi:"));
});
