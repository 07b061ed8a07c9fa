import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014 } from "../../testing/seeds.ts";
import { localiseDiagnostic } from "../diagnostics.ts";
import { parseDocument } from "./parse_document.ts";
import { titleOwner } from "./programme_axes.ts";

const AXIS_4_2007 = "Toimintalinja: 4: Jäsenvaltioiden ja alueiden välinen yhteistyö ESR-toiminnassa";
const AXIS_3_TITLE_2007 =
  "Työmarkkinoiden toimintaa edistävien osaamis-, innovaatio- ja palvelujärjestelmien kehittäminen";
const AXIS_2014 = "Toimintalinja: 3. Työllisyys ja työvoiman liikkuvuus";
const OBJECTIVE_2014 =
  "Erityistavoite: 6.1. Nuorten ja muiden heikossa työmarkkina-asemassa olevien työllistymisen edistäminen";

Deno.test("a programme title is found whatever its case, spaces and final full stop; only the period's own", () => {
  assertEquals(titleOwner("2007-2013", "axis", ` ${AXIS_3_TITLE_2007.toUpperCase()}. `)?.axis, "3");
  assertEquals(titleOwner("2007-2013", "axis", AXIS_3_TITLE_2007.replace(" ", "  \u00A0"))?.axis, "3");
  assertEquals(titleOwner("2014-2020", "axis", AXIS_3_TITLE_2007), undefined);
  assertEquals(titleOwner("2014-2020", "objective", "Tuottavuuden ja työhyvinvoinnin parantaminen")?.objective, "7.1");
  // An objective's title is no axis' title, and the reverse.
  assertEquals(titleOwner("2014-2020", "axis", "Tuottavuuden ja työhyvinvoinnin parantaminen"), undefined);
  assertEquals(titleOwner("2014-2020", "objective", "Työllisyys ja työvoiman liikkuvuus"), undefined);
});

Deno.test("an axis number printed with another axis' title is null, with a warning naming both; the title is kept", () => {
  const text = edit(SEED_2007, AXIS_4_2007, `Toimintalinja: 4: ${AXIS_3_TITLE_2007}`);
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.priority_axis_code, null);
  assertEquals(document!.project.priority_axis, AXIS_3_TITLE_2007);
  const warned = diagnostics.filter((d) => d.line === lineOf(text, "Toimintalinja"));
  assertEquals(warned.map((d) => [d.code, d.level]), [["unreadable_value", "warning"]]);
  assert(/\b4\b/.test(warned[0]!.message) && /\b3\b/.test(warned[0]!.message), warned[0]!.message);
});

Deno.test("a 2014-2020 axis or objective number printed with another's title is null; its own title reads as before", () => {
  const axis = parseDocument(edit(SEED_2014, AXIS_2014, "Toimintalinja: 4. Työllisyys ja työvoiman liikkuvuus"));
  assertEquals(axis.document!.project.priority_axis_code, null);
  assertEquals(axis.document!.project.specific_objective_code, "6.1");
  const objective = parseDocument(
    edit(SEED_2014, OBJECTIVE_2014, "Erityistavoite: 6.1. Tuottavuuden ja työhyvinvoinnin parantaminen"),
  );
  assertEquals(objective.document!.project.specific_objective_code, null);
  assertEquals(objective.document!.project.priority_axis_code, "3");
  assertEquals(objective.diagnostics.filter((d) => d.code === "unreadable_value").length, 1);
  const own = parseDocument(SEED_2014);
  assertEquals([own.document!.project.priority_axis_code, own.document!.project.specific_objective_code], ["3", "6.1"]);
  assertEquals(own.diagnostics.filter((d) => d.code === "unreadable_value"), []);
});

Deno.test("a title that is no programme title (a project's own wording) leaves the number as printed, without a warning", () => {
  const text = edit(SEED_2007, AXIS_4_2007, "Toimintalinja: 4: Kansainvälinen yhteistyö");
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.priority_axis_code, "4");
  assertEquals(diagnostics.filter((d) => d.line === lineOf(text, "Toimintalinja")), []);
});

Deno.test("a programme title printed with other hyphens, characters that print as nothing, or in quotes is still the programme's title", () => {
  for (
    const printed of [
      AXIS_3_TITLE_2007.replaceAll("-", "\u2011"), // non-breaking hyphens (a word processor's)
      AXIS_3_TITLE_2007.replaceAll("-", "\u2010"), // the hyphen of a PDF's text
      AXIS_3_TITLE_2007.replaceAll("-", "\u2013"), // en dashes
      AXIS_3_TITLE_2007.replace("toimintaa", "toi\u00ADmintaa"), // a soft hyphen
      AXIS_3_TITLE_2007.replace("toimintaa", "toi\u200Dmintaa"), // a zero-width joiner
      `\u200E${AXIS_3_TITLE_2007}`, // a left-to-right mark (a copy from a web page)
      AXIS_3_TITLE_2007.replace("kehittäminen", "kehitt\u034Fäminen"), // a combining grapheme joiner
      `”${AXIS_3_TITLE_2007}”`,
      `"${AXIS_3_TITLE_2007}."`,
    ]
  ) {
    const text = edit(SEED_2007, AXIS_4_2007, `Toimintalinja: 4: ${printed}`);
    const { document, diagnostics } = parseDocument(text);
    assertEquals(document!.project.priority_axis_code, null, printed);
    assertEquals(document!.project.priority_axis, printed);
    const warned = diagnostics.filter((d) => d.line === lineOf(text, "Toimintalinja"));
    assertEquals(warned.map((d) => d.code), ["unreadable_value"], printed);
  }
});

Deno.test("a number printed with a leading zero is its programme title's own number: read, without a warning", () => {
  const text = edit(SEED_2007, AXIS_4_2007, AXIS_4_2007.replace(": 4:", ": 04:"));
  const { document, diagnostics } = parseDocument(text);
  assertEquals(document!.project.priority_axis_code, "04");
  assertEquals(diagnostics.filter((d) => d.line === lineOf(text, "Toimintalinja")), []);
  const objective = parseDocument(edit(SEED_2014, OBJECTIVE_2014, OBJECTIVE_2014.replace("6.1.", "06.1.")));
  assertEquals(objective.document!.project.specific_objective_code, "06.1");
  assertEquals(objective.diagnostics.filter((d) => d.code === "unreadable_value"), []);
});

Deno.test("an axis title wrapped onto the next line at a word is read whole when the two lines make the programme's title", () => {
  // Another number's title, wrapped: the number is not read, as when printed on one line.
  const other = edit(
    SEED_2007,
    AXIS_4_2007,
    `Toimintalinja: 4: ${AXIS_3_TITLE_2007.replace(" osaamis-", "\nosaamis-")}`,
  );
  const read = parseDocument(other);
  assertEquals(read.document!.project.priority_axis_code, null);
  assertEquals(read.document!.project.priority_axis, AXIS_3_TITLE_2007);
  const at = lineOf(other, "Toimintalinja");
  assertEquals(read.diagnostics.filter((d) => d.line === at || d.line === at + 1).map((d) => d.code), [
    "unreadable_value",
  ]);
  assert(read.diagnostics.find((d) => d.line === at)!.message.includes("number 3"));
  // Its own title, wrapped over three lines: read whole, without a warning.
  const own = edit(
    SEED_2007,
    AXIS_4_2007,
    "Toimintalinja: 4: Jäsenvaltioiden ja\nalueiden välinen\nyhteistyö ESR-toiminnassa",
  );
  const ownRead = parseDocument(own);
  assertEquals(ownRead.document!.project.priority_axis_code, "4");
  assertEquals(ownRead.document!.project.priority_axis, AXIS_4_2007.replace("Toimintalinja: 4: ", ""));
  const ownAt = lineOf(own, "Toimintalinja");
  assertEquals(ownRead.diagnostics.filter((d) => d.line !== null && d.line >= ownAt && d.line <= ownAt + 2), []);
  // A line that makes no programme title is not joined: said, as before.
  const stray = edit(SEED_2007, AXIS_4_2007, `${AXIS_4_2007}\nkansainvälinen kumppanuus`);
  const strayRead = parseDocument(stray);
  assertEquals(strayRead.document!.project.priority_axis_code, "4");
  assertEquals(strayRead.diagnostics.filter((d) => d.line === lineOf(stray, "kansainvälinen")).map((d) => d.code), [
    "unusual_value",
  ]);
});

Deno.test("an objective line printed with an axis' title, or an axis line with another axis' objective's title, gives no number", () => {
  const axisTitle = parseDocument(
    edit(SEED_2014, OBJECTIVE_2014, "Erityistavoite: 3. Työllisyys ja työvoiman liikkuvuus"),
  );
  assertEquals(axisTitle.document!.project.specific_objective_code, null);
  assertEquals(axisTitle.document!.project.specific_objective, "Työllisyys ja työvoiman liikkuvuus");
  assertEquals(axisTitle.document!.project.priority_axis_code, "3");
  const [said] = axisTitle.diagnostics.filter((d) => d.code === "unreadable_value");
  assert(
    said!.message.includes("priority axis 3") && said!.line === lineOf(SEED_2014, "Erityistavoite"),
    said!.message,
  );
  assert(localiseDiagnostic(said!, "fi").includes("toimintalinjan 3"), localiseDiagnostic(said!, "fi"));
  const other = parseDocument(
    edit(SEED_2014, OBJECTIVE_2014, "Erityistavoite: 9.2. Työllisyys ja työvoiman liikkuvuus"),
  );
  assertEquals(other.document!.project.specific_objective_code, null);
  // An axis line with the title of objective 6.1 of axis 3: axis 4 is another's; axis 3 is the objective's own.
  const objectiveTitle = OBJECTIVE_2014.replace("Erityistavoite: 6.1.", "");
  const four = parseDocument(edit(SEED_2014, AXIS_2014, `Toimintalinja: 4.${objectiveTitle}`));
  assertEquals(four.document!.project.priority_axis_code, null);
  const [axisSaid] = four.diagnostics.filter((d) => d.code === "unreadable_value");
  assert(axisSaid!.message.includes("6.1") && axisSaid!.message.includes("priority axis 3"), axisSaid!.message);
  const three = parseDocument(edit(SEED_2014, AXIS_2014, `Toimintalinja: 3.${objectiveTitle}`));
  assertEquals(three.document!.project.priority_axis_code, "3");
  assertEquals(three.diagnostics.filter((d) => d.code === "unreadable_value"), []);
});

Deno.test("an axis number set off from another axis' title by a dash is checked as one set off by a colon", () => {
  const text = edit(SEED_2007, AXIS_4_2007, `Toimintalinja: 4 – ${AXIS_3_TITLE_2007}`);
  const { document, diagnostics } = parseDocument(text);
  assertEquals([document!.project.priority_axis_code, document!.project.priority_axis], [null, AXIS_3_TITLE_2007]);
  assertEquals(diagnostics.filter((d) => d.line === lineOf(text, "Toimintalinja")).map((d) => d.code), [
    "unreadable_value",
  ]);
});

Deno.test("objective 9.1's title, and 9.2's in either order of its words, are known: printed with the other's number, no number", () => {
  const AXIS_4_2014 = "Toimintalinja: 4. Koulutus, ammattitaito ja elinikäinen oppiminen";
  const TITLE_9_1 = "Siirtymävaiheita ja koulutuksellista tasa-arvoa tukevien palveluiden parantaminen";
  const objective = (line: string) =>
    parseDocument(edit(edit(SEED_2014, AXIS_2014, AXIS_4_2014), OBJECTIVE_2014, `Erityistavoite: ${line}`));
  for (
    const [line, code] of [
      [`9.1. ${TITLE_9_1}`, "9.1"],
      ["9.2. Kasvu- ja rakennemuutosalojen koulutuksen laadun ja tarjonnan parantaminen", "9.2"],
      ["9.2. Kasvu- ja rakennemuutosalojen koulutuksen tarjonnan ja laadun parantaminen", "9.2"],
      [`9.2. ${TITLE_9_1}`, null],
      ["9.1. Kasvu- ja rakennemuutosalojen koulutuksen tarjonnan ja laadun parantaminen", null],
      [`10.1. ${TITLE_9_1}`, null],
    ] as const
  ) {
    const { document, diagnostics } = objective(line);
    assertEquals(document!.project.specific_objective_code, code, line);
    assertEquals(document!.project.priority_axis_code, "4", line);
    const warned = diagnostics.filter((d) => d.code === "unreadable_value").map((d) => d.line);
    assertEquals(warned.length, code === null ? 1 : 0, line);
  }
  assertEquals(titleOwner("2014-2020", "objective", TITLE_9_1)?.objective, "9.1");
});

Deno.test("an axis or objective under its label on the next line is said there, not said missing", () => {
  for (const [from, label] of [[OBJECTIVE_2014, "Erityistavoite"], [AXIS_2014, "Toimintalinja"]] as const) {
    const text = edit(SEED_2014, from, from.replace(": ", ":\n"));
    const { document, diagnostics } = parseDocument(text);
    const column = label === "Toimintalinja" ? "priority_axis_code" : "specific_objective_code";
    assertEquals(document!.project[column], null);
    const line = lineOf(text, label) + 1;
    assertEquals(diagnostics.map((d) => [d.code, d.line]), [["unusual_value", line]], label);
  }
});
