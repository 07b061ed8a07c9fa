/**
 * A readable plain-text table of the key project columns, for a person at a
 * terminal.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";
import { formatDate, groupedInteger } from "../i18n/format.ts";
import { TERMINAL_TABLE } from "../i18n/cli_parse.ts";
import type { Language } from "../i18n/mod.ts";
import { type PlainColumn, plainTable } from "./plain_table.ts";

interface Column extends PlainColumn {
  value: (row: Record<string, unknown>) => string;
}

const text = (value: unknown) => typeof value === "string" ? value : "–";

/** The columns, their headings and cells in the language (dates ISO in English, as the exports give them). */
function columns(lang: Language): Column[] {
  const say = TERMINAL_TABLE[lang];
  const percent = (value: unknown) =>
    typeof value === "number" ? `${(value * 100).toFixed(1).replace(".", lang === "fi" ? "," : ".")} %` : "–";
  const date = (value: unknown) => lang === "fi" && typeof value === "string" ? formatDate(value, "fi") : text(value);
  const status = (value: unknown) =>
    typeof value === "string" && value in say
      ? say[value as "ended" | "active" | "interrupted" | "other"]
      : text(value);
  return [
    { header: say.code, value: (r) => text(r.project_code) },
    { header: say.period, value: (r) => text(r.programme_period) },
    { header: say.status, value: (r) => status(r.status_normalised) },
    { header: say.start, value: (r) => date(r.start_date) },
    { header: say.end, value: (r) => date(r.end_date) },
    { header: say.planned, align: "right", value: (r) => groupedInteger(r.participants_planned) },
    { header: say.actual, align: "right", value: (r) => groupedInteger(r.participants_actual) },
    { header: say.realised, align: "right", value: (r) => percent(r.participant_realisation) },
    { header: say.publicPlanned, align: "right", value: (r) => groupedInteger(r.funding_public_planned) },
    { header: say.publicActual, align: "right", value: (r) => groupedInteger(r.funding_public_actual) },
    { header: say.used, align: "right", value: (r) => percent(r.funding_utilisation) },
    { header: say.name, maxWidth: 48, value: (r) => text(r.name) },
  ];
}

/**
 * Formats the projects frame as aligned columns: code, period, status,
 * dates, participants and funding with their ratios, and the name
 * (shortened), in the language. Missing values show as "–".
 */
export function formatTerminalTable(projects: pl.DataFrame, lang: Language = "en"): string {
  const shown = columns(lang);
  const rows = toJsonRecords(projects).map((row) => shown.map((column) => column.value(row)));
  return plainTable(shown, rows).join("\n") + "\n";
}
