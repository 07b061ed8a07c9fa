/**
 * The rows a chart embeds: only the columns it draws, never texts or
 * contact details, with a localised status label.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";
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

/** A status encoding over the statuses present in the rows, in a fixed order, with the given range. */
function statusEncoding(rows: readonly ChartRow[], lang: Language, range: readonly string[]) {
  const text = labels(lang);
  const present = new Set(rows.map((row) => row.status_label));
  const shown = STATUSES.flatMap((status, i) =>
    present.has(text[status]) ? [{ label: text[status], value: range[i]! }] : []
  );
  return {
    field: "status_label",
    type: "nominal" as const,
    title: text.status,
    scale: { domain: shown.map((s) => s.label), range: shown.map((s) => s.value) },
  };
}

/**
 * The colour encoding of status, for the statuses present: ended blue,
 * active (interim) orange, interrupted vermillion, other grey.
 */
export function statusColour(rows: readonly ChartRow[], lang: Language) {
  return statusEncoding(rows, lang, STATUS_COLOURS);
}

/** The shape encoding of status, so that print in grey still tells active from ended. */
export function statusShape(rows: readonly ChartRow[], lang: Language) {
  return statusEncoding(rows, lang, STATUS_SHAPES);
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

/** Rows cut to at most `max`, and the sentence that says how, in the chart's language ("" when nothing was cut). */
export interface CappedRows {
  rows: ChartRow[];
  note: string;
}

/**
 * Keeps the `max / 2` highest and `max / 2` lowest rows by the field (rows
 * sorted highest first), or all rows when they are few enough.
 */
export function extremes(rows: readonly ChartRow[], field: string, max: number, lang: Language): CappedRows {
  const sorted = [...rows].sort((a, b) =>
    (b[field] as number) - (a[field] as number) || String(a.project_code).localeCompare(String(b.project_code))
  );
  if (sorted.length <= max) return { rows: sorted, note: "" };
  const half = Math.floor(max / 2);
  return {
    rows: [...sorted.slice(0, half), ...sorted.slice(-half)],
    note: lang === "fi"
      ? ` Näytetään ${half} suurinta ja ${half} pienintä ${sorted.length} hankkeesta.`
      : ` Showing the ${half} highest and ${half} lowest of ${sorted.length} projects.`,
  };
}

/** Keeps the first `max` rows in the given order, or all. */
export function firstRows(
  rows: readonly ChartRow[],
  max: number,
  lang: Language,
  what: { fi: string; en: string },
): CappedRows {
  if (rows.length <= max) return { rows: [...rows], note: "" };
  return {
    rows: rows.slice(0, max),
    note: lang === "fi"
      ? ` Näytetään ${max} ${what.fi} ${rows.length} hankkeesta.`
      : ` Showing the ${max} ${what.en} of ${rows.length} projects.`,
  };
}
