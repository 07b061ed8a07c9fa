/**
 * The official EURA project register (rakennerahastot.fi project lists) as
 * a DataFrame with the corpus' canonical column names, and the cross-check
 * of parsed documents against it.
 *
 * @module
 */
import pl from "nodejs-polars";
import { z } from "zod";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { safeRatio } from "../frame/derived.ts";
import { diagnostic } from "../diagnostics.ts";
import { type Diagnostic, FUNDING_LABELS, type FundingColumn, ProjectSchema } from "../schema.ts";
import { normaliseStatus, parseAmount, parseFinnishDate } from "../parse/values.ts";

/** The columns the register shares with the projects frame, in the register frame's order. */
const SHARED_COLUMNS = [
  "programme_period",
  "fund",
  "name",
  "programme_section",
  "priority_axis_code",
  "responsible_authority",
  "status",
  "status_normalised",
  "start_date",
  "end_date",
  "organisation_name",
  ...Object.keys(FUNDING_LABELS) as FundingColumn[],
] as const;

/**
 * A row of the register frame: the project's code, the columns it shares
 * with the projects frame (same names, types and meanings), and its line.
 */
export const RegisterSchema = z.object({
  project_code: z.string().describe("The project's code (Koodi)."),
  ...ProjectSchema.pick(
    Object.fromEntries(SHARED_COLUMNS.map((column) => [column, true])) as {
      [K in typeof SHARED_COLUMNS[number]]: true;
    },
  ).shape,
  source_line: z.int().describe("Line of the row in the CSV file (header = 1)."),
});
export type RegisterRow = z.infer<typeof RegisterSchema>;

/** The register and what could not be read from it. */
export interface LoadedRegister {
  file: string;
  register: pl.DataFrame;
  diagnostics: Diagnostic[];
}

const FUNDING_COLUMNS = Object.entries(FUNDING_LABELS) as [FundingColumn, string][];

/**
 * Loads a project list CSV in the 2007-2013 or the 2014-2020 layout. Values
 * that cannot be read (broken rows, missing dates) become null with a
 * `register_unreadable` warning naming the row.
 *
 * @example Usage
 * ```ts
 * import { loadRegister } from "./load_register.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { register } = loadRegister("testing/fixtures/register-fixture.csv");
 * assertEquals(register.getColumn("project_code").toArray().slice(0, 2), ["S10323", "S19001"]);
 * ```
 */
export function loadRegister(file: string): LoadedRegister {
  const raw = pl.readCSV(file, { sep: ",", inferSchemaLength: 0 });
  const columns = raw.columns;
  const layout2007 = columns.includes("Projektin nimi");
  const required = ["Koodi", "Rahasto", layout2007 ? "Projektin nimi" : "Hankkeen nimi", "Aloituspvm", "Päättymispvm"];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new SyntaxError(`Cannot read ${file} as a EURA project list: no column ${missing.join(", ")}`);
  }
  const diagnostics: Diagnostic[] = [];
  const rows: RegisterRow[] = [];
  const records = raw.toRecords() as Record<string, string | null>[];
  records.forEach((record, index) => {
    const line = index + 2;
    const code = (record["Koodi"] ?? "").trim();
    const place = { file, line, project_code: code || null };
    if (code === "") {
      diagnostics.push(diagnostic("register_row_without_code", place));
      return;
    }
    const text = (column: string) => record[column]?.trim() || null;
    const date = (column: string) => {
      const value = text(column);
      if (value === null) return null;
      const parsed = parseFinnishDate(value);
      if (parsed.problem) diagnostics.push(diagnostic("register_unreadable_value", place, column, parsed.problem));
      return parsed.value;
    };
    const status = text(layout2007 ? "Toiminnan tila" : "Tila");
    const fund = text("Rahasto");
    const row: RegisterRow = {
      project_code: code,
      programme_period: layout2007 ? "2007-2013" : "2014-2020",
      fund: fund === "ESR" || fund === "EAKR" ? fund : null,
      name: text(layout2007 ? "Projektin nimi" : "Hankkeen nimi"),
      programme_section: layout2007 ? text("Ohjelma / osio") : null,
      priority_axis_code: text("Tl"),
      responsible_authority: text("Viranomainen"),
      status,
      status_normalised: status === null ? null : normaliseStatus(status),
      start_date: date("Aloituspvm"),
      end_date: date("Päättymispvm"),
      organisation_name: text("Toteuttajan nimi"),
      funding_eu_state_granted: null,
      funding_eu_state_actual: null,
      funding_public_planned: null,
      funding_public_actual: null,
      source_line: line,
    };
    for (const [key, column] of FUNDING_COLUMNS) {
      const value = text(column);
      if (value === null) continue;
      const amount = parseAmount(value);
      if (amount.problem) diagnostics.push(diagnostic("register_unreadable_value", place, column, amount.problem));
      row[key] = amount.value;
    }
    if (fund !== null && row.fund === null) diagnostics.push(diagnostic("register_unknown_fund", place, fund));
    rows.push(row);
  });
  const register = frameFromRecords(RegisterSchema, rows).withColumns(
    safeRatio("funding_public_actual", "funding_public_planned").alias("funding_utilisation"),
    safeRatio("funding_eu_state_actual", "funding_eu_state_granted").alias("funding_utilisation_eu_state"),
  );
  return { file, register, diagnostics };
}
