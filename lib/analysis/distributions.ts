/**
 * The distribution of each per-project ratio: quartiles, Tukey's fences and
 * the projects outside them, named.
 *
 * @module
 */
import pl from "nodejs-polars";
import { toJsonRecords } from "../frame/serialise.ts";
import { COST_METRICS, DERIVED_METRICS, type DerivedMetricColumn } from "../schema.ts";
import { safeRatio } from "../frame/derived.ts";
import { withParticipantRule } from "./summarise.ts";

/** The ratios whose distributions are drawn by default: shares of a whole or of a plan (fractions). */
export const SHARE_METRICS = [
  "participant_realisation",
  "women_share_actual",
  "funding_utilisation",
  "funding_utilisation_eu_state",
  "company_realisation",
] as const satisfies readonly DerivedMetricColumn[];

/** The costs per result (euros), whose distributions are drawn on their own scale. */
export { COST_METRICS };

/**
 * The q-quantile of sorted values by linear interpolation between closest
 * ranks (Hyndman and Fan's type 7, as R, NumPy and polars' "linear" do);
 * null for no values.
 *
 * @example Usage
 * ```ts
 * import { quantile } from "./distributions.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals([quantile([1, 2, 3, 4], 0.25), quantile([1, 2, 3, 4], 0.5), quantile([7], 0.75)], [1.75, 2.5, 7]);
 * ```
 */
export function quantile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** Where a value lies against Tukey's fences. */
export type Side = "low" | "high";

/** One metric's distribution. */
export interface Distribution {
  metric: string;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  /** Q1 − 1.5 × IQR and Q3 + 1.5 × IQR. */
  lower_fence: number | null;
  upper_fence: number | null;
  /** The lowest and highest values within the fences: the whiskers' ends. */
  whisker_low: number | null;
  whisker_high: number | null;
  n_outliers: number;
}

/** A project's value of a metric, and whether it lies outside the fences. */
export interface DistributionPoint {
  metric: string;
  project_code: string | null;
  name: string | null;
  value: number;
  outlier: Side | null;
}

/** Options of {@linkcode ratioDistributions}. */
export interface DistributionOptions {
  /**
   * The per-project ratios, columns of the projects frame.
   * @default {SHARE_METRICS}
   */
  metrics?: readonly string[];
  /**
   * Active projects, whose ratios are interim (a utilisation still growing),
   * are left out unless included.
   * @default {"exclude"}
   */
  interim?: "include" | "exclude";
}

/**
 * Each ratio's distribution over the projects that have it (projects
 * without participants left out of participant ratios; active projects
 * left out unless asked for): quartiles (type 7), Tukey's fences (1.5 ×
 * IQR beyond the quartiles), the whiskers, and every project's value with
 * `outlier` "low" or "high" when it lies beyond a fence.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { ratioDistributions } from "./distributions.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ project_code: ["A", "B", "C", "D", "E"], name: ["a", "b", "c", "d", "e"], funding_utilisation: [0.9, 0.95, 1, 0.92, 0.2] });
 * const { distributions, points } = ratioDistributions(projects, { metrics: ["funding_utilisation"] });
 * assertEquals(distributions[0]!.n_outliers, 1);
 * assertEquals(points.filter((p) => p.outlier).map((p) => [p.project_code, p.outlier]), [["E", "low"]]);
 * ```
 */
export function ratioDistributions(
  projects: pl.DataFrame,
  options: DistributionOptions = {},
): { distributions: Distribution[]; points: DistributionPoint[] } {
  const metrics = options.metrics ?? SHARE_METRICS;
  const interim = options.interim ?? "exclude";
  // A derived ratio from its figures where the frame has them (as the summaries' medians are), not from a column
  // that may be absent or stale; a frame of ratios alone keeps its ratios.
  const derived = DERIVED_METRICS.filter(({ column, numerator, denominator }) =>
    metrics.includes(column) && projects.columns.includes(numerator) && projects.columns.includes(denominator)
  );
  const ruled = withParticipantRule(projects).withColumns(
    ...derived.map(({ column, numerator, denominator }) => safeRatio(numerator, denominator).alias(column)),
  );
  const frame = interim === "exclude"
    ? ruled.filter(pl.col("status_normalised").neq(pl.lit("active")).or(pl.col("status_normalised").isNull()))
    : ruled;
  const present = (column: string) => frame.columns.includes(column);
  const rows = toJsonRecords(frame.select(...["project_code", "name", ...metrics].filter(present)));
  const distributions: Distribution[] = [];
  const points: DistributionPoint[] = [];
  for (const metric of metrics) {
    const valued = rows.filter((row) => typeof row[metric] === "number" && Number.isFinite(row[metric]))
      .sort((a, b) => (a[metric] as number) - (b[metric] as number));
    const values = valued.map((row) => row[metric] as number);
    const [q1, median, q3] = [quantile(values, 0.25), quantile(values, 0.5), quantile(values, 0.75)];
    const iqr = q1 === null || q3 === null ? null : q3 - q1;
    const lower = iqr === null || q1 === null ? null : q1 - 1.5 * iqr;
    const upper = iqr === null || q3 === null ? null : q3 + 1.5 * iqr;
    const side = (value: number): Side | null =>
      lower !== null && value < lower ? "low" : upper !== null && value > upper ? "high" : null;
    const inside = values.filter((value) => side(value) === null);
    for (const row of valued) {
      const value = row[metric] as number;
      points.push({
        metric,
        project_code: (row.project_code as string | null) ?? null,
        name: (row.name as string | null) ?? null,
        value,
        outlier: side(value),
      });
    }
    distributions.push({
      metric,
      n: values.length,
      min: values[0] ?? null,
      q1,
      median,
      q3,
      max: values.at(-1) ?? null,
      lower_fence: lower,
      upper_fence: upper,
      whisker_low: inside[0] ?? null,
      whisker_high: inside.at(-1) ?? null,
      n_outliers: values.length - inside.length,
    });
  }
  return { distributions, points };
}

/** {@linkcode ratioDistributions}' summary as a table: one row per metric. */
export function distributionTable(projects: pl.DataFrame, options: DistributionOptions = {}): pl.DataFrame {
  const { distributions } = ratioDistributions(projects, options);
  const number = (key: keyof Distribution) =>
    pl.Series(key, distributions.map((d) => d[key] as number | null), pl.Float64);
  return pl.DataFrame([
    pl.Series("metric", distributions.map((d) => d.metric), pl.Utf8),
    pl.Series("n", distributions.map((d) => d.n), pl.Int64),
    ...(["min", "q1", "median", "q3", "max", "lower_fence", "upper_fence", "whisker_low", "whisker_high"] as const).map(
      number,
    ),
    pl.Series("n_outliers", distributions.map((d) => d.n_outliers), pl.Int64),
  ]);
}

/**
 * The projects outside Tukey's fences, one row each per metric: metric, code, name, value and side. The most extreme
 * of each metric come first (the furthest beyond its fence), then the next of each, and so on: a table cut to its
 * first rows (the page, the Word report) shows each metric's furthest, never compared across units.
 */
export function outlierTable(projects: pl.DataFrame, options: DistributionOptions = {}): pl.DataFrame {
  const { distributions, points } = ratioDistributions(projects, options);
  const beyond = (point: DistributionPoint, fences: Distribution) =>
    point.outlier === "high" ? point.value - fences.upper_fence! : fences.lower_fence! - point.value;
  const byMetric = distributions.map((fences) =>
    points.filter((point) => point.metric === fences.metric && point.outlier !== null)
      .sort((a, b) =>
        beyond(b, fences) - beyond(a, fences) || String(a.project_code).localeCompare(String(b.project_code))
      )
  );
  const rounds = Math.max(0, ...byMetric.map((outliers) => outliers.length));
  const outliers = Array.from({ length: rounds }, (_, k) => byMetric.flatMap((outliers) => outliers[k] ?? [])).flat();
  return pl.DataFrame([
    pl.Series("metric", outliers.map((p) => p.metric), pl.Utf8),
    pl.Series("project_code", outliers.map((p) => p.project_code), pl.Utf8),
    pl.Series("name", outliers.map((p) => p.name), pl.Utf8),
    pl.Series("value", outliers.map((p) => p.value), pl.Float64),
    pl.Series("side", outliers.map((p) => p.outlier), pl.Utf8),
  ]);
}
