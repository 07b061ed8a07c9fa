/**
 * Grouped metrics over the projects frame: counts, sums, weighted ratios
 * next to the median of the project ratios, and for every figure the number
 * of projects it rests on (`_n`).
 *
 * @module
 */
import pl from "nodejs-polars";
import { columnTypes } from "../frame/column_types.ts";
import { safeRatio, womenAboveTotal, womenFigureOf } from "../frame/derived.ts";
import { DERIVED_METRICS } from "../schema.ts";
import { regionGroups } from "./region_names.ts";
import { datesOutsideProgramme } from "./suspicious_values.ts";
import { textListSeries } from "./_series.ts";
// The expressions every summary uses are the same each time, built on first use and kept (`once`): nodejs-polars
// builds each expression's wrapper with its methods as closures (some 20 µs each on this machine; a summary's few
// hundred were a tenth of the sample report's time, and Deno's Node-API tracks every one of them until it is
// collected). Expressions are immutable: one serves every frame.
import { once } from "../parse/once.ts";

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
   * `region` counts a project once in each of its regions, however printed (see {@linkcode regionGroups});
   * `priority_axis` over projects of both periods is by period too (the periods number their axes apart).
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
  /**
   * Adds, after each realisation's `_n` ({@linkcode PAIRED_RATIOS}), `X_paired` of its actual and its planned
   * figure: their totals over the projects that print both, whose ratio the realisation is (a figure's own total
   * is over every project that prints it, and two of them need not be of the same projects).
   * @default {false}
   */
  paired?: boolean;
}

/**
 * Every grouped ratio, in column order: the per-project derived metrics,
 * each summed as Σ numerator ÷ Σ denominator over the projects where both
 * are known and the denominator is not 0, beside the median of the project
 * ratio of the same name.
 */
export const GROUPED_RATIOS = DERIVED_METRICS;

/** The realisations of a plan (actual ÷ planned, or granted): a summary may give the two totals of each. */
export const PAIRED_RATIOS = GROUPED_RATIOS.filter(({ column }) =>
  ["participant_realisation", "funding_utilisation", "funding_utilisation_eu_state", "company_realisation"]
    .includes(column)
);

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
  "has_participants",
];

/** The participant figures: a project without participants (`has_participants` false) is left out of each. */
export const PARTICIPANT_FIGURES = [
  "participants_planned",
  "participants_planned_women",
  "participants_actual",
  "participants_actual_women",
] as const;

/** The ratios that rest on a participant figure, and so leave out projects without participants. */
export const PARTICIPANT_RATIOS: readonly string[] = GROUPED_RATIOS
  .filter(({ numerator, denominator }) =>
    [numerator, denominator].some((column) => (PARTICIPANT_FIGURES as readonly string[]).includes(column))
  )
  .map(({ column }) => column);

const ABSENT_TYPES: Record<string, pl.DataType> = { status_normalised: pl.Utf8, has_participants: pl.Bool };

/**
 * The frame with every column summarise reads (absent ones as nulls) and
 * the participant figures and ratios of projects without participants
 * blanked, so that no participant metric counts them; and a women's figure
 * above its total (1 020 women of 119) blanked with the ratios it enters, so
 * that no women's share is over 100 % (the frame keeps it as printed).
 */
export function withParticipantRule(projects: pl.DataFrame): pl.DataFrame {
  const absent = [...new Set(READ_COLUMNS)].filter((column) => !projects.columns.includes(column));
  const frame = absent.length === 0 ? projects : projects.withColumns(
    ...absent.map((column) => pl.lit(null).cast(ABSENT_TYPES[column] ?? pl.Float64).alias(column)),
  );
  const types = columnTypes(frame);
  return frame.withColumns(
    ...participantRule().map(([column, blanked]) => blanked.cast(types.get(column)!).alias(column)),
  );
}

/**
 * Each participant figure and ratio, null for a project without participants, and each women's figure and ratio
 * null where the women outnumber their total: built once and kept (see {@linkcode once}).
 */
const participantRule = once(() => {
  const without = pl.col("has_participants").eq(pl.lit(false)).fillNull(false);
  // Women above their total (the parser's inconsistent_figures names the line): one of the two is wrong.
  const women = (column: string) => {
    const ratio = GROUPED_RATIOS.find((definition) => definition.column === column);
    return column.endsWith("_women") ? column : ratio ? womenFigureOf(ratio) : null;
  };
  return [...PARTICIPANT_FIGURES, ...PARTICIPANT_RATIOS].map((column) => {
    const womenColumn = women(column);
    const blank = womenColumn === null ? without : without.or(womenAboveTotal(womenColumn));
    return [column, pl.when(blank).then(pl.lit(null)).otherwise(pl.col(column))] as const;
  });
});

/**
 * Each project's planned start year, null where its start lies outside its programme's years (1.8.1908 in
 * 2007–2013: a typing error most likely; `outsideProgramme`, the one test of it).
 */
export function startYears(projects: pl.DataFrame): pl.Series {
  const starts = projects.getColumn("start_date").cast(pl.Utf8).toArray() as (string | null)[];
  const outside = datesOutsideProgramme(projects, "start_date");
  const years = starts.map((start, row) => start === null || outside[row] ? null : Number(start.slice(0, 4)));
  return pl.Series("start_year", years, pl.Int64);
}

/**
 * The frame with the columns the groupings need (`start_year` from
 * `start_date`, see {@linkcode startYears}; `region` exploded from `regions` as {@linkcode regionGroups} reads them, so a project counts once
 * in each of its regions) and the names of the key columns.
 */
export function withGroupingKeys(
  projects: pl.DataFrame,
  groupings: readonly Grouping[],
): { frame: pl.DataFrame; keys: string[] } {
  let frame = projects;
  if (groupings.includes("start_year")) frame = frame.withColumns(startYears(frame).alias("start_year"));
  if (groupings.includes("region")) {
    const lists = (frame.getColumn("regions").toArray() as unknown as (string[] | null)[]).map(regionGroups);
    frame = frame.withColumns(textListSeries("region", lists)).explode("region");
  }
  const keys = groupings.map((grouping) => GROUPINGS[grouping] as string);
  // An axis is its programme's: axis 3 of 2007–2013 (skills) is not axis 3 of 2014–2020 (employment).
  const periods = groupings.includes("priority_axis") && !groupings.includes("programme_period") &&
    frame.columns.includes("programme_period") && frame.getColumn("programme_period").nUnique() > 1;
  return { frame, keys: periods ? ["programme_period", ...keys] : keys };
}

/**
 * The aggregations of one weighted ratio `name` = Σ numerator ÷ Σ
 * denominator: `name__num` and `name__den` summed over the projects where
 * both are known and the denominator is not 0, `name_n` (those projects),
 * `name_n_interim` (those of them active: their figures are interim) and
 * `name_median` (the median of the project ratios numerator ÷ denominator). Divide with
 * `safeRatio(name__num, name__den)`.
 */
export function weightedRatioAggregations(name: string, numerator: string, denominator: string): pl.Expr[] {
  const usable = usableForRatio(numerator, denominator);
  const summed = (column: string) => pl.when(usable).then(pl.col(column).cast(pl.Float64)).otherwise(pl.lit(null));
  return [
    summed(numerator).sum().alias(`${name}__num`),
    summed(denominator).sum().alias(`${name}__den`),
    usable.cast(pl.Int64).sum().alias(`${name}_n`),
    usable.and(pl.col("status_normalised").eq(pl.lit("active"))).fillNull(false).cast(pl.Int64).sum()
      .alias(`${name}_n_interim`),
    // Of the figures the weighted ratio reads, not of a ratio column that may be absent or stale.
    safeRatio(numerator, denominator).median().alias(`${name}_median`),
  ];
}

/** Whether a project counts in a weighted ratio: both figures known, the denominator not 0. */
export function usableForRatio(numerator: string, denominator: string): pl.Expr {
  return pl.col(numerator).isNotNull().and(pl.col(denominator).isNotNull()).and(pl.col(denominator).neq(0));
}

/** The aggregations of {@linkcode summariseBy}: built once and kept (see {@linkcode once}). */
const aggregations = once((): pl.Expr[] => {
  // Euros (which may have cents) are summed as decimals; counts in their own type: whole numbers stay whole.
  const sums = SUMMED_FIGURES.flatMap((column) => [
    (column.startsWith("funding_") ? pl.col(column).cast(pl.Float64) : pl.col(column)).sum().alias(column),
    pl.col(column).count().alias(`${column}_n`),
  ]);
  const ratios = GROUPED_RATIOS.flatMap(({ column, numerator, denominator }) =>
    weightedRatioAggregations(column, numerator, denominator)
  );
  return [
    pl.len().alias("n_projects"),
    pl.col("status_normalised").eq(pl.lit("active")).cast(pl.Int64).sum().alias("n_interim"),
    pl.col("has_participants").eq(pl.lit(false)).fillNull(false).cast(pl.Int64).sum().alias("n_without_participants"),
    ...sums,
    ...ratios,
  ];
});

/** Each weighted ratio of {@linkcode summariseBy}, from its summed numerator and denominator: built once and kept. */
const ratioColumns = once(() =>
  GROUPED_RATIOS.map(({ column: name }) => safeRatio(`${name}__num`, `${name}__den`).alias(name))
);

/**
 * The frame ready to group: the participant rule applied (see
 * {@linkcode withParticipantRule}), active projects dropped (`exclude`) or
 * keyed apart by `interim` (`separate`), and the key columns.
 */
export function groupsOf(
  projects: pl.DataFrame,
  keyColumns: readonly string[],
  interim: InterimTreatment = "include",
): { frame: pl.DataFrame; keys: string[] } {
  let frame = withParticipantRule(projects);
  if (interim === "exclude") {
    frame = frame.filter(pl.col("status_normalised").neq(pl.lit("active")).or(pl.col("status_normalised").isNull()));
  }
  const keys = [...keyColumns];
  if (interim === "separate") {
    frame = frame.withColumns(pl.col("status_normalised").eq(pl.lit("active")).fillNull(false).alias("interim"));
    keys.push("interim");
  }
  return { frame, keys };
}

/** The aggregations over the whole frame (no keys) or per group, sorted by the keys. */
export function aggregate(frame: pl.DataFrame, keys: readonly string[], aggregations: pl.Expr[]): pl.DataFrame {
  return keys.length === 0
    ? frame.select(...aggregations)
    : frame.groupBy([...keys]).agg(...aggregations).sort([...keys]);
}

/**
 * Summarises the projects frame (with its derived metrics) by the given
 * groupings: `n_projects`, `n_interim` (active projects, whose figures are
 * interim), for each figure its sum and `_n`, and for each ratio the
 * weighted value (Σ actual ÷ Σ planned over the projects where both are
 * known and the denominator is not 0), its `_n` and the `_median` of the
 * project ratios. Ratios are fractions; null when nothing supports them.
 *
 * Projects without participants (`has_participants` false: "Projekti,
 * jossa ei ole henkilöitä mukana") are left out of every participant
 * figure and ratio (participants, women, realisation, women's share, cost
 * per participant and per woman participant) and counted in
 * `n_without_participants`; they stay in `n_projects` and in the funding
 * figures. A women's figure above its total is left out of every women's
 * figure and ratio (the project's other figures stay).
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
  const { frame, keys } = withGroupingKeys(projects, groupings);
  return summariseBy(frame, keys, options.interim, options.paired);
}

/**
 * {@linkcode summarise} by columns the frame already has (e.g. a region or
 * a theme an analysis added): the same figures, ratios and rules, one row
 * per distinct combination of the key columns, sorted by them.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { summariseBy } from "./summarise.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const projects = pl.DataFrame({ band: ["a", "a"], participants_planned: [10, 30], participants_actual: [5, 30] });
 * const [row] = summariseBy(projects, ["band"]).toRecords();
 * assertEquals([row!.band, row!.n_projects, row!.participant_realisation], ["a", 2, 35 / 40]);
 * ```
 */
export function summariseBy(
  projects: pl.DataFrame,
  keyColumns: readonly string[],
  interim: InterimTreatment = "include",
  paired = false,
): pl.DataFrame {
  const { frame, keys } = groupsOf(projects, keyColumns, interim);
  const pairs = paired ? PAIRED_RATIOS : [];
  const aggregated = aggregate(frame, keys, aggregations());
  const ordered = [
    ...keys,
    "n_projects",
    "n_interim",
    ...SUMMED_FIGURES.flatMap((column) => [column, `${column}_n`]),
    ...GROUPED_RATIOS.flatMap(({ column: name, numerator, denominator }) => [
      name,
      `${name}_n`,
      ...pairs.some((pair) => pair.column === name) ? [`${numerator}_paired`, `${denominator}_paired`] : [],
      `${name}_n_interim`,
      `${name}_median`,
    ]),
    "n_without_participants",
  ];
  // polars sums nothing to 0; a figure no project prints is unknown, not 0.
  const sumsOfNothing = SUMMED_FIGURES.map((column) =>
    pl.when(pl.col(`${column}_n`).gt(0)).then(pl.col(column)).otherwise(pl.lit(null)).alias(column)
  );
  // A realisation's totals: of the projects it rests on, none when there are none; counts stay whole.
  const pairedTotals = pairs.flatMap(({ column: name, numerator, denominator }) =>
    [[numerator, `${name}__num`], [denominator, `${name}__den`]].map(([figure, sum]) => {
      const total = pl.when(pl.col(`${name}_n`).gt(0)).then(pl.col(sum!)).otherwise(pl.lit(null));
      return (figure!.startsWith("funding_") ? total : total.round(0).cast(pl.Int64)).alias(`${figure}_paired`);
    })
  );
  return aggregated.withColumns(...ratioColumns(), ...sumsOfNothing, ...pairedTotals).select(...ordered);
}

/** Whether a summary column is a count (0 for an empty group), not a figure (null for an empty group). */
const isCount = (column: string) => column.startsWith("n_") || column.endsWith("_n") || column.endsWith("_n_interim");

/**
 * A summary with a row for every combination of the given key values, in
 * that order: a group no project falls in gets `n_projects` 0, every `_n`
 * 0 and null figures. Rows whose keys are not listed (e.g. a null start
 * year) follow, as they were.
 *
 * @example Usage
 * ```ts
 * import pl from "nodejs-polars";
 * import { completeGroups, summariseBy } from "./summarise.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const summary = summariseBy(pl.DataFrame({ year: [2008, 2010], participants_planned: [5, 7] }), ["year"]);
 * const years = completeGroups(summary, { year: [2008, 2009, 2010] }).toRecords();
 * assertEquals(years.map((r) => [r.year, r.n_projects, r.participants_planned]), [[2008, 1, 5], [2009, 0, null], [2010, 1, 7]]);
 * ```
 */
export function completeGroups(summary: pl.DataFrame, keyValues: Record<string, readonly unknown[]>): pl.DataFrame {
  const keys = Object.keys(keyValues);
  let combinations: Record<string, unknown>[] = [{}];
  for (const key of keys) {
    combinations = combinations.flatMap((partial) => keyValues[key]!.map((value) => ({ ...partial, [key]: value })));
  }
  const types = columnTypes(summary);
  const all = pl.DataFrame(
    keys.map((key) => pl.Series(key, combinations.map((row) => row[key] ?? null)).cast(types.get(key)!)),
  );
  const listed = all.join(summary, { on: keys, how: "left" }).withColumns(
    ...summary.columns.filter(isCount).map((column) => pl.col(column).fillNull(0).cast(types.get(column)!)),
  ).select(...summary.columns);
  const unlisted = summary.join(all, { on: keys, how: "anti" });
  return unlisted.height === 0 ? listed : pl.concat([
    listed,
    unlisted.select(...listed.columns.map((column) => pl.col(column).cast(types.get(column)!))),
  ]);
}
