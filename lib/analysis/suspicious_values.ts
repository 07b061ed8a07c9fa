/**
 * Suspicious values in the projects frame, each with the file and line it
 * was read from, for an evaluator to check against the document.
 *
 * @module
 */
import pl from "nodejs-polars";
import { z } from "zod";
import { DERIVED_METRICS, type DerivedMetricColumn, FUNDING_LABELS, type Project } from "../schema.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { columnReader } from "./_columns.ts";
import { withoutLongTexts } from "../frame/document_rows.ts";

/** A flagged value. */
export const QualityFlagSchema = z.object({
  project_code: z.string().nullable().describe("The project."),
  check: z.enum([
    "women_exceed_total",
    "women_none_actual",
    "far_above_plan",
    "utilisation_above_100",
    "actual_without_plan",
    "interim",
    "negative_value",
    "date_outside_period",
    "over_10x",
  ])
    .describe("Which check flagged it."),
  column: z.string().describe("The column flagged."),
  value: z.number().nullable().describe("Its value."),
  detail: z.string().describe("Why it is flagged, in words."),
  source_file: z.string().describe("The file it was read from."),
  source_line: z.int().nullable().describe("The line it was read from."),
});
export type QualityFlag = z.infer<typeof QualityFlagSchema>;

/** Options of {@linkcode suspiciousValues}. */
export interface SuspiciousValuesOptions {
  /**
   * A realisation above this (actual ÷ planned) is flagged as far above plan.
   * @default {1.5}
   */
  farAbovePlan?: number;
}

const INDICATORS = ["participants", "jobs", "enterprises", "degrees"] as const;
/** Actual figures and their plans: every indicator (and its women's part), and the funding. */
const PLANNED_ACTUAL: readonly [actual: string, planned: string][] = [
  ...INDICATORS.flatMap((indicator) =>
    ["", "_women"].map((women) => [`${indicator}_actual${women}`, `${indicator}_planned${women}`] as [string, string])
  ),
  ["companies_participating_actual", "companies_participating_planned"],
  ["funding_eu_state_actual", "funding_eu_state_granted"],
  ["funding_public_actual", "funding_public_planned"],
];
/**
 * The plan an actual figure is compared with (`participants_actual_women` → `participants_planned_women`), as the
 * checks compare them.
 */
export const PLAN_OF: ReadonlyMap<string, string> = new Map(PLANNED_ACTUAL);
/**
 * The dates a programme's projects can have: from the start of the
 * programme period to the end of its closure with a margin (2007–2013
 * projects ran into 2015; 2014–2020 projects into 2023). A date outside is
 * most likely a typing error.
 */
export const PROGRAMME_DATE_BOUNDS: Record<Project["programme_period"], { from: string; to: string }> = {
  "2007-2013": { from: "2007-01-01", to: "2023-12-31" },
  "2014-2020": { from: "2014-01-01", to: "2029-12-31" },
};
/**
 * Whether a date (`YYYY-MM-DD`) lies outside its programme's bounds ({@linkcode PROGRAMME_DATE_BOUNDS}): the one
 * test of it, for the flag `date_outside_period`, the register's `register_date_outside` and the start-year
 * cohorts. False when the date or the period is not known.
 *
 * @example Usage
 * ```ts
 * import { outsideProgramme } from "./suspicious_values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(outsideProgramme("2007-2013", "1908-08-01"), true);
 * assertEquals(outsideProgramme("2007-2013", "2015-02-28"), false);
 * assertEquals(outsideProgramme(null, "1908-08-01"), false);
 * ```
 */
export function outsideProgramme(period: unknown, date: unknown): boolean {
  const bounds = PROGRAMME_DATE_BOUNDS[period as Project["programme_period"]];
  return bounds !== undefined && typeof date === "string" && (date < bounds.from || date > bounds.to);
}
/** For each project of the frame, whether its date in `column` lies outside its programme's bounds ({@linkcode outsideProgramme}). */
export function datesOutsideProgramme(projects: pl.DataFrame, column: "start_date" | "end_date"): boolean[] {
  const periods = projects.columns.includes("programme_period") ? projects.getColumn("programme_period").toArray() : [];
  const dates = projects.getColumn(column).cast(pl.Utf8).toArray();
  return dates.map((date, row) => outsideProgramme(periods[row], date));
}
/** The statuses of a project no longer running, whose actual figures are final. */
const NOT_RUNNING = new Set(["ended", "interrupted"]);
/** A realisation or utilisation above this is far beyond any plan: a separator or typing error, most likely. */
export const IMPLAUSIBLE_RATIO = 10;
const metric = (column: DerivedMetricColumn) => DERIVED_METRICS.find((m) => m.column === column)!;
/** Ratios of actual to planned counts, checked for being far above plan. */
const REALISATIONS = (["participant_realisation", "company_realisation"] as const).map(metric);
/** Ratios of used to planned funding, checked for being above 100 %. */
const UTILISATIONS = (["funding_utilisation", "funding_utilisation_eu_state"] as const).map(metric);
/** The columns the checks read (a column the frame lacks reads as missing, as before). */
const CHECKED: ReadonlySet<string> = new Set([
  "source_file",
  "project_code",
  "programme_period",
  "status",
  "status_normalised",
  "start_date",
  "end_date",
  ...INDICATORS.flatMap((indicator) =>
    ["planned", "actual"].flatMap((side) => [`${indicator}_${side}`, `${indicator}_${side}_women`])
  ),
  ...PLANNED_ACTUAL.flat(),
  ...[...REALISATIONS, ...UTILISATIONS].flatMap((
    { column, numerator, denominator },
  ) => [column, numerator, denominator]),
  ...Object.keys(FUNDING_LABELS),
]);

/**
 * Flags values an evaluator should look at: women more than the total,
 * women planned but none among the participants of a project ended or
 * interrupted,
 * actual far above plan (and over 10× it), funding utilisation above 100 %,
 * an actual figure above 0 with a plan of 0 or none, a negative amount (of
 * a frame from elsewhere: the parser reads none, and says so), dates outside the programme's bounds ({@linkcode PROGRAMME_DATE_BOUNDS}),
 * and the interim figures of active projects. Rows are never dropped. Each
 * flag carries the source file and line (from the provenance table, by
 * file, project and column, so that two documents of one file stay apart).
 *
 * @example Usage
 * ```ts
 * import { loadCorpus, toDataFrame } from "../mod.ts";
 * import { suspiciousValues } from "./suspicious_values.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { projects, provenance } = toDataFrame(await loadCorpus(["data/documents"]));
 * const flags = suspiciousValues(projects, provenance).toRecords();
 * assertEquals(flags.map((f) => [f.project_code, f.check]), [["S21941", "far_above_plan"], ["S22254", "interim"]]);
 * ```
 */
export function suspiciousValues(
  projects: pl.DataFrame,
  provenance: pl.DataFrame,
  options: SuspiciousValuesOptions = {},
): pl.DataFrame {
  const threshold = options.farAbovePlan ?? 1.5;
  const flags: QualityFlag[] = [];
  const lineColumns: string[] = []; // the column whose line each flag names
  // Only the columns a check reads are converted, each once, and read by row: not the long texts (tens of
  // megabytes at 10,000 documents), nor an object per project (measured, 1,000 generated documents: 60 ms of CPU
  // with an object of the checked columns per project, ~25 ms so).
  const read = withoutLongTexts(projects);
  const cell = columnReader(read.select(...read.columns.filter((column) => CHECKED.has(column))));
  for (let row = 0, rows = read.height; row < rows; row++) {
    const file = cell("source_file", row) as string;
    const code = cell("project_code", row) as string | null;
    const number = (column: string) => {
      const figure = cell(column, row);
      return typeof figure === "number" ? figure : null;
    };
    const flag = (check: QualityFlag["check"], column: string, detail: string, lineColumn = column) => {
      lineColumns.push(lineColumn);
      flags.push({
        project_code: code,
        check,
        column,
        value: number(column),
        detail,
        source_file: file,
        source_line: null,
      });
    };
    for (const indicator of INDICATORS) {
      for (const side of ["planned", "actual"]) {
        const total = number(`${indicator}_${side}`);
        const women = number(`${indicator}_${side}_women`);
        if (total !== null && women !== null && women > total) {
          flag("women_exceed_total", `${indicator}_${side}_women`, `${women} women of ${total} in all`);
        }
      }
    }
    // Women planned, and none among the participants of a project known to be no longer running (ended or
    // interrupted; not one of no or an unknown status): a women's part lost or not entered, more likely than a plan
    // missed by every woman. Not the jobs, enterprises or degrees: a few of them, none a woman's, is no surprise.
    const [planned, actual, all] = ["planned_women", "actual_women", "actual"].map((c) => number(`participants_${c}`));
    const status = cell("status_normalised", row);
    if (NOT_RUNNING.has(status as string) && planned! > 0 && actual === 0 && all! > 0) {
      flag("women_none_actual", "participants_actual_women", `0 women of ${all} actual against ${planned} planned`);
    }
    for (const { column: ratio, numerator: actual, denominator: planned } of REALISATIONS) {
      const value = number(ratio);
      if (value !== null && value > threshold) {
        flag("far_above_plan", ratio, `${number(actual)} actual against ${number(planned)} planned`, actual);
      }
    }
    for (const [actual, planned] of PLANNED_ACTUAL) {
      const done = number(actual);
      if (done !== null && done > 0 && !number(planned)) {
        flag("actual_without_plan", actual, `actual ${done} with planned ${number(planned) ?? "missing"}`);
      }
    }
    for (const { column: ratio, numerator: actual } of UTILISATIONS) {
      const value = number(ratio);
      if (value !== null && value > 1) {
        flag("utilisation_above_100", ratio, `${(value * 100).toFixed(1)} % used`, actual);
      }
    }
    for (const { column: ratio, numerator: actual, denominator: planned } of [...REALISATIONS, ...UTILISATIONS]) {
      const value = number(ratio);
      if (value !== null && value > IMPLAUSIBLE_RATIO) {
        flag("over_10x", ratio, `${number(actual)} against ${number(planned)}: ${value.toFixed(1)}×`, actual);
      }
    }
    for (const column of Object.keys(FUNDING_LABELS)) {
      const value = number(column);
      if (value !== null && value < 0) flag("negative_value", column, `${value} €: an amount below zero`);
    }
    const period = cell("programme_period", row);
    const bounds = PROGRAMME_DATE_BOUNDS[period as Project["programme_period"]];
    for (const column of ["start_date", "end_date"]) {
      const date = cell(column, row);
      if (outsideProgramme(period, date)) {
        flag("date_outside_period", column, `${date}: outside ${bounds!.from}–${bounds!.to} (${period})`);
      }
    }
    if (status === "active") {
      flag("interim", "status", `"${cell("status", row)}": its actual figures are interim`);
    }
  }
  // Lines looked up for the flagged columns only: every line of every project took seconds at 10,000 documents.
  if (flags.length === 0) return frameFromRecords(QualityFlagSchema, flags);
  const lines = new Map<string, number>();
  const flagged = provenance.filter(pl.col("column").isIn([...new Set(lineColumns)]))
    .select("source_file", "project_code", "column", "source_line");
  const line = columnReader(flagged);
  for (let row = 0, rows = flagged.height; row < rows; row++) {
    const key = `${line("source_file", row)}\u0000${line("project_code", row) ?? ""}\u0000${line("column", row)}`;
    lines.set(key, line("source_line", row) as number);
  }
  flags.forEach((flag, k) => {
    flag.source_line = lines.get(`${flag.source_file}\u0000${flag.project_code ?? ""}\u0000${lineColumns[k]}`) ?? null;
  });
  return frameFromRecords(QualityFlagSchema, flags);
}
