/**
 * The line a chart adds when figures it draws include active projects' interim figures: the groups, each with
 * how many active projects it has, the first few named; and how many active projects a summary row's figure
 * of a metric rests on.
 *
 * @module
 */
import { CHART_TEXT } from "../i18n/charts.ts";
import type { Language } from "../i18n/mod.ts";

/** Groups named in the line; the rest are counted. */
const MAX_INTERIM_LISTED = 6;

/** " Includes active projects (interim figures): A (2), B (1)." for the groups with any, or "" when none has. */
export function interimLine(groups: readonly [string, number][], lang: Language): string {
  const some = groups.filter(([, n]) => n > 0);
  if (some.length === 0) return "";
  return " " +
    CHART_TEXT[lang].groupedSummaryInterim(some.slice(0, MAX_INTERIM_LISTED), some.length - MAX_INTERIM_LISTED);
}

/**
 * Of a summary row's projects, the active ones behind its figure of the metric (`X_n_interim`), whose figures are
 * interim; where the summary does not count them so, its active projects (`n_interim`).
 */
export function interimCount(row: Record<string, unknown> | undefined, metric: string): number {
  const ofMetric = row?.[`${metric}_n_interim`];
  return Number((typeof ofMetric === "number" ? ofMetric : row?.n_interim) ?? 0);
}

/** A spec's parts that may hold data: its own, and its layers' and views' (see {@linkcode drawsActiveProject}). */
interface SpecData {
  data?: { values?: unknown };
  layer?: SpecData[];
  concat?: SpecData[];
  hconcat?: SpecData[];
  vconcat?: SpecData[];
}

/**
 * Whether a chart draws an active project (a row of its data, or of a layer's or view's, whose `status_normalised`
 * is `active`): only then does a note on it say that active projects' figures are interim (a capped per-project chart
 * draws the extremes of final figures only, its active projects left out).
 *
 * @example Usage
 * ```ts
 * import { drawsActiveProject } from "./_interim.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(drawsActiveProject({ data: { values: [{ status_normalised: "ended" }] } }), false);
 * assertEquals(drawsActiveProject({ layer: [{ data: { values: [{ status_normalised: "active" }] } }] }), true);
 * ```
 */
export function drawsActiveProject(chart: object): boolean {
  const spec = chart as SpecData;
  const values = spec.data && "values" in spec.data ? spec.data.values : undefined;
  if (Array.isArray(values) && values.some((row) => (row as Record<string, unknown>)?.status_normalised === "active")) {
    return true;
  }
  return [spec.layer, spec.concat, spec.hconcat, spec.vconcat].some((parts) => parts?.some(drawsActiveProject));
}
