/**
 * The rows a chart embeds: only the columns it draws, never texts or
 * contact details, with a localised status label.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { toJsonRecords } from "../serialise.ts";
import { labels, type Language, PALETTE } from "./theme.ts";

/** A row of chart data. */
export type ChartRow = Record<string, unknown>;

/** Projects as a frame or as rows already. */
export type ChartData = pl.DataFrame | readonly ChartRow[];

const STATUSES = ["ended", "active", "interrupted", "other"] as const;

/**
 * Picks the columns a chart needs (plus `project_code`, `name` and
 * `status_normalised`) and adds `status_label` in the chart's language.
 */
export function chartRows(data: ChartData, columns: readonly string[], lang: Language): ChartRow[] {
  const rows = Array.isArray(data) ? data as readonly ChartRow[] : toJsonRecords(data as pl.DataFrame);
  const keep = ["project_code", "name", "status_normalised", ...columns];
  const text = labels(lang);
  return rows.map((row) => {
    const picked: ChartRow = Object.fromEntries(keep.map((column) => [column, row[column] ?? null]));
    const status = (row.status_normalised as typeof STATUSES[number] | null) ?? "other";
    picked.status_label = text[STATUSES.includes(status) ? status : "other"];
    return picked;
  });
}

const STATUS_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.vermillion, PALETTE.grey];
const STATUS_SHAPES = ["circle", "diamond", "square", "triangle-up"];

/** The statuses present in the rows, in a fixed order, with their colour and shape. */
function presentStatuses(rows: readonly ChartRow[], lang: Language) {
  const text = labels(lang);
  const present = new Set(rows.map((row) => row.status_label));
  return STATUSES.map((status, i) => ({ label: text[status], colour: STATUS_COLOURS[i]!, shape: STATUS_SHAPES[i]! }))
    .filter(({ label }) => present.has(label));
}

/**
 * The colour encoding of status, for the statuses present: ended blue,
 * active (interim) orange, interrupted vermillion, other grey.
 */
export function statusColour(rows: readonly ChartRow[], lang: Language) {
  const statuses = presentStatuses(rows, lang);
  return {
    field: "status_label",
    type: "nominal" as const,
    title: labels(lang).status,
    scale: { domain: statuses.map((s) => s.label), range: statuses.map((s) => s.colour) },
  };
}

/** The shape encoding of status, so that print in grey still tells active from ended. */
export function statusShape(rows: readonly ChartRow[], lang: Language) {
  const statuses = presentStatuses(rows, lang);
  return {
    field: "status_label",
    type: "nominal" as const,
    title: labels(lang).status,
    scale: { domain: statuses.map((s) => s.label), range: statuses.map((s) => s.shape) },
  };
}

/** Tooltip fields every per-project chart shows first: code and name. */
export function projectTooltip(lang: Language) {
  const text = labels(lang);
  return [
    { field: "project_code", type: "nominal" as const, title: text.code },
    { field: "name", type: "nominal" as const, title: text.name },
    { field: "status_label", type: "nominal" as const, title: text.status },
  ];
}

/** Rows where every one of the columns has a value. */
export function withValues(rows: readonly ChartRow[], columns: readonly string[]): ChartRow[] {
  return rows.filter((row) => columns.every((column) => typeof row[column] === "number"));
}
