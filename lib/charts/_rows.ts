/**
 * The rows a chart embeds: only the columns it draws, never texts or
 * contact details, with a localised status label.
 *
 * @module
 */
import pl from "nodejs-polars";
import { recogniseRegion } from "../analysis/region_names.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
import { CHART_TEXT } from "../i18n/charts.ts";
import { ONE_PROJECT_STATUS } from "../i18n/chart_words.ts";
import { STATUS_LABELS } from "../i18n/statuses.ts";
import { type Status, STATUSES } from "../schema.ts";
import { legendColumns, projectLabel } from "./layout.ts";
import type { ChartProjects } from "./spec.ts";
import { type Language, PALETTE } from "./theme.ts";

/** A row of chart data. */
export type ChartRow = Record<string, unknown>;

/** Projects as a frame or as rows already. */
export type ChartData = pl.DataFrame | readonly ChartRow[];

/**
 * The rows of a frame (of only the `columns` given, when given: converting every column of 10,000
 * projects to objects for each chart took seconds), or the rows as given.
 */
export function records(data: ChartData, columns?: readonly string[]): readonly ChartRow[] {
  if (Array.isArray(data)) return data as readonly ChartRow[];
  const frame = data as pl.DataFrame;
  return toJsonRecords(columns ? frame.select(...columns.filter((column) => frame.columns.includes(column))) : frame);
}

/**
 * The first `count` rows of the data (of only the `columns` given) in the order `compare` sorts them, stably as
 * `Array.prototype.sort`, and how many rows there are. `compare` may read only the `sortBy` columns: of a frame,
 * those are read for every row and the rest for the rows kept alone (a chart of the top 15 of 1,500 organisations
 * converted them all, their names too, to sort them).
 */
export function firstSorted(
  data: ChartData,
  columns: readonly string[],
  sortBy: readonly string[],
  compare: (a: ChartRow, b: ChartRow) => number,
  count: number,
): { rows: ChartRow[]; total: number } {
  if (Array.isArray(data)) return { rows: [...data].sort(compare).slice(0, count), total: data.length };
  const frame = data as pl.DataFrame;
  const keys = records(frame, sortBy);
  const order = keys.map((_, k) => k).sort((a, b) => compare(keys[a]!, keys[b]!)).slice(0, count);
  const kept = keys.map(() => false);
  for (const k of order) kept[k] = true;
  const present = columns.filter((column) => frame.columns.includes(column));
  const rows = toJsonRecords(frame.select(...present).filter(pl.Series("kept", kept, pl.Bool)));
  // The kept rows come in the frame's order: the k-th kept row is the frame's row at the k-th kept index.
  const at = new Map(kept.flatMap((keep, k) => keep ? [k] : []).map((k, i) => [k, rows[i]!]));
  return { rows: order.map((k) => at.get(k)!), total: keys.length };
}

/**
 * A region as the document prints it, named in the chart's language (the
 * map's names: "Pohjois-Savo" is "North Savo" in English); a name that is no
 * single region stays as printed.
 *
 * @example Usage
 * ```ts
 * import { regionLabel } from "./_rows.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(regionLabel("Pohjois-Savo", "en"), "North Savo");
 * assertEquals(regionLabel("Norra Savolax", "fi"), "Pohjois-Savo");
 * assertEquals(regionLabel("koko Suomi", "en"), "Nationwide");
 * assertEquals(regionLabel("Karjala", "en"), "Karjala");
 * ```
 */
export function regionLabel(printed: string, lang: Language): string {
  const area = recogniseRegion(printed);
  if (area.kind === "nationwide") return ANALYSIS_NAMES[lang].nationwideTile;
  if (area.kind === "regions" && area.codes.length === 1) return ANALYSIS_NAMES[lang].region(area.codes[0]!);
  return printed;
}

/**
 * Picks the columns a chart needs (plus `project_code`, `name` and
 * `status_normalised`) and adds `status_label` in the chart's language.
 */
export function chartRows(data: ChartData, columns: readonly string[], lang: Language): ChartRow[] {
  const keep = ["project_code", "name", "status_normalised", ...columns];
  const statusLabels = STATUS_LABELS[lang];
  return records(data, keep).map((row) => {
    const picked: ChartRow = Object.fromEntries(keep.map((column) => [column, row[column] ?? null]));
    const status = (row.status_normalised as Status | null) ?? "other";
    picked.status_label = statusLabels[STATUSES.includes(status) ? status : "other"];
    return picked;
  });
}

const STATUS_COLOURS = [PALETTE.blue, PALETTE.orange, PALETTE.vermillion, PALETTE.grey];
const STATUS_SHAPES = ["circle", "diamond", "square", "triangle-up"];

/**
 * Adds `project_label`, the project as an axis names it: its name shortened
 * to `maxWidth` pixels, with its code after it.
 */
export function withProjectLabels(rows: readonly ChartRow[], maxWidth: number): ChartRow[] {
  return rows.map((row) => ({ ...row, project_label: projectLabel(row.project_code, row.name, maxWidth) }));
}

/**
 * A nominal encoding with its legend laid out in as many columns as fit in
 * `legendWidth` pixels (the legend is never cut, and never wider than the chart).
 * No legend for a single entry the title or subtitle says (`said`): it would tell nothing.
 */
export function legendEncoding(
  field: string,
  title: string,
  domain: readonly string[],
  legendWidth: number,
  said = false,
) {
  return {
    field,
    type: "nominal" as const,
    title,
    legend: said && domain.length === 1 ? null : { columns: legendColumns(domain, legendWidth) },
  };
}

/** A status encoding over the statuses present in the rows, in a fixed order, with the given range. */
function statusEncoding(rows: readonly ChartRow[], lang: Language, range: readonly string[], legendWidth: number) {
  const statusLabels = STATUS_LABELS[lang];
  const present = new Set(rows.map((row) => row.status_label));
  const shown = STATUSES.flatMap((status, i) =>
    present.has(statusLabels[status]) ? [{ label: statusLabels[status], value: range[i]! }] : []
  );
  const domain = shown.map((s) => s.label);
  return {
    ...legendEncoding("status_label", CHART_TEXT[lang].status, domain, legendWidth, true),
    scale: { domain, range: shown.map((s) => s.value) },
  };
}

/**
 * The subtitle's sentence on the status of a chart's projects when they all have one (its legend, of one entry, is
 * not drawn), of the project when there is one; "" otherwise.
 */
export function singleStatusNote(rows: readonly ChartRow[], lang: Language): string {
  const present = [...new Set(rows.map((row) => row.status_label))];
  if (present.length !== 1) return "";
  const one = new Set(rows.map((row) => row.project_code)).size === 1;
  return (one ? ONE_PROJECT_STATUS[lang] : CHART_TEXT[lang].singleStatus)(String(present[0]));
}

/**
 * The colour encoding of status, for the statuses present: ended blue,
 * active (interim) orange, interrupted vermillion, other grey.
 */
export function statusColour(rows: readonly ChartRow[], lang: Language, legendWidth: number) {
  return statusEncoding(rows, lang, STATUS_COLOURS, legendWidth);
}

/** The shape encoding of status, so that print in grey still tells active from ended. */
export function statusShape(rows: readonly ChartRow[], lang: Language, legendWidth: number) {
  return statusEncoding(rows, lang, STATUS_SHAPES, legendWidth);
}

/** A quantity a tooltip shows after code, name and status. */
export interface TooltipQuantity {
  field: string;
  title: string;
  /** Its d3 format. */
  format: string;
}

/** Tooltip fields every per-project chart shows first: code, name and status; then the quantities given. */
export function projectTooltip(lang: Language, quantities: readonly TooltipQuantity[] = []) {
  const text = CHART_TEXT[lang];
  return [
    { field: "project_code", type: "nominal" as const, title: text.code },
    { field: "name", type: "nominal" as const, title: text.name },
    { field: "status_label", type: "nominal" as const, title: text.status },
    ...quantities.map((q) => ({ field: q.field, type: "quantitative" as const, title: q.title, format: q.format })),
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
 * sorted highest first), or all rows when they are few enough. When rows
 * are cut, the extremes are of the projects whose figures are final: an
 * active project's figure is interim (its low utilisation says nothing yet),
 * so active projects are left out, and the note says how many.
 */
export function extremes(
  rows: readonly ChartRow[],
  field: string,
  max: number,
  lang: Language,
): CappedRows & { projects: ChartProjects } {
  const sorted = [...rows].sort((a, b) =>
    (b[field] as number) - (a[field] as number) || String(a.project_code).localeCompare(String(b.project_code))
  );
  if (sorted.length <= max) return { rows: sorted, note: "", projects: { n: sorted.length, activeLeftOut: 0 } };
  const half = Math.floor(max / 2);
  const final = sorted.filter((row) => row.status_normalised !== "active");
  const active = sorted.length - final.length;
  // Without final figures at all (every project active), the extremes are of the interim ones, each marked so.
  const ranked = active === 0 || final.length === 0 ? sorted : final;
  return {
    rows: ranked.length <= max ? ranked : [...ranked.slice(0, half), ...ranked.slice(-half)],
    // The projects the chart rests on: those ranked (its caption's n), and the active ones left out.
    projects: { n: ranked.length, activeLeftOut: ranked === sorted ? 0 : active },
    note: ranked === sorted
      ? CHART_TEXT[lang].cappedExtremes(half, sorted.length)
      : CHART_TEXT[lang].cappedExtremesFinal(Math.min(half, final.length), final.length, active),
  };
}

/**
 * Keeps the first `max` rows in the given order, or all; `which` names them in the note ("latest to start"). Of
 * `total` rows, when only the first of them are given.
 */
export function firstRows(
  rows: readonly ChartRow[],
  max: number,
  lang: Language,
  which: string,
  total: number = rows.length,
): CappedRows {
  if (total <= max) return { rows: [...rows], note: "" };
  return { rows: rows.slice(0, max), note: CHART_TEXT[lang].cappedFirst(max, which, total) };
}
