/**
 * The note under a chart, on the page and in Word alike: its metric's
 * definition and n (and that active projects' figures are interim, where the
 * chart draws one), else its description.
 *
 * @module
 */
import { COLUMN_NAMES } from "../i18n/columns.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import type { DerivedMetricColumn } from "../schema.ts";
import { metricDefinition } from "./method.ts";
import type { ReportChart, ReportInput } from "./report_content.ts";

/** The metric each chart of the report shows, for its note: definition and n. */
const CHART_METRICS: Record<string, DerivedMetricColumn> = {
  "participants-realisation": "participant_realisation",
  "participants-planned-actual": "participant_realisation",
  "participants-women-share": "women_share_actual",
  "funding-utilisation": "funding_utilisation",
  "funding-utilisation-eu-state": "funding_utilisation_eu_state",
  "funding-vs-participants": "cost_per_participant",
};

/**
 * The note under a chart: its metric's definition and n (and that active projects' figures are interim), else its
 * description.
 */
export function chartNote(
  input: Pick<ReportInput, "lang" | "overall">,
  chart: Pick<ReportChart, "name" | "description" | "drawsActive">,
): string {
  const say = REPORT_TEXT[input.lang];
  const metric = CHART_METRICS[chart.name];
  if (!metric) return chart.description;
  const n = input.overall[`${metric}_n`];
  const definition = `${COLUMN_NAMES[input.lang][metric]} = ${metricDefinition(metric, input.lang)}`;
  // The note on interim figures only where the chart draws an active project (a capped chart leaves them out).
  return `${say.chartNote(definition, typeof n === "number" ? n : 0)}${chart.drawsActive ? ` ${say.interimNote}` : ""}`;
}
