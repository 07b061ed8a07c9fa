/**
 * Cohorts: weighted realisation and utilisation by start year or planned
 * duration, with n, every year or band shown (the grouped-summary chart).
 *
 * @module
 */
import type { TopLevelSpec } from "vega-lite";
import { ANALYSIS_TEXT } from "../i18n/analysis.ts";
import { type ChartData, records } from "./_rows.ts";
import { type GroupedMetric, groupedSummary } from "./grouped_summary.ts";
import type { ChartOptions } from "./theme.ts";
import { PROGRAMME_DATE_BOUNDS } from "../analysis/suspicious_values.ts";

/** Options of {@linkcode cohortChart}. */
export interface CohortChartOptions extends ChartOptions {
  /** The cohort: `start_year` (a `byStartYear()` table) or `duration_band` (a `byDuration()` table). */
  by: "start_year" | "duration_band";
  /**
   * The weighted ratios drawn.
   * @default {["participant_realisation", "funding_utilisation"]}
   */
  metrics?: GroupedMetric[];
}

/**
 * Bars of the weighted ratios per start year or duration band, each with
 * its value and n; a year or band without projects shows "– (n = 0)". The
 * subtitle says how many projects start outside their programme's years
 * (counted in the row without a year: `n_start_outside` of `byStartYear()`).
 *
 * @example Usage
 * ```ts
 * import { cohortChart } from "./cohorts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const spec = cohortChart([{ duration_band: "36+", participant_realisation: 0.73, participant_realisation_n: 3 }], { by: "duration_band", lang: "en" });
 * assertEquals((spec.title as { text: string }).text, "Realisation and utilisation by planned duration");
 * assertEquals((spec as { data: { values: { group: string }[] } }).data.values[0]!.group, "36+ months");
 * ```
 */
export function cohortChart(table: ChartData, options: CohortChartOptions): TopLevelSpec {
  const text = ANALYSIS_TEXT[options.lang ?? "fi"];
  const byDuration = options.by === "duration_band";
  // A band names its unit ("0–11 kk"); a year needs none.
  const bands = byDuration ? records(table).map((row) => row.duration_band).filter((b) => typeof b === "string") : [];
  // Starts outside their programme's years, counted in the row without a year (see `byStartYear`): said.
  const outside = byDuration ? 0 : records(table).reduce((sum, row) => sum + Number(row.n_start_outside ?? 0), 0);
  const bounds = Object.entries(PROGRAMME_DATE_BOUNDS).map(([period, { from, to }]) =>
    [period, from.slice(0, 4), to.slice(0, 4)] as const
  );
  return groupedSummary(table, {
    ...options,
    note: outside > 0 ? text.startOutside(outside, bounds) : "",
    title: text.cohortTitle(byDuration),
    groupTitle: byDuration ? text.duration : text.startYear,
    groupLabels: Object.fromEntries(bands.map((band) => [band, text.durationBand(band)])),
  });
}
