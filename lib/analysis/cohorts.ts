/**
 * Cohorts of projects: metrics by planned start year (every year from the
 * first to the last, empty ones too) and by planned duration in bands.
 *
 * @module
 */
import pl from "nodejs-polars";
import { aggregate, completeGroups, groupsOf, type InterimTreatment, startYears, summariseBy } from "./summarise.ts";
import { datesOutsideProgramme } from "./suspicious_values.ts";

/** Duration bands, in months: their names (which sort in their order) and lower bounds. */
export const DURATION_BANDS = [
  { band: "0–11", from: 0 },
  { band: "12–23", from: 12 },
  { band: "24–35", from: 24 },
  { band: "36+", from: 36 },
] as const;

/**
 * Whole calendar months from the planned start to the day after the
 * planned end: 1.1.2011–28.2.2015 is 50 months, 1.8.2008–30.11.2011 is
 * 40; a part month does not count. Null when a date is missing or the end
 * is before the start.
 *
 * @example Usage
 * ```ts
 * import { plannedDurationMonths } from "./cohorts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(plannedDurationMonths("2011-01-01", "2015-02-28"), 50);
 * assertEquals(plannedDurationMonths("2020-12-01", "2023-05-31"), 30);
 * assertEquals(plannedDurationMonths("2020-01-15", "2020-02-13"), 0);
 * assertEquals(plannedDurationMonths("2020-01-15", null), null);
 * ```
 */
export function plannedDurationMonths(start: string | null, end: string | null): number | null {
  if (!start || !end || end < start) return null;
  const [y1, m1, d1] = start.split("-").map(Number) as [number, number, number];
  const after = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000);
  const [y2, m2, d2] = [after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The band of a duration in months; null when the duration is not known. */
export function durationBand(months: number | null): string | null {
  if (months === null) return null;
  return [...DURATION_BANDS].reverse().find((band) => months >= band.from)!.band;
}

/**
 * The projects with `start_year`, `planned_duration_months` and
 * `duration_band` (see {@linkcode plannedDurationMonths}, {@linkcode DURATION_BANDS}). A date outside its
 * programme's years (a typing error most likely: `outsideProgramme`, as `byStartYear` and `suspiciousValues` have
 * it) gives no start year, if the start, and no duration: a century's months are no band's.
 */
export function withCohorts(projects: pl.DataFrame): pl.DataFrame {
  const dated = projects.select(pl.col("start_date").cast(pl.Utf8), pl.col("end_date").cast(pl.Utf8)).toRecords();
  const [startOutside, endOutside] = [
    datesOutsideProgramme(projects, "start_date"),
    datesOutsideProgramme(projects, "end_date"),
  ];
  const months = dated.map((row, i) =>
    startOutside[i] || endOutside[i]
      ? null
      : plannedDurationMonths(row.start_date as string | null, row.end_date as string | null)
  );
  return projects.withColumns(
    startYears(projects),
    pl.Series("planned_duration_months", months, pl.Int64),
    pl.Series("duration_band", months.map(durationBand), pl.Utf8),
  );
}

/** With active projects apart, both values of the `interim` key in every group. */
const interimKeys = (summary: pl.DataFrame): Record<string, boolean[]> =>
  summary.columns.includes("interim") ? { interim: [false, true] } : {};

/** Options of the cohort tables. */
export interface CohortOptions {
  /**
   * Active projects (interim figures): kept, left out or apart (see `summarise`).
   * @default {"include"}
   */
  interim?: InterimTreatment;
}

/**
 * The projects with `start_year` and `start_outside`: a start outside its programme's years (1.8.1908 in
 * 2007–2013; `outsideProgramme`, as `suspiciousValues` flags it) is a typing error most likely, so its
 * year is null, never a year of the chart's own that stretches it by a century.
 */
function withStartYears(projects: pl.DataFrame): pl.DataFrame {
  const outside = datesOutsideProgramme(projects, "start_date");
  return projects.withColumns(pl.Series("start_outside", outside, pl.Bool), startYears(projects));
}

/**
 * `summarise()` by planned start year, one row per year from the first to
 * the last (a year no project starts in has `n_projects` 0 and null
 * figures), then a row for projects without a start year, if any: those
 * without a start date and those whose start lies outside their programme's
 * years (`n_start_outside` counts them; see `outsideProgramme`).
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { byStartYear } from "./cohorts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ start_date: ["2008-08-01", "2011-01-01"], end_date: [null, null] })
 *   .withColumns(pl.col("start_date").str.strptime(pl.Date, "%Y-%m-%d"), pl.col("end_date").cast(pl.Date));
 * assertEquals(byStartYear(projects).getColumn("n_projects").toArray(), [1, 0, 0, 1]);
 * ```
 */
export function byStartYear(projects: pl.DataFrame, options: CohortOptions = {}): pl.DataFrame {
  const dated = withStartYears(projects);
  const summary = summariseBy(dated, ["start_year"], options.interim);
  const { frame, keys } = groupsOf(dated, ["start_year"], options.interim);
  const outside = aggregate(frame, keys, [pl.col("start_outside").cast(pl.Int64).sum().alias("n_start_outside")]);
  const counted = summary.join(outside, { on: keys, how: "left", nullsEqual: true, maintainOrder: "left" });
  const years = (summary.getColumn("start_year").toArray() as (number | null)[]).filter((y) => y !== null);
  const all = years.length === 0
    ? []
    : Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);
  return completeGroups(counted, { start_year: all, ...interimKeys(summary) });
}

/**
 * `summarise()` by planned duration band (`0–11`, `12–23`, `24–35`, `36+`
 * months), every band shown, then a row for projects whose duration is not
 * known (a date missing, or outside its programme's years: see {@linkcode withCohorts}); `duration_band` is the
 * first column.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { byDuration } from "./cohorts.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ start_date: ["2011-01-01"], end_date: ["2015-02-28"] })
 *   .withColumns(pl.col("start_date").str.strptime(pl.Date, "%Y-%m-%d"), pl.col("end_date").str.strptime(pl.Date, "%Y-%m-%d"));
 * assertEquals(byDuration(projects).getColumn("n_projects").toArray(), [0, 0, 0, 1]);
 * ```
 */
export function byDuration(projects: pl.DataFrame, options: CohortOptions = {}): pl.DataFrame {
  const summary = summariseBy(withCohorts(projects), ["duration_band"], options.interim);
  return completeGroups(summary, { duration_band: DURATION_BANDS.map((b) => b.band), ...interimKeys(summary) });
}
