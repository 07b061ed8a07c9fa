/**
 * The official EURA project register (rakennerahastot.fi project lists) as
 * a DataFrame with the corpus' canonical column names, and the cross-check
 * of parsed documents against it.
 *
 * @module
 */
import pl from "nodejs-polars";
import { z } from "zod";
import { errorReason } from "../corpus/list_files.ts";
import { SaidError } from "../i18n/cli.ts";
import { REPORT_CLI } from "../i18n/cli_report.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { safeRatio } from "../frame/derived.ts";
import { diagnostic } from "../diagnostics.ts";
import { type Diagnostic, FUNDING_LABELS, type FundingColumn, type Project, ProjectSchema } from "../schema.ts";
import { parseAmount, parseFinnishDate, readStatus } from "../parse/values.ts";
import { type CsvRow, csvRows, decodeCsv } from "./csv_rows.ts";
import { readProjectCode } from "../parse/project_code.ts";
import { outsideProgramme, PROGRAMME_DATE_BOUNDS } from "../analysis/suspicious_values.ts";

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
  /** The register file, as named in diagnostics (see {@linkcode LoadRegisterOptions.name}). */
  file: string;
  /** The path it was read from. */
  path: string;
  /** The programme period, from the file's layout. */
  period: Project["programme_period"];
  /** How the file was decoded: utf-8, windows-1252, or mixed (lines not UTF-8 read as Windows-1252). */
  encoding: string;
  /** One row per project code (a code listed twice: the row used, see the diagnostics). */
  register: pl.DataFrame;
  diagnostics: Diagnostic[];
  /** `CODE\u0000column` of each value that could not be read (null, and never compared). */
  unreadable: Set<string>;
}

/** Options of {@linkcode loadRegister}. */
export interface LoadRegisterOptions {
  /**
   * How diagnostics and messages name the file (e.g. its name alone, so that
   * a shared report holds no path of the machine).
   * @default {the path given}
   */
  name?: string;
}

const FUNDING_COLUMNS = Object.entries(FUNDING_LABELS) as [FundingColumn, string][];
/** The funding columns of a plan or a grant, which no row can have below zero. */
const PLANS = new Set<FundingColumn>(["funding_eu_state_granted", "funding_public_planned"]);

/** The register's column of each compared field, by layout. */
function sourceColumns(layout2007: boolean): Record<string, string> {
  return {
    name: layout2007 ? "Projektin nimi" : "Hankkeen nimi",
    status: layout2007 ? "Toiminnan tila" : "Tila",
    start_date: "Aloituspvm",
    end_date: "Päättymispvm",
    ...Object.fromEntries(FUNDING_COLUMNS),
  };
}

/** The columns read, as the lists name them. */
const KNOWN_COLUMNS = [
  ...["Koodi", "Rahasto", "Projektin nimi", "Hankkeen nimi", "Ohjelma / osio", "Tl", "Viranomainen"],
  ...["Toiminnan tila", "Tila", "Aloituspvm", "Päättymispvm", "Toteuttajan nimi", ...Object.values(FUNDING_LABELS)],
];
const columnKey = (name: string) => name.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
/** A header cell as the column it names, whatever its case and spacing (`KOODI`, `Toiminnan  tila`). */
const columnName = (cell: string) => KNOWN_COLUMNS.find((name) => columnKey(name) === columnKey(cell)) ?? cell.trim();

/** A read row, before duplicates are resolved. */
interface Candidate {
  row: RegisterRow;
  problems: number;
  unreadable: string[];
}

function readBytes(file: string): Uint8Array {
  try {
    return Deno.readFileSync(file);
  } catch (error) {
    const reason = errorReason(error);
    throw new SaidError((lang) => REPORT_CLI[lang].registerUnreadable(file, reason));
  }
}

/**
 * Loads a project list CSV in the 2007-2013 or the 2014-2020 layout, UTF-8 or
 * Windows-1252 (line by line) or UTF-16 (with its byte-order mark or without), with commas, semicolons or tabs. Values that cannot be read (broken rows,
 * missing dates) become null with a `register_unreadable` warning naming the
 * row; a row cut short keeps what it holds; a row with more fields than the
 * header (shifted columns) keeps only its code; a code listed twice keeps one
 * row (the one with fewer problems, else the first) and a `register_duplicate`
 * warning names it, and a value its rows give differently is null (never one
 * row's). A column the header lacks is null in every row, said once at the
 * header. A code is read as a document's (`s10001`: S10001, said). Every error names the file.
 *
 * @example Usage
 * ```ts
 * import { loadRegister } from "./load_register.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { register, period } = loadRegister("testing/fixtures/register-fixture.csv");
 * assertEquals(register.getColumn("project_code").toArray().slice(0, 2), ["S10323", "S19001"]);
 * assertEquals(period, "2007-2013");
 * ```
 */
export function loadRegister(file: string, options: LoadRegisterOptions = {}): LoadedRegister {
  const name = options.name ?? file;
  const decoded = decodeCsv(readBytes(file));
  // Commas, or semicolons or tabs where the header is read only so (a Finnish spreadsheet's CSV or Unicode text).
  const commas = csvRows(decoded.text);
  const hasCode = (rows: CsvRow[]) => rows[0]?.fields.some((field) => columnName(field) === "Koodi") ?? false;
  const other = hasCode(commas) ? undefined : [csvRows(decoded.text, ";"), csvRows(decoded.text, "\t")].find(hasCode);
  const [header, ...rows] = other ?? commas;
  const columns = header?.fields.map(columnName) ?? [];
  const layout2007 = columns.includes("Projektin nimi");
  const required = ["Koodi", "Rahasto", layout2007 ? "Projektin nimi" : "Hankkeen nimi", "Aloituspvm", "Päättymispvm"];
  const missing = required.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new SaidError((lang) => REPORT_CLI[lang].notARegister(file, missing.join(", ")));
  }
  const period = layout2007 ? "2007-2013" : "2014-2020";
  const fieldColumns = sourceColumns(layout2007);
  const diagnostics: Diagnostic[] = [];
  // A column the header lacks (renamed, left out) is null in every row: said once, at the header.
  const read = [...Object.values(fieldColumns), "Tl", "Viranomainen", "Toteuttajan nimi"];
  for (const column of layout2007 ? [...read, "Ohjelma / osio"] : read) {
    if (!columns.includes(column)) {
      diagnostics.push(diagnostic("register_missing_column", { file: name, line: 1 }, column));
    }
  }
  // A column named twice: which one holds the values is not known (never the last's, as a map would take).
  const twice = new Set(columns.filter((column, i) => column !== "Koodi" && columns.indexOf(column) !== i));
  for (const column of twice) diagnostics.push(diagnostic("register_column_twice", { file: name, line: 1 }, column));
  if (decoded.encoding === "mixed") {
    diagnostics.push(
      diagnostic("register_mixed_encoding", { file: name, line: decoded.windowsLines[0] }, decoded.windowsLines.length),
    );
  }
  const candidates: Candidate[] = [];
  for (const { line, fields } of rows) {
    // A code as the parser reads a document's (`s10001`, `S 10001`: S10001, said), so that the two meet.
    const printed = readProjectCode(fields[columns.indexOf("Koodi")] ?? "");
    const code = printed.code ?? "";
    const place = { file: name, line, project_code: code || null };
    if (printed.tokens.length > 1) {
      diagnostics.push(diagnostic("ambiguous_project_code", place, printed.shown, printed.tokens));
      continue;
    }
    if (code === "") {
      diagnostics.push(diagnostic("register_row_without_code", place));
      continue;
    }
    if (printed.normalised) diagnostics.push(diagnostic("normalised_project_code", place, printed.shown, code));
    // A code written otherwise is no problem of the row's values (see `resolveDuplicates`).
    const before = diagnostics.length;
    const shifted = fields.length > columns.length;
    if (shifted) diagnostics.push(diagnostic("register_extra_fields", place, fields.length, columns.length));
    if (fields.length < columns.length) {
      diagnostics.push(diagnostic("register_truncated_row", place, fields.length, columns.length));
    }
    // A shifted row's values stand under the wrong columns: none is read.
    const record = new Map(columns.map((column, i) => [column, shifted || twice.has(column) ? undefined : fields[i]]));
    const unreadable = Object.entries(fieldColumns).filter(([, column]) => record.get(column) === undefined)
      .map(([field]) => field);
    const text = (column: string) => record.get(column)?.trim() || null;
    const date = (column: string, field: string) => {
      const value = text(column);
      if (value === null) return null;
      // An ISO date (a spreadsheet's re-save) is as sure as D.M.YYYY: checked as one, said as printed.
      const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})$/);
      const read = parseFinnishDate(iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value);
      const parsed = read.problem ? { value: null, problem: { ...read.problem, raw: value } } : read;
      if (parsed.problem) {
        diagnostics.push(diagnostic("register_unreadable_value", place, column, parsed.problem));
        unreadable.push(field);
      }
      // A date no project of the programme has (1.4.2098): a typing error, and never the register's latest start.
      const { from, to } = PROGRAMME_DATE_BOUNDS[period];
      if (outsideProgramme(period, parsed.value)) {
        diagnostics.push(diagnostic("register_date_outside", place, column, parsed.value!, from, to));
        unreadable.push(field);
        return null;
      }
      return parsed.value;
    };
    const status = text(fieldColumns.status!);
    // A status that names two (`Keskeytynyt (Toiminta päättynyt)`) is neither: null, said.
    const statusRead = status === null ? null : readStatus(status);
    if (statusRead?.problem) {
      diagnostics.push(diagnostic("register_unreadable_value", place, fieldColumns.status!, statusRead.problem));
      unreadable.push("status");
    }
    // None of EURA's statuses (a date or remark after one): whether the row's figures are final is not known, said.
    if (statusRead?.value === "other") diagnostics.push(diagnostic("unknown_status", place, status!));
    const fund = text("Rahasto");
    const row: RegisterRow = {
      project_code: code,
      programme_period: period,
      fund: fund === "ESR" || fund === "EAKR" ? fund : null,
      name: text(fieldColumns.name!),
      programme_section: layout2007 ? text("Ohjelma / osio") : null,
      priority_axis_code: text("Tl"),
      responsible_authority: text("Viranomainen"),
      status,
      status_normalised: statusRead?.value ?? null,
      start_date: date("Aloituspvm", "start_date"),
      end_date: date("Päättymispvm", "end_date"),
      organisation_name: text("Toteuttajan nimi"),
      funding_eu_state_granted: null,
      funding_eu_state_actual: null,
      funding_public_planned: null,
      funding_public_actual: null,
      source_line: line,
    };
    // The fund of a shifted row from its code, as for documents: S = ESR, A = EAKR.
    if (shifted) row.fund = /^S/i.test(code) ? "ESR" : /^A/i.test(code) ? "EAKR" : null;
    if (row.start_date && row.end_date && row.end_date < row.start_date) {
      diagnostics.push(diagnostic("end_before_start", place, row.end_date, row.start_date));
    }
    for (const [key, column] of FUNDING_COLUMNS) {
      const value = text(column);
      if (value === null) continue;
      const read = parseAmount(value);
      // A plan or a grant is never below zero; a realised figure may be, as EURA nets a repayment (S10194: -876): kept.
      const amount = read.value !== null && read.value < 0 && PLANS.has(key)
        ? { value: null, problem: { key: "negative_plan" as const, raw: value } }
        : read;
      if (amount.problem) {
        diagnostics.push(diagnostic("register_unreadable_value", place, column, amount.problem));
        unreadable.push(key);
      }
      row[key] = amount.value;
    }
    if (!shifted && fund !== null && row.fund === null) {
      diagnostics.push(diagnostic("register_unknown_fund", place, fund));
    }
    candidates.push({ row, problems: diagnostics.length - before, unreadable });
  }
  const used = resolveDuplicates(candidates, name, diagnostics);
  const register = frameFromRecords(RegisterSchema, used.map((c) => c.row)).withColumns(
    safeRatio("funding_public_actual", "funding_public_planned").alias("funding_utilisation"),
    safeRatio("funding_eu_state_actual", "funding_eu_state_granted").alias("funding_utilisation_eu_state"),
  );
  const unreadable = new Set(used.flatMap((c) => c.unreadable.map((field) => `${c.row.project_code}\u0000${field}`)));
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { file: name, path: file, period, encoding: decoded.encoding, register, diagnostics, unreadable };
}

/**
 * One row per code: the one with the fewest problems, else the first; every
 * other row of the code gets a `register_duplicate` warning naming the row used,
 * and each value the rows both give but differently is null in the row used.
 */
function resolveDuplicates(candidates: Candidate[], file: string, diagnostics: Diagnostic[]): Candidate[] {
  const byCode = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    byCode.set(candidate.row.project_code, [...byCode.get(candidate.row.project_code) ?? [], candidate]);
  }
  const used: Candidate[] = [];
  for (const [code, rows] of byCode) {
    const [kept, ...others] = [...rows].sort((a, b) =>
      a.problems - b.problems || a.row.source_line - b.row.source_line
    );
    used.push(kept!);
    const values = { ...kept!.row };
    for (const other of others) {
      const differing = (Object.keys(values) as (keyof RegisterRow)[])
        .filter((column) => column !== "source_line" && values[column] !== other.row[column]);
      // Two values for one figure: which is right is not known, so it is null and not compared, never one row's.
      const nulled = differing.filter((column) => values[column] !== null && other.row[column] !== null);
      for (const column of nulled) {
        (kept!.row as Record<string, unknown>)[column] = null;
        kept!.unreadable.push(column === "status_normalised" ? "status" : column);
      }
      const place = { file, line: other.row.source_line, project_code: code };
      diagnostics.push(
        differing.length === 0
          ? diagnostic("register_duplicate_identical", place, code, kept!.row.source_line)
          : diagnostic("register_duplicate_differs", place, code, kept!.row.source_line, differing, nulled),
      );
    }
  }
  return used.sort((a, b) => a.row.source_line - b.row.source_line);
}
