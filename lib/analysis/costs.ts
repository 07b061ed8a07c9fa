/**
 * Costs per result by group: euros of realised public funding per
 * participant, woman participant, new job, new enterprise, participating
 * company and completed degree, weighted (Σ funding ÷ Σ results), with n.
 *
 * @module
 */
import pl from "nodejs-polars";
import { safeRatio } from "../frame/derived.ts";
import { COST_METRICS, DERIVED_METRICS } from "../schema.ts";
import {
  aggregate,
  type Grouping,
  groupsOf,
  type InterimTreatment,
  weightedRatioAggregations,
  withGroupingKeys,
} from "./summarise.ts";

/** Options of {@linkcode costPerResult}. */
export interface CostOptions {
  /**
   * The groupings (as `summarise`'s); none gives one group for all projects.
   * @default {[]}
   */
  by?: Grouping | readonly Grouping[];
  /**
   * Active projects (interim figures): kept, left out or apart.
   * @default {"include"}
   */
  interim?: InterimTreatment;
}

/**
 * One row per group and result: `result` (the cost column, e.g.
 * `cost_per_new_job`), `cost_per_result` = `funding_public_actual` ÷
 * `results` over the `cost_per_result_n` projects that print both figures
 * and at least one result, the `cost_per_result_median` of their project
 * costs, and `n_no_result`: projects that print the
 * funding but 0 results, which have no cost per result (null, never 0 or
 * Infinity) and are left out. Participant results leave out projects
 * without participants. A group with no usable project has a null cost and
 * n 0.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { costPerResult } from "./costs.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ funding_public_actual: [100000, 50000, 30000], jobs_actual: [4, 1, 0] });
 * const jobs = costPerResult(projects).filter(pl.col("result").eq(pl.lit("cost_per_new_job"))).toRecords()[0]!;
 * assertEquals([jobs.cost_per_result, jobs.funding_public_actual, jobs.results, jobs.cost_per_result_n, jobs.n_no_result], [30000, 150000, 5, 2, 1]);
 * ```
 */
export function costPerResult(projects: pl.DataFrame, options: CostOptions = {}): pl.DataFrame {
  const groupings: Grouping[] = options.by === undefined ? [] : typeof options.by === "string" ? [options.by] : [
    ...options.by,
  ];
  const keyed = withGroupingKeys(projects, groupings);
  const grouped = groupsOf(keyed.frame, keyed.keys, options.interim);
  const { keys } = grouped;
  // Active projects among those a cost rests on (`_n_interim`): their figures, so the cost, are interim.
  const frame = grouped.frame.columns.includes("status_normalised")
    ? grouped.frame
    : grouped.frame.withColumns(pl.lit(null).cast(pl.Utf8).alias("status_normalised"));
  const definitions = COST_METRICS.map((column) => DERIVED_METRICS.find((m) => m.column === column)!);
  const aggregated = aggregate(
    frame,
    keys,
    definitions.flatMap(({ column, numerator, denominator }) => [
      ...weightedRatioAggregations(column, numerator, denominator),
      pl.col(numerator).isNotNull().and(pl.col(denominator).eq(0)).cast(pl.Int64).sum().alias(`${column}_no_result`),
    ]),
  );
  const long = definitions.map(({ column }) =>
    aggregated.select(
      ...keys,
      pl.lit(column).alias("result"),
      safeRatio(`${column}__num`, `${column}__den`).alias("cost_per_result"),
      pl.when(pl.col(`${column}_n`).gt(0)).then(pl.col(`${column}__num`)).otherwise(pl.lit(null))
        .alias("funding_public_actual"),
      // Results are counts (participants, jobs, companies): whole, however their sum was taken.
      pl.when(pl.col(`${column}_n`).gt(0)).then(pl.col(`${column}__den`)).otherwise(pl.lit(null)).cast(pl.Int64)
        .alias("results"),
      pl.col(`${column}_n`).cast(pl.Int64).alias("cost_per_result_n"),
      pl.col(`${column}_n_interim`).cast(pl.Int64).alias("n_interim"),
      pl.col(`${column}_median`).cast(pl.Float64).alias("cost_per_result_median"),
      pl.col(`${column}_no_result`).cast(pl.Int64).alias("n_no_result"),
    )
  );
  return pl.concat(long);
}
