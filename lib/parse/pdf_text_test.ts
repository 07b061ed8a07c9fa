import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import fc from "fast-check";
import { pdfToText } from "./pdf_text.ts";
import { dataFile, DOCUMENTS, fixtureFile, nonEmptyLines, parsedContent } from "../../testing/form_fixtures.ts";
import { parseDocument } from "./parse_document.ts";
import type { Project } from "../schema.ts";

const pdfOf = (name: string) => Deno.readFileSync(fixtureFile(name));

/**
 * What the print cannot show: a `dt` label whose `dd` value is empty prints as
 * the bare label, and Chromium does not tag definition lists, so nothing in
 * the PDF says it is a label. The parser reads "Label" as "Label:" with no
 * value, so the record is the same.
 */
const BARE_LABELS: Record<string, string[]> = {
  "003_26d83fee4ba57d94": ["Jakeluosoite:", "Postinumero:", "Postitoimipaikka:"],
};

for (const base of DOCUMENTS) {
  Deno.test(`pdfToText: the print of ${base} gives the lines and the record of the .txt`, async () => {
    const txt = await Deno.readTextFile(dataFile(base));
    const pdf = await pdfToText(pdfOf(`${base}.pdf`));
    assertEquals(pdf.problems, []);
    const bare = new Set(BARE_LABELS[base] ?? []);
    const expected = nonEmptyLines(txt).map((line) => bare.has(line) ? line.slice(0, -1) : line);
    assertEquals(nonEmptyLines(pdf.text), expected);
    assertEquals(parsedContent(pdf.text), parsedContent(txt));
    assertEquals(pdf.lineOrigins.length, pdf.text.split("\n").length);
    assert(pdf.lineOrigins.every((origin) => origin.page >= 1 && origin.page <= pdf.pages && origin.line >= 1));
  });
}

Deno.test("pdfToText: S11547's values come from the print, with the page and line of each", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc.pdf"));
  const { document } = parseDocument(pdf.text);
  assertEquals(pdf.pages, 4);
  assertEquals(document?.project.project_code, "S11547");
  assertEquals(document?.project.funding_public_planned, 645300);
  assertEquals(document?.project.funding_public_actual, 614153);
  assertEquals(document?.project.participants_planned, 199);
  assertEquals(document?.project.participants_actual_women, 102);
  assertEquals(document?.project.municipalities.length, 20);
  const lines = pdf.text.split("\n");
  // Line 1 of page 1 is the print header (date and title): the document starts on line 2.
  assertEquals(lines[0], "Euroopan unioni");
  assertEquals(pdf.lineOrigins[0], { page: 1, line: 2 });
  // The project name wraps over three printed lines in its column; it comes back as one line.
  const name = lines.findIndex((line) => line.startsWith("Projektin nimi:"));
  assertEquals(
    lines[name],
    "Projektin nimi: Maahanmuuttajien osaaminen käyttöön (MOK) - Tehokkaiden työllistymis- ja kv-rekrytointikäytäntöjen kehittäminen",
  );
  assertEquals(pdf.lineOrigins[name]!.page, 1);
  // The municipalities run over the page break; the line starts on page 1.
  const municipalities = lines.findIndex((line) => line.startsWith("Kunnat:"));
  assertEquals(pdf.lineOrigins[municipalities]!.page, 1);
  // Origins go down the pages in order.
  const order = pdf.lineOrigins.map((origin) => origin.page * 1000 + origin.line);
  assert(order.every((value, i) => value >= (order[i - 1] ?? 0)));
});

Deno.test("pdfToText: the print header, footer and page numbers are left out", async () => {
  for (const base of DOCUMENTS) {
    const { text } = await pdfToText(pdfOf(`${base}.pdf`));
    assert(!/file:\/\/|Rakennerahastot\.fi|\d+\/\d+$|\d{1,2}:\d{2} [AP]M/m.test(text), base);
  }
});

/** The columns of the record that come from `Label: value` lines (not free text), which an untagged print keeps. */
const FIELD_COLUMNS: (keyof Project)[] = [
  "project_code",
  "name",
  "programme_period",
  "responsible_authority",
  "organisation_name",
  "business_id",
  "funding_public_planned",
  "funding_public_actual",
  "funding_eu_state_granted",
  "funding_eu_state_actual",
  "participants_planned",
  "participants_actual",
  "regions",
  "subregions",
  "municipalities",
  "start_date",
  "end_date",
  "status",
];

Deno.test("pdfToText: from positions alone (an untagged print), the fields still come back", async () => {
  for (const base of DOCUMENTS) {
    const txt = await Deno.readTextFile(dataFile(base));
    const pdf = await pdfToText(pdfOf(`${base}.pdf`), { useTags: false });
    assertEquals(pdf.problems, []);
    const want = parseDocument(txt).document!.project;
    const got = parseDocument(pdf.text).document!.project;
    for (const column of FIELD_COLUMNS) assertEquals(got[column], want[column], `${base}: ${column}`);
    assertEquals(nonEmptyLines(pdf.text).length > 0, true);
  }
});

Deno.test("pdfToText: a scan (pages without text) says so instead of giving empty text", async () => {
  const pdf = await pdfToText(pdfOf("scanned.pdf"));
  assertEquals(pdf.text, "");
  assertEquals(pdf.pages, 1);
  assertEquals(pdf.problems.map((problem) => [problem.level, problem.code]), [["error", "no_text_layer"]]);
  assert(/no text layer/i.test(pdf.problems[0]!.message) && /OCR it first/.test(pdf.problems[0]!.message));
});

Deno.test("pdfToText: a truncated PDF gives problems, not an exception", async () => {
  const pdf = await pdfToText(pdfOf("truncated.pdf"));
  assertEquals(pdf.text, "");
  assertEquals(pdf.problems.map((problem) => problem.code), ["truncated_pdf", "damaged_pdf"]);
  assertEquals(pdf.problems.at(-1)!.level, "error");
});

Deno.test("pdfToText: bytes that are no PDF, and a reading that takes too long, give problems", async () => {
  assertEquals((await pdfToText(new Uint8Array())).problems[0]?.code, "empty_file");
  assertEquals((await pdfToText(new TextEncoder().encode("<html></html>"))).problems[0]?.code, "not_pdf");
  const started = performance.now();
  const slow = await pdfToText(pdfOf("000_0083efce40fb50fc.pdf"), { timeoutMs: 1 });
  assert(performance.now() - started < 5000);
  assertEquals(slow.problems.map((problem) => problem.code), ["timeout"]);
});

Deno.test("pdfToText fuzzing: a PDF cut anywhere gives text or a problem, in bounded time", async () => {
  const whole = pdfOf("000_0083efce40fb50fc.pdf");
  const eof = new TextDecoder("latin1").decode(whole).lastIndexOf("%%EOF");
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: whole.length }), async (end) => {
      const pdf = await pdfToText(whole.subarray(0, end), { timeoutMs: 10_000 });
      assert(typeof pdf.text === "string");
      assert(pdf.text !== "" || pdf.problems.some((problem) => problem.level === "error"));
      if (end < eof) assert(pdf.problems.length > 0, "a PDF cut before its end-of-file marker is reported");
    }),
    { numRuns: 25 },
  );
});

Deno.test("pdfToText fuzzing: bytes overwritten at random never break the extraction", async () => {
  const whole = pdfOf("001_bfc078f93719c10e.pdf");
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 40 }),
      async (changes) => {
        const bytes = whole.slice();
        for (const [at, value] of changes) bytes[at] = value;
        const pdf = await pdfToText(bytes, { timeoutMs: 10_000 });
        assert(typeof pdf.text === "string");
        assert(pdf.text !== "" || pdf.problems.length > 0);
        assertEquals(pdf.lineOrigins.length, pdf.text === "" ? 0 : pdf.text.split("\n").length);
      },
    ),
    { numRuns: 25 },
  );
});

Deno.test("pdfToText: a print padded with NUL bytes after its end is whole, not cut short", async () => {
  const whole = pdfOf("000_0083efce40fb50fc.pdf");
  const padded = new Uint8Array(whole.length + 4096);
  padded.set(whole);
  const pdf = await pdfToText(padded);
  assertEquals(pdf.problems, []);
  assertEquals(pdf.text, (await pdfToText(whole)).text);
});

Deno.test("pdfToText: figures in columns side by side are never read as one figure: null, said", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc_cells-apart.pdf"));
  const { document, diagnostics } = parseDocument(pdf.text);
  assertEquals(document!.project.jobs_planned, null);
  assert(diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("120 | 100")), pdf.text);
});

Deno.test("pdfToText: a figure's end alone at the top of the next page is no page number: never the figure's start", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc_figure-at-page-break.pdf"));
  const { document, diagnostics } = parseDocument(pdf.text);
  const said = diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("645"));
  for (const column of ["funding_eu_state_granted", "funding_public_planned"] as const) {
    const value = document!.project[column];
    assert(value === 645300 || value === null && said, `${column}: ${value}; ${JSON.stringify(diagnostics)}`);
  }
  // The print's own page numbers are still left out.
  assert(!/\d+\/\d+$/m.test(pdf.text));
});

Deno.test("pdfToText: a right-aligned figure touching the next cell's figure is never read with it", async () => {
  const pdf = await pdfToText(pdfOf("003_26d83fee4ba57d94_cells-touching.pdf"));
  const { document, diagnostics } = parseDocument(pdf.text);
  assertEquals(document!.project.companies_participating_planned, null);
  assert(diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("21 | 4")), pdf.text);
});

Deno.test("pdfToText: digits led by a 0 alone at a page's top are a figure's end, never the page's number", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc_figure-at-page-break-004.pdf"));
  const { document, diagnostics } = parseDocument(pdf.text);
  const value = document!.project.funding_eu_state_granted;
  assert(
    value === null && diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("645 004")),
    `${value}: ${JSON.stringify(diagnostics)}`,
  );
});

Deno.test("pdfToText: two figures in paragraphs of one cell are never the first alone", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc_figures-in-paragraphs.pdf"));
  const { document, diagnostics } = parseDocument(pdf.text);
  assertEquals(document!.project.jobs_planned, null, pdf.text.split("\n").filter((l) => /120|100/.test(l)).join(" / "));
  assert(
    diagnostics.some((d) => d.code === "unreadable_value" && d.message.includes("120")),
    JSON.stringify(diagnostics),
  );
});

Deno.test("pdfToText: one figure of one cell, in spans (a separator, a bold part), is one figure", async () => {
  const pdf = await pdfToText(pdfOf("000_0083efce40fb50fc_figure-in-spans.pdf"));
  const { document } = parseDocument(pdf.text);
  assertEquals([document!.project.jobs_planned, document!.project.jobs_planned_women], [1200, 700]);
});
