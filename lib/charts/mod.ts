/**
 * Chart builders: each takes projects (a DataFrame or rows) and options and
 * returns a typed Vega-Lite 5 `TopLevelSpec` with a title and a description,
 * Finnish labels and number formats by default (`{ lang: "en" }` for English).
 *
 * @module
 */
export { participantsPlannedVsActual } from "./participants_planned_actual.ts";
export { participantsRealisation } from "./participants_realisation.ts";
export { womenShare } from "./women_share.ts";
export { fundingUtilisation, type FundingUtilisationOptions } from "./funding_utilisation.ts";
export { fundingVsParticipants, type FundingVsParticipantsOptions } from "./funding_vs_participants.ts";
export { projectTimeline, type ProjectTimelineOptions } from "./project_timeline.ts";
export {
  groupedSummary,
  type GroupedSummaryOptions,
  priorityAxisLabels,
  priorityAxisNames,
} from "./grouped_summary.ts";
export {
  CHART_DEFAULTS,
  type ChartOptions,
  type Language,
  localeConfig,
  PALETTE,
  PRINT_WIDTHS,
  type PrintWidth,
} from "./theme.ts";
export { printWidthOf } from "./spec.ts";
export { programmeUtilisation, type ProgrammeUtilisationOptions } from "./programme_utilisation.ts";
export { type GroupedMetric } from "./grouped_summary.ts";
export { drawsActiveProject } from "./_interim.ts";
export { type ChartProjects, chartProjects } from "./spec.ts";
