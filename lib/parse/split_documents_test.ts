import { assert, assertEquals } from "../../testing/assert.ts";
import { edit, lineOf, SEED_2007, SEED_2014, SEED_2014_ENDED, seedText } from "../../testing/seeds.ts";
import { parseDocument, parseDocuments } from "./parse_document.ts";
import { localiseDiagnostic } from "../diagnostics.ts";

const lineCount = (text: string) => text.split("\n").length;

Deno.test("parseDocuments() reads two concatenated documents, each with the lines of the file", () => {
  const text = `${SEED_2007}\n${SEED_2014}`;
  const { documents, diagnostics } = parseDocuments(text, { sourceFile: "two.txt" });
  assertEquals(documents.map((d) => d.project.project_code), ["S11547", "S22254"]);
  const offset = lineCount(SEED_2007);
  assertEquals(documents[1]!.sourceLines.project_code, offset + 7);
  assertEquals(documents[1]!.sourceLines.funding_public_actual, offset + 96);
  assertEquals(documents[0]!.sourceLines.funding_public_actual, 128);
  assertEquals([documents[0]!.firstLine, documents[1]!.firstLine], [1, offset + 1]);
  assertEquals(documents[0]!.project.funding_public_actual, 614153);
  assertEquals(documents[1]!.project.funding_public_actual, 143265);
  assertEquals(documents[0]!.project, parseDocument(SEED_2007, { sourceFile: "two.txt" }).document!.project);
  assertEquals(diagnostics.map((d) => [d.code, d.line, d.project_code]), [["several_documents", offset + 1, "S22254"]]);
});

Deno.test("files joined without a line break (cat a b): the glued preamble is cut from the first document's last line", () => {
  const text = SEED_2007 + SEED_2014;
  const { documents } = parseDocuments(text);
  assertEquals(documents.map((d) => d.project.project_code), ["S11547", "S22254"]);
  assert(documents[0]!.project.final_report_summary!.endsWith("yrittäjyyttä."), "no glued header in the text");
  assertEquals(documents[1]!.project.name, "Jyväskylän Maahanmuuttaneiden osaamiskeskus");
});

Deno.test("files joined with a bare form feed and no line break: the glued preamble is cut from the first document's last line", () => {
  // A print's text whose last page ends in a form feed alone, another joined after it.
  for (const glue of ["\f", "\f\f", " \f"]) {
    const { documents } = parseDocuments(SEED_2007.trimEnd() + glue + seedText("001_bfc078f93719c10e.txt"));
    assertEquals(documents.map((d) => d.project.project_code), ["S11547", "S10619"], JSON.stringify(glue));
    const summary = documents[0]!.project.final_report_summary!;
    assert(summary.endsWith("yrittäjyyttä."), `${JSON.stringify(glue)}: …${summary.slice(-40)}`);
  }
  // A last line that ends in the preamble's words with a plain space before them is the document's own text.
  const own = parseDocuments(`${SEED_2007.trimEnd()} Euroopan unioni\n${seedText("001_bfc078f93719c10e.txt")}`);
  assert(own.documents[0]!.project.final_report_summary!.endsWith("yrittäjyyttä. Euroopan unioni"));
});

Deno.test("a file cut inside a value's line, another joined after it without a line break: the cut value is not read", () => {
  // A download cut off has no final line break: the next file's preamble is glued to the cut line, and its blank line
  // after the preamble is the next file's, not a sign that the cut line is whole.
  const cutAt = (text: string, needle: string) => text.slice(0, text.indexOf(needle) + needle.length);
  const cut2007 = cutAt(SEED_2007, "Toteutunut EU- ja valtion rahoitus: 614");
  const { documents, diagnostics } = parseDocuments(cut2007 + seedText("001_bfc078f93719c10e.txt"));
  assertEquals(documents.map((d) => [d.project.project_code, d.project.funding_eu_state_actual]), [
    ["S11547", null],
    ["S10619", documents[1]!.project.funding_eu_state_actual],
  ]);
  const line = lineOf(SEED_2007, "Toteutunut EU- ja valtion rahoitus:");
  assertEquals(diagnostics.filter((d) => d.line === line).map((d) => d.code), ["unreadable_value"]);
  const cut2014 = cutAt(SEED_2014, "Toteutunut julkinen rahoitus yhteensä: 143");
  const joined = parseDocuments(cut2014 + SEED_2014_ENDED).documents;
  assertEquals(joined.map((d) => d.project.funding_public_actual), [null, joined[1]!.project.funding_public_actual]);
  assert(joined[1]!.project.funding_public_actual !== null);
});

Deno.test("files joined without a line break, the second with a byte-order mark: its preamble is cut off all the same", () => {
  const { documents } = parseDocuments(SEED_2014 + "\uFEFF" + SEED_2014_ENDED);
  assertEquals(documents.map((d) => d.project.final_report_summary), [
    null,
    documents[1]!.project.final_report_summary,
  ]);
  const joined = parseDocuments(SEED_2007 + "\uFEFF" + seedText("001_bfc078f93719c10e.txt")).documents;
  assert(joined[0]!.project.final_report_summary!.endsWith("yrittäjyyttä."), joined[0]!.project.final_report_summary!);
});

Deno.test("three documents, one without its header, one twice", () => {
  const headless = SEED_2014_ENDED.slice(SEED_2014_ENDED.indexOf("1 Hanke"));
  const text = [SEED_2007, headless, SEED_2007].join("\n");
  const { documents, diagnostics } = parseDocuments(text);
  assertEquals(documents.map((d) => d.project.project_code), ["S11547", "S21941", "S11547"]);
  assertEquals(documents[1]!.project.fund, "ESR");
  assertEquals(documents[1]!.project.programme_period, "2014-2020");
  assertEquals(diagnostics.filter((d) => d.code !== "several_documents"), []);
});

Deno.test("a repeated code line or header inside one document does not split it", () => {
  const doubledCode = edit(SEED_2007, "Projektikoodi: S11547", "Projektikoodi: S11547\nProjektikoodi: S11547");
  assertEquals(parseDocuments(doubledCode).documents.length, 1);
  const header = "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus";
  assertEquals(parseDocuments(edit(SEED_2007, header, `${header}\n${header}`)).documents.length, 1);
});

Deno.test("parseDocument() on a text of two documents gives the first and says the rest was not read", () => {
  const { document, diagnostics } = parseDocument(`${SEED_2007}\n${SEED_2014}`);
  assertEquals(document!.project.project_code, "S11547");
  assertEquals(document!.project.funding_public_actual, 614153);
  assertEquals(diagnostics.map((d) => d.code), ["several_documents"]);
});

Deno.test("a contents list before the header: the project read whole, the list said to be no description", () => {
  const contents = "Sisällys\n1. Projekti\n2. Projektin toteuttaja\n7. Projektin julkinen rahoitus, euroa\n\n";
  for (const before of [contents, "7. Projektin julkinen rahoitus, euroa\n"]) {
    const { documents, diagnostics } = parseDocuments(before + SEED_2007, { sourceFile: "toc.txt" });
    assertEquals(documents.map((d) => [d.project.project_code, d.project.participants_planned]), [["S11547", 199]]);
    assertEquals(diagnostics.filter((d) => d.level === "error").map((d) => d.code), ["not_a_project_description"]);
  }
});

Deno.test("a document with neither header nor code before another is said, never dropped; one without its code after another is its own", () => {
  const second = SEED_2007.replace("S11547", "S19080");
  // The first without its header and code: not read, but said (its lines are no project description).
  const headless = SEED_2007.slice(SEED_2007.indexOf("Projektin nimi:"));
  const first = parseDocuments(`${headless}\n${second}`, { sourceFile: "a.txt" });
  assertEquals(first.documents.map((d) => d.project.project_code), ["S19080"]);
  assertEquals(first.diagnostics.some((d) => d.code === "not_a_project_description"), true);
  // The second without its code line and with its project heading unnumbered: two documents.
  const plain = second.replace(/^Projektikoodi:.*\n/m, "").replace("1. Projekti\n", "Projekti\n");
  const both = parseDocuments(`${SEED_2007}\n${plain}`, { sourceFile: "b.txt" });
  assertEquals(both.documents.map((d) => d.project.project_code), ["S11547", null]);
  assertEquals(both.documents[0]!.project.funding_public_actual, 614153);
});

Deno.test("a print's header line inside one document does not split it, with its code or without", () => {
  const header = "21.3.2024 14.05    S11547 – Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus | EURA";
  const heading = "6. Tiedotus ja hyvien käytäntöjen levittäminen";
  for (const text of [SEED_2007, SEED_2007.replace(/^Projektikoodi:.*\n/m, "")]) {
    const printed = text.replace(heading, `${header}\n${heading}`);
    const { documents } = parseDocuments(printed, { sourceFile: "print.txt" });
    assertEquals(documents.length, 1);
    assertEquals([documents[0]!.project.participants_planned, documents[0]!.project.funding_public_actual], [
      199,
      614153,
    ]);
  }
});

Deno.test("a document cut inside its project block, another joined after it: the second is its own, never swallowed", () => {
  const cut = SEED_2007.split("\n").slice(0, 13).join("\n"); // up to the project's name and section
  const other = SEED_2014;
  const { documents, diagnostics } = parseDocuments(`${cut}\n${other}`, { sourceFile: "cut.txt" });
  assertEquals(documents.map((d) => d.project.project_code), ["S11547", "S22254"]);
  assertEquals(documents[1]!.project, parseDocument(other, { sourceFile: "cut.txt" }).document!.project);
  assertEquals(documents[1]!.project.funding_public_actual, 143265);
  assert(diagnostics.some((d) => d.code === "several_documents"));
  // The same document's header printed again in its project block, its own code under it: one document.
  const again = edit(
    SEED_2007,
    "Projektin nimi:",
    "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus\n\n1. Projekti\nProjektikoodi: S11547\nProjektin nimi:",
  );
  assertEquals(parseDocuments(again).documents.length, 1);
});

Deno.test("a document cut before its code line, another joined after it: the cut one is said, never silently gone", () => {
  const cut = [
    "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus",
    "",
    "1. Projekti",
    "",
    "Projektin nimi: Katkennut projekti",
  ].join("\n");
  const text = `${cut}\n${SEED_2014}`;
  const { documents, diagnostics } = parseDocuments(text, { sourceFile: "cut.txt" });
  assertEquals(documents.at(-1)!.project.project_code, "S22254");
  assertEquals(documents.at(-1)!.project, parseDocument(SEED_2014, { sourceFile: "cut.txt" }).document!.project);
  // The cut part is a document of its own, without its code (an error says so), or no description (an error too).
  assert(
    diagnostics.some((d) => d.level === "error" && (d.line ?? 1) <= 5),
    JSON.stringify(diagnostics.filter((d) => d.level === "error")),
  );
  // The template's header printed twice in a row is still one document, with no error.
  const header = "Euroopan sosiaalirahaston (ESR) rahoittaman projektin kuvaus";
  const twice = parseDocuments(edit(SEED_2007, header, `${header}\n${header}`));
  assertEquals([twice.documents.length, twice.diagnostics.filter((d) => d.level === "error")], [1, []]);
});

Deno.test("files joined without a line break, the second starting with its header: the header is cut off the first's text", () => {
  const header = "Euroopan sosiaalirahaston (ESR) rahoittaman hankkeen kuvaus";
  const second = SEED_2014_ENDED.slice(SEED_2014_ENDED.indexOf(header));
  const { documents } = parseDocuments(SEED_2007 + second);
  assertEquals(documents.length, 2);
  assert(
    documents[0]!.project.final_report_summary!.endsWith("yrittäjyyttä."),
    documents[0]!.project.final_report_summary!,
  );
  assertEquals(documents[1]!.project.project_code, parseDocuments(SEED_2014_ENDED).documents[0]!.project.project_code);
});

Deno.test("a file of many joined descriptions: each warning names its own start and a few of the others, not all", () => {
  // 300 joined exports once gave 299 warnings that each listed all 300 starts: 782 KB of diagnostics.
  const count = 30;
  const { documents, diagnostics } = parseDocuments(Array.from({ length: count }, () => SEED_2007).join("\n"));
  assertEquals(documents.length, count);
  const warnings = diagnostics.filter((d) => d.code === "several_documents");
  assertEquals(warnings.map((d) => d.line), documents.slice(1).map((d) => d.firstLine));
  const starts = documents.map((d) => d.firstLine);
  assertEquals(
    warnings[0]!.message,
    `The file holds ${count} project descriptions, this one number 2 (they start at lines ${
      starts.slice(0, 10).join(", ")
    } and 20 more); each was read as its own row.`,
  );
  assert(warnings.every((d) => d.message.length < 200), "no warning lists every start");
  assert(warnings.at(-1)!.message.includes(`${count} project descriptions, this one number ${count} (`));
  assert(
    localiseDiagnostic(warnings[0]!, "fi").startsWith(`Tiedostossa on ${count} hankekuvausta, ja tämä on niistä 2. (`),
  );
});
