/**
 * Every catalogue of user-facing strings, by name, for the test that checks
 * both languages have every key.
 *
 * @module
 */
import { ANALYSIS_TEXT } from "./analysis.ts";
import { ANALYSIS_METHODS } from "./analysis_methods.ts";
import { ANALYSIS_NAMES } from "./analysis_names.ts";
import { CHART_TEXT } from "./charts.ts";
import { CLI_TEXT } from "./cli.ts";
import { PARSE_CLI, TERMINAL_TABLE } from "./cli_parse.ts";
import { REPORT_CLI } from "./cli_report.ts";
import { COLUMN_NAMES, TABLE_PARTS } from "./columns.ts";
import { DIAGNOSTIC_MESSAGES } from "./diagnostics.ts";
import { EXPORT_TEXT } from "./exports.ts";
import type { Message, Messages } from "./mod.ts";
import { NOTEBOOK_COLUMNS } from "./notebook_columns.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";
import { ANALYSES_NOTEBOOK_TEXT } from "./notebooks_analyses.ts";
import { CHECK_DETAILS, CHECK_NAMES, DIAGNOSTIC_CODE_NAMES, LEVEL_NAMES } from "./quality.ts";
import { REPORT_TEXT, TABLE_TITLES } from "./report.ts";
import { STATUS_LABELS } from "./statuses.ts";
import { VALUE_PROBLEMS } from "./values.ts";

/** Every catalogue, by name. */
export const CATALOGUES: Record<string, Messages<Record<string, Message>>> = {
  charts: CHART_TEXT,
  cli: CLI_TEXT,
  parseCli: PARSE_CLI,
  terminalTable: TERMINAL_TABLE,
  reportCli: REPORT_CLI,
  diagnostics: DIAGNOSTIC_MESSAGES,
  exports: EXPORT_TEXT,
  notebooks: NOTEBOOK_TEXT,
  notebookColumns: NOTEBOOK_COLUMNS,
  report: REPORT_TEXT,
  statuses: STATUS_LABELS,
  valueProblems: VALUE_PROBLEMS,
  columns: COLUMN_NAMES,
  tableParts: TABLE_PARTS,
  tableTitles: TABLE_TITLES,
  diagnosticCodes: DIAGNOSTIC_CODE_NAMES,
  levels: LEVEL_NAMES,
  checks: CHECK_NAMES,
  checkDetails: CHECK_DETAILS,
  analysis: ANALYSIS_TEXT,
  analysisNames: ANALYSIS_NAMES,
  analysisMethods: ANALYSIS_METHODS,
  analysesNotebooks: ANALYSES_NOTEBOOK_TEXT,
};
