/**
 * Grouped metrics over the projects frame: counts, sums, weighted ratios
 * next to the median of the project ratios, and for every figure the number
 * of projects it rests on (`_n`).
 *
 * @module
 */
import pl from "nodejs-polars";
import { safeRatio } from "../frame/derived.ts";
import { DERIVED_METRICS } from "../schema.ts";

/** What projects can be grouped by. */
export const GROUPINGS = {
  programme_period: "programme_period",
  region: "region",
  priority_axis: "priority_axis_code",
  organisation_type: "organisation_type",
  status: "status_normalised",
  start_year: "start_year",
  fund: "fund",
  programme_section: "programme_section",
} as const;
/** A grouping's name. */
export type Grouping = keyof typeof GROUPINGS;

/** How active projects (interim figures) are treated. */
export type InterimTreatment = "include" | "exclude" | "separate";

/** Options of {@linkcode summarise}. */
export interface SummariseOptions {
  /**
   * The groupings, in order; none gives one row for the whole corpus.
   * `region` counts a project in each of its regions.
   * @default {[]}
   */
  by?: Grouping | readonly Grouping[];
  /**
   * `include` keeps active projects (their figures are interim) and counts
   * them in `n_interim`; `exclude` drops them; `separate` adds an `interim`
   * key so they form groups of their own.
   * @default {"include"}
   */
  interim?: InterimTreatment;
}

/**
 * Every grouped ratio, in column order: the per-project derived metrics,
 * each summed as Σ numerator ÷ Σ denominator over the projects where both
 * are known, beside the median of the project ratio of the same name.
 */
export const GROUPED_RATIOS = DERIVED_METRICS;

/** Figures summed per group, each with the number of projects that print it. */
export const SUMMED_FIGURES = [
  "participants_planned",
  "participants_actual",
  "participants_planned_women",
  "participants_actual_women",
  "funding_eu_state_granted",
  "funding_eu_state_actual",
  "funding_public_planned",
  "funding_public_actual",
  "companies_participating_planned",
  "companies_participating_actual",
] as const;

/** Columns summarise reads; a frame without some of them (the register has no participants) gets them as nulls. */
const READ_COLUMNS = [
  ...SUMMED_FIGURES,
  ...GROUPED_RATIOS.flatMap(({ column, numerator, denominator }) => [column, numerator, denominator]),
  "status_normalised",
];

function withGroupingColumns(projects: pl.DataFrame, keys: readonly Grouping[]): pl.DataFrame {
  const absent = [...new Set(READ_COLUMNS)].filter((column) => !projects.columns.includes(column));
  let frame = absent.length === 0 ? projects : projects.withColumns(
    ...absent.map((column) => pl.lit(null).cast(column === "status_normalised" ? pl.Utf8 : pl.Float64).alias(column)),
  );
  if (keys.includes("start_year")) {
    frame = frame.withColumns(pl.col("start_date").dt.year().alias("start_year"));
  }
  if (keys.includes("region")) {
    frame = frame.withColumns(pl.col("regions").alias("region")).explode("region");
  }
  return frame;
}

function aggregations(): pl.Expr[] {
  const both = (a: string, b: string) => pl.col(a).isNotNull().and(pl.col(b).isNotNull());
  const sums = SUMMED_FIGURES.flatMap((column) => [
    pl.col(column).cast(pl.Float64).sum().alias(column),
    pl.col(column).count().alias(`${column}_n`),
  ]);
  const ratios = GROUPED_RATIOS.flatMap(({ column: name, numerator, denominator }) => [
    pl.when(both(numerator, denominator)).then(pl.col(numerator).cast(pl.Float64)).otherwise(pl.lit(null))
      .sum().alias(`${name}__num`),
    pl.when(both(numerator, denominator)).then(pl.col(denominator).cast(pl.Float64)).otherwise(pl.lit(null))
      .sum().alias(`${name}__den`),
    both(numerator, denominator).and(pl.col(denominator).neq(0)).cast(pl.Int64).sum().alias(`${name}_n`),
    pl.col(name).median().alias(`${name}_median`),
  ]);
  return [
    pl.len().alias("n_projects"),
    pl.col("status_normalised").eq(pl.lit("active")).cast(pl.Int64).sum().alias("n_interim"),
    ...sums,
    ...ratios,
  ];
}

/**
 * Summarises the projects frame (with its derived metrics) by the given
 * groupings: `n_projects`, `n_interim` (active projects, whose figures are
 * interim), for each figure its sum and `_n`, and for each ratio the
 * weighted value (Σ actual ÷ Σ planned over the projects where both are
 * known and the denominator is not 0), its `_n` and the `_median` of the
 * project ratios. Ratios are fractions; null when nothing supports them.
 *
 * @example Usage
 * ```ts
 * import { loadCorpus, toDataFrame } from "../mod.ts";
 * import { summarise } from "./summarise.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { projects } = toDataFrame(await loadCorpus(["data/documents"]));
 * const byPeriod = summarise(projects, { by: "programme_period" }).toRecords();
 * assertEquals(byPeriod[0]!.participant_realisation, 283 / 388);
 * assertEquals(byPeriod[0]!.participant_realisation_n, 3);
 * ```
 */
export function summarise(projects: pl.DataFrame, options: SummariseOptions = {}): pl.DataFrame {
  const groupings: Grouping[] = options.by === undefined
    ? []
    : typeof options.by === "string"
    ? [options.by]
    : [...options.by];
  const interim = options.interim ?? "include";
  let frame = withGroupingColumns(projects, groupings);
  if (interim === "exclude") {
    frame = frame.filter(pl.col("status_normalised").neq(pl.lit("active")).or(pl.col("status_normalised").isNull()));
  }
  const keys = groupings.map((grouping) => GROUPINGS[grouping] as string);
  if (interim === "separate") {
    frame = frame.withColumns(pl.col("status_normalised").eq(pl.lit("active")).fillNull(false).alias("interim"));
    keys.push("interim");
  }
  const aggregated = keys.length === 0
    ? frame.select(...aggregations())
    : frame.groupBy(keys).agg(...aggregations()).sort(keys);
  const ratioColumns = GROUPED_RATIOS.flatMap(({ column: name }) => [
    safeRatio(`${name}__num`, `${name}__den`).alias(name),
  ]);
  const ordered = [
    ...keys,
    "n_projects",
    "n_interim",
    ...SUMMED_FIGURES.flatMap((column) => [column, `${column}_n`]),
    ...GROUPED_RATIOS.flatMap(({ column: name }) => [name, `${name}_n`, `${name}_median`]),
  ];
  // polars sums nothing to 0; a figure no project prints is unknown, not 0.
  const sumsOfNothing = SUMMED_FIGURES.map((column) =>
    pl.when(pl.col(`${column}_n`).gt(0)).then(pl.col(column)).otherwise(pl.lit(null)).alias(column)
  );
  return aggregated.withColumns(...ratioColumns, ...sumsOfNothing).select(...ordered);
}
