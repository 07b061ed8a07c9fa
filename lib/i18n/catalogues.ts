/**
 * Every catalogue of user-facing strings, by name, for the test that checks
 * both languages have every key.
 *
 * @module
 */
import { CHART_TEXT } from "./charts.ts";
import { DIAGNOSTIC_MESSAGES } from "./diagnostics.ts";
import type { Message, Messages } from "./mod.ts";
import { NOTEBOOK_TEXT } from "./notebooks.ts";
import { REPORT_TEXT } from "./report.ts";
import { STATUS_LABELS } from "./statuses.ts";
import { VALUE_PROBLEMS } from "./values.ts";

/** Every catalogue, by name. */
export const CATALOGUES: Record<string, Messages<Record<string, Message>>> = {
  charts: CHART_TEXT,
  diagnostics: DIAGNOSTIC_MESSAGES,
  notebooks: NOTEBOOK_TEXT,
  report: REPORT_TEXT,
  statuses: STATUS_LABELS,
  valueProblems: VALUE_PROBLEMS,
};
