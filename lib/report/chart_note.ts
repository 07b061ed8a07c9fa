/**
 * The note under a chart, on the page and in Word alike: its metric's
 * definition and n (and that active projects' figures are interim, where the
 * chart draws one), else its description.
 *
 * @module
 */
import { drawsActiveProject } from "../charts/_interim.ts";
import { chartProjects } from "../charts/spec.ts";
import { COLUMN_NAMES } from "../i18n/columns.ts";
import { chartTitle } from "../notebook/display.ts";
import { REPORT_TEXT } from "../i18n/report.ts";
import type { DerivedMetricColumn } from "../schema.ts";
import { metricDefinition } from "./method.ts";
import type { CatalogueChart } from "./catalogue.ts";
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
  chart: Pick<ReportChart, "name" | "description" | "drawsActive" | "projects">,
): string {
  const say = REPORT_TEXT[input.lang];
  const metric = CHART_METRICS[chart.name];
  if (!metric) return chart.description;
  const definition = `${COLUMN_NAMES[input.lang][metric]} = ${metricDefinition(metric, input.lang)}`;
  // The n is the chart's own where it says it (a capped chart leaves the active projects out), else the corpus'.
  if (chart.projects && chart.projects.activeLeftOut > 0) {
    return say.chartNoteFinal(definition, chart.projects.n, chart.projects.activeLeftOut);
  }
  const n = chart.projects?.n ?? input.overall[`${metric}_n`];
  // The note on interim figures only where the chart draws an active project (a capped chart leaves them out).
  return `${say.chartNote(definition, typeof n === "number" ? n : 0)}${chart.drawsActive ? ` ${say.interimNote}` : ""}`;
}

/** What the page and Word show of a chart besides its picture: its title, description, and what its note reads. */
export function shownChart(chart: CatalogueChart): Omit<ReportChart, "svg"> {
  return {
    name: chart.name,
    title: chartTitle(chart.spec, chart.name),
    description: chart.spec.description ?? "",
    drawsActive: drawsActiveProject(chart.spec),
    projects: chartProjects(chart.spec),
  };
}
