/**
 * PDFs made by hand (`testing/hand_pdf.ts`), untagged as another program's print is, damaged as prints are: each
 * figure is the text's, or null and said.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import fc from "fast-check";
import { pdfToText } from "./pdf_text.ts";
import { parseDocument } from "./parse_document.ts";
import { handPdf, ocrLayer, printedLines } from "../../testing/hand_pdf.ts";
import { readForm } from "../corpus/read_form.ts";
import { dataFile, DOCUMENTS } from "../../testing/form_fixtures.ts";
import type { Project } from "../schema.ts";

const S11547 = Deno.readTextFileSync(dataFile("000_0083efce40fb50fc")).split("\n");
const truth = parseDocument(S11547.join("\n")).document!.project;

/** The figures of a record. */
const FIGURES = [
  "funding_eu_state_granted",
  "funding_eu_state_actual",
  "funding_public_planned",
  "funding_public_actual",
  "participants_planned",
  "participants_planned_women",
  "participants_actual",
  "participants_actual_women",
  "jobs_planned",
  "jobs_actual",
  "enterprises_planned",
  "degrees_planned",
] as const;

/** The columns of `Label: value` lines, which a print of label and value columns must give as the text does. */
const FIELDS: (keyof Project)[] = [
  "project_code",
  "name",
  "responsible_authority",
  "organisation_name",
  "business_id",
  // The funding, the participants and the planned jobs.
  ...FIGURES.slice(0, 9),
  "municipalities",
  "start_date",
  "end_date",
  "class_equality",
];

Deno.test("pdfToText, untagged: a heading after a one-line row of label and value is no part of the label", async () => {
  const pdf = await pdfToText(handPdf(printedLines(S11547)));
  const project = parseDocument(pdf.text).document!.project;
  for (const column of FIELDS) assertEquals(project[column], truth[column], column);
});

Deno.test("pdfToText: text printed twice (an OCR layer over the print, a bold drawn twice) is read once", async () => {
  const pages = printedLines(S11547);
  const layered = pages.map((page) => ({ texts: [...ocrLayer(page.texts), ...page.texts] }));
  const bold = pages.map((page) => ({ texts: [...page.texts, ...page.texts.map((t) => ({ ...t, x: t.x + 0.3 }))] }));
  for (const print of [layered, bold]) {
    const pdf = await pdfToText(handPdf(print));
    assertEquals(pdf.problems, []);
    const project = parseDocument(pdf.text).document!.project;
    for (const column of FIELDS) assertEquals(project[column], truth[column], column);
  }
});

Deno.test("readForm: an OCR layer that reads a figure otherwise than the print: null, said with both, the page said", async () => {
  // The recogniser read 645 300 as 645 800: which the page shows is not known.
  const print = printedLines(S11547).map((page) => ({
    texts: [...page.texts, ...ocrLayer(page.texts, (word) => word === "300" ? "800" : word)],
  }));
  const outcome = await readForm("ocr.pdf", "pdf", handPdf(print));
  const project = outcome.documents[0]!.project;
  assertEquals([project.funding_eu_state_granted, project.funding_public_planned], [null, null]);
  assertEquals([project.funding_eu_state_actual, project.participants_planned], [614153, 199]);
  const said = outcome.diagnostics.filter((d) =>
    d.code === "unreadable_value" && d.message.includes("645 300 | 645 800")
  );
  assertEquals(said.map((d) => d.line !== null && d.message.includes("page 3, line")), [true, true]);
  const layers = outcome.diagnostics.filter((d) => d.message.includes("two text layers"));
  assertEquals(layers.map((d) => [d.file, d.message.includes("page 3")]), [["ocr.pdf", true]]);
  assert(layers.every((d) => d.level === "warning"));
});

Deno.test("pdfToText: a print whose pages are turned (text running up, down or upside down) is read as the page reads", async () => {
  type Matrix = [number, number, number, number, number, number];
  const turns: { matrix: Matrix; rotate: 90 | 180 | 270; size: [number, number] }[] = [
    { matrix: [0, 1, -1, 0, 842, 0], rotate: 270, size: [842, 595] },
    { matrix: [0, -1, 1, 0, 0, 595], rotate: 90, size: [842, 595] },
    { matrix: [-1, 0, 0, -1, 595, 842], rotate: 180, size: [595, 842] },
  ];
  for (const turn of turns) {
    const pdf = await pdfToText(handPdf(printedLines(S11547).map((page) => ({ ...page, ...turn }))));
    const project = parseDocument(pdf.text).document!.project;
    for (const column of [...FIELDS, "final_report_summary"] as const) {
      if (column === "final_report_summary") assert(project[column]?.startsWith("Maahanmuuttajien osaaminen"));
      else assertEquals(project[column], truth[column], `${turn.rotate}: ${column}`);
    }
  }
});

Deno.test("pdfToText, untagged: wherever the pages break, no value is read from another label (a heading atop a page)", async () => {
  for (let perPage = 12; perPage <= 60; perPage += 4) {
    const pdf = await pdfToText(handPdf(printedLines(S11547, { perPage })));
    const project = parseDocument(pdf.text).document!.project;
    for (const column of FIELDS) {
      const value = project[column];
      const empty = value === null || (Array.isArray(value) && value.length === 0);
      assert(empty || JSON.stringify(value) === JSON.stringify(truth[column]), `${perPage} a page: ${column} ${value}`);
    }
  }
});

Deno.test("pdfToText: a footer above a wide margin (past the page's foot band) is left out as the print's", async () => {
  for (
    const footer of [(n: number, m: number) => `Sivu ${n} / ${m}`, (n: number) => `${n}`, (n: number) => `- ${n} -`]
  ) {
    for (const perPage of [33, 36, 38]) {
      const pages = printedLines(S11547, { perPage });
      const footed = pages.map((page, i) => ({
        texts: [...page.texts, { text: footer(i + 1, pages.length), x: 500, y: 80, size: 9 }],
      }));
      const pdf = await pdfToText(handPdf(footed));
      assert(!/Sivu \d|^- \d -$|^\d$/m.test(pdf.text), `${perPage}: ${footer(1, 2)}`);
      const project = parseDocument(pdf.text).document!.project;
      for (const column of [...FIELDS, "subregions", "jobs_planned", "degrees_actual"] as const) {
        assertEquals(project[column], truth[column], `${perPage}, ${footer(1, 2)}: ${column}`);
      }
    }
  }
});

Deno.test("pdfToText: a page printed in two columns is read a column at a time, never a left line as a right one's label", async () => {
  const between = (from: string, to: string) =>
    S11547.slice(S11547.findIndex((line) => line.startsWith(from)), S11547.findIndex((line) => line.startsWith(to)));
  const left = between("3.4 Aloittaneiden", "5. Suunnitelman").filter((line) => line.trim() !== "");
  const right = between("7. Projektin julkinen", "8. Vastuuviranomaisen").filter((line) => line.trim() !== "");
  const columns = [
    ...left.map((text, i) => ({ text, x: 50, y: 780 - i * 14, size: 7 })),
    ...right.map((text, i) => ({ text, x: 310, y: 780 - i * 14, size: 7 })),
  ];
  const pages = [
    ...printedLines(between("Euroopan unioni", "3.4 Aloittaneiden")),
    { texts: columns },
    ...printedLines([
      ...between("5. Suunnitelman", "7. Projektin julkinen"),
      ...S11547.slice(S11547.findIndex((line) => line.startsWith("8. Vastuu"))),
    ]),
  ];
  // Before: "Suunniteltu: 199, joista naisia 100: Myönnetty EU- ja valtion rahoitus: 645 300", every figure null.
  const pdf = await pdfToText(handPdf(pages));
  const project = parseDocument(pdf.text).document!.project;
  for (const column of FIELDS) assertEquals(project[column], truth[column], column);
});

Deno.test("pdfToText, untagged: rows a paragraph's gap apart (most gaps so) never make a heading a label's second line", async () => {
  const head = S11547.slice(0, S11547.findIndex((line) => line.startsWith("3.2 Varsinaiset")));
  const pdf = await pdfToText(handPdf(printedLines(head)));
  const project = parseDocument(pdf.text).document!.project;
  // Before: "2. Projektin toteuttaja: Etelä-Savon …", the heading read into the label "Vastuuviranomainen".
  for (const column of ["responsible_authority", "organisation_name", "business_id", "municipalities"] as const) {
    assertEquals(project[column], truth[column], column);
  }
});

Deno.test("pdfToText fuzzing: damaged untagged prints (breaks, furniture, layers, turns) give each figure right or null", async () => {
  type Matrix = [number, number, number, number, number, number];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...DOCUMENTS),
      fc.integer({ min: 14, max: 70 }),
      fc.integer({ min: 8, max: 12 }),
      fc.constantFrom("none", "foot", "high foot", "head"),
      fc.constantFrom("none", "ocr", "bold"),
      fc.constantFrom(0, 90, 180),
      async (base, perPage, size, furniture, layer, turn) => {
        const text = Deno.readTextFileSync(dataFile(base));
        const truth = parseDocument(text).document!.project;
        const pages = printedLines(text.split("\n"), { perPage, size }).map((page, i, all) => ({
          texts: [
            ...page.texts,
            ...(furniture === "foot" ? [{ text: `Sivu ${i + 1} / ${all.length}`, x: 480, y: 30, size: 8 }] : []),
            ...(furniture === "high foot" ? [{ text: `${i + 1}`, x: 290, y: 85, size: 9 }] : []),
            ...(furniture === "head" ? [{ text: `${base} – tuloste 27.11.2026`, x: 50, y: 820, size: 8 }] : []),
          ],
        })).map((page) => ({
          texts: layer === "ocr"
            ? [...ocrLayer(page.texts), ...page.texts]
            : layer === "bold"
            ? [...page.texts, ...page.texts.map((t) => ({ ...t, x: t.x + 0.3 }))]
            : page.texts,
          ...(turn === 90 ? { size: [842, 595] as [number, number], matrix: [0, 1, -1, 0, 842, 0] as Matrix } : {}),
          ...(turn === 180 ? { matrix: [-1, 0, 0, -1, 595, 842] as Matrix } : {}),
        }));
        const project = parseDocument((await pdfToText(handPdf(pages))).text).document!.project;
        assertEquals(project.project_code, truth.project_code);
        for (const column of FIGURES) {
          assert(project[column] === null || project[column] === truth[column], `${column}: ${project[column]}`);
        }
      },
    ),
    { numRuns: 20 },
  );
});
