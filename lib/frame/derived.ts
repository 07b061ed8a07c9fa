/**
 * The derived per-project metrics: ratios of the parsed figures.
 *
 * @module
 */
import pl from "nodejs-polars";
import { DERIVED_METRICS } from "../schema.ts";

/** A Float64 column of nulls: a ratio whose numerator or denominator the frame lacks (the register has no participants). */
const unknownRatio = () => pl.lit(null).cast(pl.Float64);

/**
 * Whether a project has participants of its own, from its printed project
 * type (Projektityyppi, 2007-2013): "… jossa on henkilöitä mukana" is true,
 * "… jossa ei ole henkilöitä mukana" false (case and spacing aside); null
 * when the type is not printed (the 2014-2020 template has none) or worded
 * otherwise.
 */
export function hasParticipants(projectType = "project_type"): pl.Expr {
  const type = pl.col(projectType).str.toLowerCase();
  return pl.when(type.str.contains("ei\\s+ole\\s+henkil"))
    .then(pl.lit(false))
    .when(type.str.contains("jossa\\s+on\\s+henkil"))
    .then(pl.lit(true))
    .otherwise(pl.lit(null).cast(pl.Bool));
}

/**
 * numerator ÷ denominator as a Float64 expression; null when either side is
 * null or the denominator is 0, never Infinity or NaN.
 */
export function safeRatio(numerator: string, denominator: string): pl.Expr {
  const num = pl.col(numerator).cast(pl.Float64);
  const den = pl.col(denominator).cast(pl.Float64);
  return pl.when(num.isNotNull().and(den.isNotNull()).and(den.neq(0)))
    .then(num.div(den))
    .otherwise(pl.lit(null).cast(pl.Float64));
}

/**
 * Whether a women's figure (`participants_actual_women`) is above its total (`participants_actual`): one of the two
 * is wrong, and which is not known (the parser's `inconsistent_figures` warning names the line). False when either is
 * null. The one rule of it: a women's share is then null per project ({@linkcode withDerivedMetrics}) and left out
 * of every summary (`withParticipantRule`).
 */
export function womenAboveTotal(women: string): pl.Expr {
  return pl.col(women).gt(pl.col(women.replace(/_women$/, ""))).fillNull(false);
}

/** The women's figure a ratio reads (`participants_actual_women` of `women_share_actual`), if any. */
export function womenFigureOf(ratio: { numerator: string; denominator: string }): string | null {
  return [ratio.numerator, ratio.denominator].find((column) => column.endsWith("_women")) ?? null;
}

/**
 * The projects frame with the derived metrics appended as Float64 columns
 * (ratios are fractions, not percentages; the `cost_per_…` columns are in
 * euros) and the flag `has_participants`. A ratio whose columns the frame
 * lacks is null, and so is a ratio of a women's figure above its total
 * (402 women of 100: {@linkcode womenAboveTotal}); the figures stay as printed.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { withDerivedMetrics } from "./derived.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({
 *   participants_planned: [199, 0], participants_actual: [119, 5],
 *   participants_planned_women: [100, null], participants_actual_women: [102, 1],
 *   funding_public_planned: [645300, null], funding_public_actual: [614153, 1],
 *   funding_eu_state_granted: [645300, 1], funding_eu_state_actual: [614153, 1],
 *   companies_participating_planned: [null, null], companies_participating_actual: [null, null],
 * });
 * const derived = withDerivedMetrics(projects);
 * assertEquals(derived.getColumn("participant_realisation").toArray(), [119 / 199, null]);
 * ```
 */
export function withDerivedMetrics(projects: pl.DataFrame): pl.DataFrame {
  const has = (column: string) => projects.columns.includes(column);
  const ratio = (metric: { numerator: string; denominator: string }) => {
    const women = womenFigureOf(metric);
    const value = safeRatio(metric.numerator, metric.denominator);
    return women === null || !has(women.replace(/_women$/, ""))
      ? value
      : pl.when(womenAboveTotal(women)).then(unknownRatio()).otherwise(value);
  };
  return projects.withColumns(
    ...DERIVED_METRICS.map((metric) =>
      (has(metric.numerator) && has(metric.denominator) ? ratio(metric) : unknownRatio()).alias(metric.column)
    ),
    (has("project_type") ? hasParticipants() : pl.lit(null).cast(pl.Bool)).alias("has_participants"),
  );
}
