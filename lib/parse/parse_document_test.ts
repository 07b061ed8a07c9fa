import { assert, assertEquals } from "../../testing/assert.ts";
import { parseDocument } from "./parse_document.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { ProjectSchema } from "../schema.ts";
import { EXPECTED_SEEDS, EXPECTED_SUSTAINABILITY, type TextPin } from "../../testing/seeds_expected.ts";
import { edit, lineOf, SEED_2007, SEED_2014, seedText } from "../../testing/seeds.ts";

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

Deno.test("a file cut inside a figure, a line break added after the cut, gives no value from that line, but says so", () => {
  // An editor adds the line break a truncated export lacks: "614" of "614 153", then "\n" (or "\r\n", or none).
  const cut = (text: string, after: string, end: string) => text.slice(0, text.indexOf(after) + after.length) + end;
  for (
    const [text, after, column] of [
      [SEED_2007, "Toteutunut julkinen rahoitus yhteensä: 614", "funding_public_actual"],
      [SEED_2007, "Toteutunut seurantatietojen mukaan: 119, joista naisia 10", "participants_actual_women"],
      [SEED_2014, "Suunniteltu: 40", "participants_planned"],
    ] as const
  ) {
    for (const end of ["", "\n", "\r\n"]) {
      const { document, diagnostics } = parseDocument(cut(text, after, end), { sourceFile: "cut.txt" });
      const line = lineOf(text, after);
      assertEquals(document?.project[column], null, `${column} after ${JSON.stringify(end)}`);
      const said = diagnostics.filter((d) => d.code === "unreadable_value" && d.line === line);
      // Every value of that line is unread, each said (the count before "joista" too: the line is in doubt).
      assert(
        said.some((d) => JSON.stringify(d).includes(`"${column}"`)),
        `said on line ${line}: ${JSON.stringify(said)}`,
      );
    }
  }
});

Deno.test("a file cut at the end of a whole line of an earlier block keeps that block's values", () => {
  // Cut where the template goes on (sections missing), but the last line holds no value: nothing is unread.
  const text = SEED_2007.slice(0, SEED_2007.indexOf("Toteutunut seurantatietojen mukaan"));
  const { document, diagnostics } = parseDocument(text, { sourceFile: "cut.txt" });
  assertEquals(document?.project.participants_planned, 199);
  assertEquals(diagnostics.filter((d) => d.code === "unreadable_value"), []);
});

Deno.test("two descriptions in one file, the first without its code: both are documents, the second not lost", async () => {
  const { parseDocuments } = await import("./parse_document.ts");
  const second = Deno.readTextFileSync(new URL("002_9a75f02c10db9dc6.txt", DATA));
  const first = SEED_2007.split("\n").filter((line) => !line.startsWith("Projektikoodi:")).join("\n");
  const { documents, diagnostics } = parseDocuments(`${first}\n${second}`, { sourceFile: "joined.txt" });
  assertEquals(documents.map((d) => d.project.project_code), [null, "S10323"]);
  assertEquals(documents[0]!.project.participants_actual, 119);
  assertEquals(documents[0]!.project.funding_public_actual, 614153);
  assertEquals(documents[1]!.firstLine, first.split("\n").length + 1);
  assertEquals(diagnostics.filter((d) => d.code === "several_documents").map((d) => d.project_code), ["S10323"]);
});

Deno.test("a planned period amended in the same line gives no start date of either plan, and says so", () => {
  const from = "Alkaa 1.1.2011 ja päättyy 28.2.2015";
  const amended = edit(SEED_2007, from, `${from}, muutettu: alkaa 1.3.2011 ja päättyy 28.2.2016`);
  const { document, diagnostics } = parseDocument(amended, { sourceFile: "amended.txt" });
  assertEquals([document?.project.start_date, document?.project.end_date], [null, null]);
  const line = lineOf(SEED_2007, from);
  assertEquals(diagnostics.filter((d) => d.line === line).length, 2, JSON.stringify(diagnostics));
  // Only the end extended ("jatkettu"): the start stands.
  const extended = edit(SEED_2007, from, `${from} (jatkettu 31.12.2015)`);
  const { document: kept } = parseDocument(extended, { sourceFile: "extended.txt" });
  assertEquals([kept?.project.start_date, kept?.project.end_date], ["2011-01-01", null]);
});

Deno.test("a line that starts with a label and goes on with other words is no value of that label", () => {
  // "Toteutunut naisia: 102" is women, not participants; "Suunniteltu naisten osuus: 50 %" a share, not the count.
  const women = edit(SEED_2007, "Toteutunut seurantatietojen mukaan: 119, joista naisia 102", "Toteutunut naisia: 102");
  assertEquals(parseDocument(women, { sourceFile: "women.txt" }).document?.project.participants_actual, null);
  const share = edit(
    SEED_2007,
    "Suunniteltu: 199, joista naisia 100\n",
    "Suunniteltu: 199, joista naisia 100\nSuunniteltu naisten osuus: 50 %\n",
  );
  const { document, diagnostics } = parseDocument(share, { sourceFile: "share.txt" });
  assertEquals([document?.project.participants_planned, document?.project.participants_planned_women], [199, 100]);
  assertEquals(diagnostics.filter((d) => d.code === "conflicting_values"), []);
});

Deno.test("a diagnostic quotes at most 300 characters of a value: a 1 MB line is named, not printed whole", () => {
  const huge = "1".repeat(1_000_000);
  const text = edit(SEED_2007, "Suunniteltu: 199, joista naisia 100", `Suunniteltu: ${huge}, joista naisia 100`);
  const { document, diagnostics } = parseDocument(text, { sourceFile: "huge.txt" });
  assertEquals(document?.project.participants_planned, null);
  const said = diagnostics.filter((d) => d.line === 77);
  assert(said.length > 0, "the line is said");
  for (const d of said) {
    assert(d.message.length < 1000, `${d.message.length} characters`);
    assert(localiseDiagnostic(d, "fi").length < 1000);
    assert(JSON.stringify(d).length < 2000, "its values too");
    assert(d.message.includes("…"), d.message);
  }
});

Deno.test("a document another follows: its last line is in doubt unless a blank line follows it", async () => {
  const { parseDocuments } = await import("./parse_document.ts");
  const second = Deno.readTextFileSync(new URL("003_26d83fee4ba57d94.txt", DATA));
  const whole = SEED_2007.slice(0, SEED_2007.indexOf("Toteutunut julkinen rahoitus yhteensä: 614 153") + 46);
  const cut = SEED_2007.slice(0, SEED_2007.indexOf("Suunniteltu: 199") + 15); // "Suunniteltu: 19"
  const read = (text: string) => parseDocuments(text, { sourceFile: "two.txt" }).documents;
  // Joined with no blank line (cat of a cut export and another): the line may be cut, in either case.
  assertEquals(read(`${whole}\n${second}`).map((d) => d.project.funding_public_actual), [null, 143265]);
  assertEquals(read(`${cut}\n${second}`).map((d) => d.project.participants_planned), [null, 400]);
  // Said so where the document ends, not as the file's end: the file goes on with another document.
  const { diagnostics } = parseDocuments(`${whole}\n${second}`, { sourceFile: "two.txt" });
  const said = diagnostics.filter((d) => d.line === lineOf(SEED_2007, "Toteutunut julkinen rahoitus yhteensä:"));
  assertEquals(said.map((d) => d.code), ["unreadable_value"]);
  assert(said[0]!.message.startsWith("The document ends in this line, and the next one starts"), said[0]!.message);
  assert(localiseDiagnostic(said[0]!, "fi").startsWith("Asiakirja päättyy tälle riville"));
  // A blank line after it: whole, read.
  assertEquals(read(`${whole}\n\n${second}`).map((d) => d.project.funding_public_actual), [614153, 143265]);
});

Deno.test("a cut text on the last line is no value, said so; a yes or no there is read", () => {
  const cutText = SEED_2007.slice(0, SEED_2007.indexOf("Innovatiivisuus: Selvästi innovatiivisia") + 40) + "\n";
  const { document, diagnostics } = parseDocument(cutText, { sourceFile: "cut.txt" });
  assertEquals(document?.project.class_innovation, null);
  assertEquals(diagnostics.filter((d) => d.code === "unreadable_value").map((d) => d.line), [
    lineOf(SEED_2007, "Innovatiivisuus:"),
  ]);
  const question = "Hankkeen päätavoite on sukupuolten tasa-arvon edistäminen: Ei";
  const cutAnswer = SEED_2014.slice(0, SEED_2014.indexOf(question) + question.length) + "\n";
  assertEquals(parseDocument(cutAnswer, { sourceFile: "cut.txt" }).document?.project.gender_equality_main_goal, false);
});

Deno.test("a period amended in any words leaves its start unread; an end extended keeps it", () => {
  const from = "Alkaa 1.1.2011 ja päättyy 28.2.2015";
  const startOf = (after: string) =>
    parseDocument(edit(SEED_2007, from, `${from}${after}`), { sourceFile: "p.txt" }).document?.project.start_date;
  for (
    const after of [
      " (muutettu: 1.3.2011 - 28.2.2016)",
      ", muutettu: alkamispäivä 1.3.2011, päättymispäivä 28.2.2016",
      " (uusi aloituspäivä 1.3.2011)",
      " (uusi alkupäivä 1.3.2011)",
      " (alkoi 1.3.2011)",
      " (toteutus käynnistyi 1.3.2011)",
      " (muutettu 1.3.–28.2.2016)",
      " (muutettu 2011-03-01 – 2016-02-28)",
    ]
  ) {
    assertEquals(startOf(after), null, after);
  }
  assertEquals(startOf(" (jatkettu 31.12.2015, palkaa ei makseta)"), "2011-01-01");
  // An earlier plan before the range: neither date is known to be the plan.
  const earlier = edit(SEED_2007, from, `1.1.2011 - 28.2.2015, muutettu: ${from}`);
  const { document } = parseDocument(earlier, { sourceFile: "p.txt" });
  assertEquals([document?.project.start_date, document?.project.end_date], [null, null]);
});

Deno.test("a list or a name that goes on past its line (after a comma, or under a label with nothing after it) is read whole", () => {
  const municipalities = "Kunnat: Keitele, Tervo, Rautalampi,\nKaavi, Iisalmi,\nVarkaus";
  const listed = (text: string) => parseDocument(text).document!.project;
  const seedKunnat = SEED_2007.split("\n").find((line) => line.startsWith("Kunnat:"))!;
  const wrapped = listed(edit(SEED_2007, seedKunnat, municipalities));
  assertEquals(wrapped.municipalities, ["Keitele", "Tervo", "Rautalampi", "Kaavi", "Iisalmi", "Varkaus"]);
  const seedSeutukunnat = SEED_2007.split("\n").find((line) => line.startsWith("Seutukunnat:"))!;
  const oneALine = listed(edit(SEED_2007, seedSeutukunnat, "Seutukunnat:\nKoillis-Savon\nVarkauden\nSisä-Savon"));
  assertEquals(oneALine.subregions, ["Koillis-Savon", "Varkauden", "Sisä-Savon"]);
  const seedAuthority = SEED_2007.split("\n").find((line) => line.startsWith("Vastuuviranomainen:"))!;
  const authority = listed(
    edit(SEED_2007, seedAuthority, "Vastuuviranomainen: Etelä-Savon elinkeino-,\nliikenne- ja ympäristökeskus"),
  );
  assertEquals(authority.responsible_authority, "Etelä-Savon elinkeino-, liikenne- ja ympäristökeskus");
  // A name wrapped after a joining word, a word broken at its hyphen or a dash (an e-mail's hard wrap) goes on too.
  const seedOrganisation = "Toteuttajaorganisaation nimi: Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus";
  for (
    const wrap of [
      "Pohjois-Savon elinkeino-, liikenne- ja\nympäristökeskus",
      "Pohjois-\nSavon elinkeino-, liikenne- ja ympäristökeskus",
      "Pohjois-Savon elinkeino-,\nliikenne- ja\nympäristökeskus",
    ]
  ) {
    const organisation = listed(edit(SEED_2007, seedOrganisation, `Toteuttajaorganisaation nimi: ${wrap}`));
    assertEquals(organisation.organisation_name, "Pohjois-Savon elinkeino-, liikenne- ja ympäristökeskus", wrap);
  }
  const seedName = SEED_2007.split("\n").find((line) => line.startsWith("Projektin nimi:"))!;
  const name = listed(edit(SEED_2007, seedName, seedName.replace("(MOK) - ", "(MOK) -\n")));
  assertEquals(name.name, seedName.slice("Projektin nimi: ".length));
  // A list that ends on its line is read as printed, the text after it not taken into it.
  assertEquals(listed(SEED_2007).municipalities, parseDocument(SEED_2007).document!.project.municipalities);
});

Deno.test("sustainability: a criterion of the template keeps its row and its category however its scores or its category line are printed", () => {
  const seed = seedText("003_26d83fee4ba57d94.txt");
  const scoresOf = (text: string) => {
    const { document, diagnostics } = parseDocument(text, { sourceFile: "s.txt" });
    const rows = document!.sustainabilityScores;
    return { rows, diagnostics, row: (criterion: string) => rows.find((s) => s.criterion === criterion) };
  };
  const category = (name: string) =>
    ["Ekologinen kestävyys", "Taloudellinen kestävyys", "Sosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus"]
      .find((c) => c.startsWith(name))!;
  // One score: the row is kept, its scores null, the line named; the criterion above keeps its justification.
  const one = edit(
    seed,
    "Ilmastonmuutoksen aiheuttamien riskien vähentäminen 0 0",
    "Ilmastonmuutoksen aiheuttamien riskien vähentäminen 4",
  );
  const a = scoresOf(one);
  assertEquals(a.rows.length, 15);
  const climate = a.row("Ilmastonmuutoksen aiheuttamien riskien vähentäminen")!;
  assertEquals([climate.direct, climate.indirect, climate.category], [null, null, category("Ekologinen")]);
  assertEquals(a.diagnostics.map((d) => d.line), [lineOf(one, "riskien vähentäminen 4")]);
  assert(!a.row("Luonnonvarojen käytön kestävyys")!.justification?.includes("riskien"));
  // The scores on the next line; a decimal score; a category line with a colon; a category wrapped over two lines.
  const damaged = edit(
    edit(
      edit(
        edit(seed, "Uusiutuvien energialähteiden käyttö 0 0", "Uusiutuvien energialähteiden käyttö\n0 0"),
        "Tasa-arvon edistäminen 7 7",
        "Tasa-arvon edistäminen 3,5 4",
      ),
      "\nTaloudellinen kestävyys\n",
      "\nTaloudellinen kestävyys:\n",
    ),
    "\nSosiaalinen ja kulttuurinen kestävyys sekä yhdenvertaisuus\n",
    "\nSosiaalinen ja kulttuurinen kestävyys sekä\nyhdenvertaisuus\n",
  );
  const b = scoresOf(damaged);
  assertEquals(
    b.rows.map((s) => [s.criterion, s.direct, s.indirect]),
    EXPECTED_SUSTAINABILITY.S22254!.map(
      ([criterion, direct, indirect]) =>
        criterion === "Tasa-arvon edistäminen" ? [criterion, null, null] : [criterion, direct, indirect],
    ),
  );
  assertEquals(b.row("Uusiutuvien energialähteiden käyttö")!.category, category("Taloudellinen"));
  assertEquals(b.row("Hyvinvoinnin edistäminen")!.category, category("Sosiaalinen"));
  assert(!b.row("Liikkuminen ja logistiikka")!.justification?.includes("yhdenvertaisuus"));
  assertEquals(b.diagnostics.map((d) => d.line), [lineOf(damaged, "Tasa-arvon edistäminen 3,5 4")]);
  // The columns' header printed the other way round: the scores are read in its order.
  const swapped = scoresOf(edit(seed, "VälitönVälillinen", "Välillinen Välitön"));
  assertEquals(swapped.row("Luonnonvarojen käytön kestävyys")!.direct, 3);
  assertEquals(swapped.row("Luonnonvarojen käytön kestävyys")!.indirect, 0);
  assertEquals(swapped.diagnostics, []);
});

Deno.test("sustainability: every criterion of the seeds has the category the form prints it under", () => {
  for (const file of ["003_26d83fee4ba57d94.txt", "004_b5ee5d749125fe7f.txt"]) {
    const text = seedText(file);
    const rows = parseDocument(text).document!.sustainabilityScores;
    // The category is the last category line above the criterion's line, as printed.
    const lines = text.split("\n");
    for (const row of rows) {
      const above = lines.slice(0, row.source_line - 1).reverse()
        .find((line) => /^(Ekologinen|Taloudellinen|Sosiaalinen ja kulttuurinen) kestävyys/.test(line));
      assertEquals(row.category, above, row.criterion);
    }
  }
});
