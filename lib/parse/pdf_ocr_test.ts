/**
 * A scan whose only text is an invisible OCR layer (text render mode 3): its figures are the recogniser's, and the
 * file is said to be so, with its pages, so that they are checked against the print.
 */
import { deepStrictEqual as assertEquals, ok as assert } from "node:assert/strict";
import { parseDocument } from "./parse_document.ts";
import { handPdf, type HandText, ocrLayer, printedLines } from "../../testing/hand_pdf.ts";
import { readForm } from "../corpus/read_form.ts";
import { dataFile } from "../../testing/form_fixtures.ts";
import { type KeyedDiagnostic, localiseDiagnostic } from "../diagnostics.ts";

const S11547 = Deno.readTextFileSync(dataFile("000_0083efce40fb50fc")).split("\n");
const truth = parseDocument(S11547.join("\n")).document!.project;
const PRINT = printedLines(S11547);

Deno.test("readForm: a scan with only an OCR layer gives the recogniser's figures, and a warning naming its pages", async () => {
  const scan = PRINT.map((page) => ({ texts: ocrLayer(page.texts) }));
  const outcome = await readForm("scan.pdf", "pdf", handPdf(scan));
  const project = outcome.documents[0]!.project;
  assertEquals(
    [project.funding_eu_state_granted, project.funding_public_actual, project.participants_planned],
    [645300, 614153, 199],
  );
  assertEquals([project.funding_eu_state_granted, project.jobs_planned], [
    truth.funding_eu_state_granted,
    truth.jobs_planned,
  ]);
  // Before: not a word that the text was recognised from an image.
  const said = outcome.diagnostics.filter((d) => d.code === "ocr_text");
  assertEquals(said.map((d) => [d.file, d.level, d.message.includes(`1–${PRINT.length}`)]), [[
    "scan.pdf",
    "warning",
    true,
  ]]);
  assert(said[0]!.message.includes("page 1"), said[0]!.message);
  assert(localiseDiagnostic(said[0]!, "fi").includes(`1–${PRINT.length}`));
});

Deno.test("readForm: a misread digit of an OCR layer alone is read as recognised, and the warning says to check it", async () => {
  const scan = PRINT.map((page) => ({ texts: ocrLayer(page.texts, (word) => word === "300" ? "800" : word) }));
  const outcome = await readForm("scan.pdf", "pdf", handPdf(scan));
  // No print beside it says otherwise: 645 800 is what the document's only text says.
  assertEquals(outcome.documents[0]!.project.funding_eu_state_granted, 645800);
  assertEquals(outcome.diagnostics.filter((d) => d.code === "ocr_text").length, 1);
});

Deno.test("readForm: only the pages whose text is an OCR layer alone are named; a layer over the print is no scan", async () => {
  // Page 1 prints all but one text, which only its OCR layer holds (a stamp on the scan, a figure written in).
  const alone = (texts: HandText[]) => [...texts.filter((_, k) => k !== 20), ...ocrLayer(texts)];
  const mixed = PRINT.map((page, i) => ({
    texts: i === 0 ? alone(page.texts) : i === 1 ? ocrLayer(page.texts) : [...page.texts, ...ocrLayer(page.texts)],
  }));
  const outcome = await readForm("mixed.pdf", "pdf", handPdf(mixed));
  const said = outcome.diagnostics.filter((d) => d.code === "ocr_text") as KeyedDiagnostic[];
  assertEquals(said.map((d) => [d.values, d.message.includes("page 1")]), [[["1–2"], true]]);
  assertEquals(PRINT.length, 3);
  const print = await readForm("print.pdf", "pdf", handPdf(PRINT));
  assertEquals(print.diagnostics.filter((d) => d.code === "ocr_text"), []);
});
