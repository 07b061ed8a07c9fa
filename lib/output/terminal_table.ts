/**
 * A readable plain-text table of the key project columns, for a person at a
 * terminal.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";

interface Column {
  header: string;
  width?: number;
  align: "left" | "right";
  value: (row: Record<string, unknown>) => string;
}

const integer = (value: unknown) =>
  typeof value === "number" ? Math.round(value).toLocaleString("en-US").replaceAll(",", " ") : "–";
const percent = (value: unknown) => typeof value === "number" ? `${(value * 100).toFixed(1)} %` : "–";
const text = (value: unknown) => typeof value === "string" ? value : "–";

const COLUMNS: readonly Column[] = [
  { header: "code", align: "left", value: (r) => text(r.project_code) },
  { header: "period", align: "left", value: (r) => text(r.programme_period) },
  { header: "status", align: "left", value: (r) => text(r.status_normalised) },
  { header: "start", align: "left", value: (r) => text(r.start_date) },
  { header: "end", align: "left", value: (r) => text(r.end_date) },
  {
    header: "planned",
    align: "right",
    value: (r) => integer(r.participants_planned),
  },
  {
    header: "actual",
    align: "right",
    value: (r) => integer(r.participants_actual),
  },
  {
    header: "realised",
    align: "right",
    value: (r) => percent(r.participant_realisation),
  },
  {
    header: "public € planned",
    align: "right",
    value: (r) => integer(r.funding_public_planned),
  },
  {
    header: "public € actual",
    align: "right",
    value: (r) => integer(r.funding_public_actual),
  },
  {
    header: "used",
    align: "right",
    value: (r) => percent(r.funding_utilisation),
  },
  { header: "name", width: 48, align: "left", value: (r) => text(r.name) },
];

/**
 * Formats the projects frame as aligned columns: code, period, status,
 * dates, participants and funding with their ratios, and the name
 * (shortened). Missing values show as "–".
 */
export function formatTerminalTable(projects: pl.DataFrame): string {
  const rows = toJsonRecords(projects);
  const cells = rows.map((row) => COLUMNS.map((column) => shorten(column.value(row), column.width)));
  const widths = COLUMNS.map((column, i) => Math.max(column.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    values.map((value, i) => COLUMNS[i]!.align === "right" ? value.padStart(widths[i]!) : value.padEnd(widths[i]!))
      .join("  ").trimEnd();
  return [line(COLUMNS.map((c) => c.header)), ...cells.map(line)].join("\n") +
    "\n";
}

function shorten(value: string, width: number | undefined): string {
  return width !== undefined && value.length > width ? value.slice(0, width - 1) + "…" : value;
}
