/**
 * A readable plain-text table of the key project columns, for a person at a
 * terminal.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";
import { groupedInteger } from "../i18n/format.ts";
import { type PlainColumn, plainTable } from "./plain_table.ts";

interface Column extends PlainColumn {
  value: (row: Record<string, unknown>) => string;
}

const percent = (value: unknown) => typeof value === "number" ? `${(value * 100).toFixed(1)} %` : "–";
const text = (value: unknown) => typeof value === "string" ? value : "–";

const COLUMNS: readonly Column[] = [
  { header: "code", value: (r) => text(r.project_code) },
  { header: "period", value: (r) => text(r.programme_period) },
  { header: "status", value: (r) => text(r.status_normalised) },
  { header: "start", value: (r) => text(r.start_date) },
  { header: "end", value: (r) => text(r.end_date) },
  { header: "planned", align: "right", value: (r) => groupedInteger(r.participants_planned) },
  { header: "actual", align: "right", value: (r) => groupedInteger(r.participants_actual) },
  { header: "realised", align: "right", value: (r) => percent(r.participant_realisation) },
  { header: "public € planned", align: "right", value: (r) => groupedInteger(r.funding_public_planned) },
  { header: "public € actual", align: "right", value: (r) => groupedInteger(r.funding_public_actual) },
  { header: "used", align: "right", value: (r) => percent(r.funding_utilisation) },
  { header: "name", maxWidth: 48, value: (r) => text(r.name) },
];

/**
 * Formats the projects frame as aligned columns: code, period, status,
 * dates, participants and funding with their ratios, and the name
 * (shortened). Missing values show as "–".
 */
export function formatTerminalTable(projects: pl.DataFrame): string {
  const rows = toJsonRecords(projects).map((row) => COLUMNS.map((column) => column.value(row)));
  return plainTable(COLUMNS, rows).join("\n") + "\n";
}
