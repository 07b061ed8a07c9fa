/**
 * Suspicious values in the projects frame, each with the file and line it
 * was read from, for an evaluator to check against the document.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { z } from "zod";
import { DERIVED_METRICS, type DerivedMetricColumn } from "../schema.ts";
import { frameFromRecords } from "../frame/frame_from_records.ts";
import { toJsonRecords } from "../frame/serialise.ts";
import { sourceLineLookup } from "../frame/to_dataframe.ts";

/** A flagged value. */
export const QualityFlagSchema = z.object({
  project_code: z.string().nullable().describe("The project."),
  check: z.enum(["women_exceed_total", "far_above_plan", "utilisation_above_100", "actual_without_plan", "interim"])
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
const metric = (column: DerivedMetricColumn) => DERIVED_METRICS.find((m) => m.column === column)!;
/** Ratios of actual to planned counts, checked for being far above plan. */
const REALISATIONS = (["participant_realisation", "company_realisation"] as const).map(metric);
/** Ratios of used to planned funding, checked for being above 100 %. */
const UTILISATIONS = (["funding_utilisation", "funding_utilisation_eu_state"] as const).map(metric);

/**
 * Flags values an evaluator should look at: women more than the total,
 * actual far above plan, funding utilisation above 100 %, an actual figure
 * without a plan, and the interim figures of active projects. Each flag
 * carries the source file and line (from the provenance table).
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
  const lineOf = sourceLineLookup(provenance);
  const flags: QualityFlag[] = [];
  for (const project of toJsonRecords(projects)) {
    const file = project.source_file as string;
    const flag = (check: QualityFlag["check"], column: string, detail: string, lineColumn = column) =>
      flags.push({
        project_code: project.project_code as string | null,
        check,
        column,
        value: typeof project[column] === "number" ? project[column] as number : null,
        detail,
        source_file: file,
        source_line: lineOf(file, lineColumn),
      });
    const number = (column: string) => typeof project[column] === "number" ? project[column] as number : null;
    for (const indicator of INDICATORS) {
      for (const side of ["planned", "actual"]) {
        const total = number(`${indicator}_${side}`);
        const women = number(`${indicator}_${side}_women`);
        if (total !== null && women !== null && women > total) {
          flag("women_exceed_total", `${indicator}_${side}_women`, `${women} women of ${total} in all`);
        }
      }
    }
    for (const { column: ratio, numerator: actual, denominator: planned } of REALISATIONS) {
      const value = number(ratio);
      if (value !== null && value > threshold) {
        flag("far_above_plan", ratio, `${number(actual)} actual against ${number(planned)} planned`, actual);
      }
      if (number(actual) !== null && !number(planned)) {
        flag("actual_without_plan", actual, `actual ${number(actual)} with planned ${number(planned) ?? "missing"}`);
      }
    }
    for (const { column: ratio, numerator: actual } of UTILISATIONS) {
      const value = number(ratio);
      if (value !== null && value > 1) {
        flag("utilisation_above_100", ratio, `${(value * 100).toFixed(1)} % used`, actual);
      }
    }
    if (project.status_normalised === "active") {
      flag("interim", "status", `"${project.status}": its actual figures are interim`);
    }
  }
  return frameFromRecords(QualityFlagSchema, flags);
}
