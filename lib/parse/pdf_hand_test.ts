/**
 * PDFs made by hand (`testing/hand_pdf.ts`), untagged as another program's print is, damaged as prints are: each
 * figure is the text's, or null and said.
 */
import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { pdfToText } from "./pdf_text.ts";
import { parseDocument } from "./parse_document.ts";
import { handPdf, printedLines } from "../../testing/hand_pdf.ts";
import { dataFile } from "../../testing/form_fixtures.ts";
import type { Project } from "../schema.ts";

const S11547 = Deno.readTextFileSync(dataFile("000_0083efce40fb50fc")).split("\n");
const truth = parseDocument(S11547.join("\n")).document!.project;

/** The columns of `Label: value` lines, which a print of label and value columns must give as the text does. */
const FIELDS: (keyof Project)[] = [
  "project_code",
  "name",
  "responsible_authority",
  "organisation_name",
  "business_id",
  "funding_eu_state_granted",
  "funding_eu_state_actual",
  "funding_public_planned",
  "funding_public_actual",
  "participants_planned",
  "participants_planned_women",
  "participants_actual",
  "participants_actual_women",
  "jobs_planned",
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
