/**
 * The names of the analyses' charts the report draws, for the tests that
 * look for them (without loading anything).
 *
 * @module
 */

/** The analyses' charts of the report, in its order (`analysisCharts()`). */
export const ANALYSIS_CHART_NAMES = [
  "regions-map-projects",
  "regions-map-realisation",
  "regions-map-utilisation",
  "beneficiaries-top",
  "cohorts-start-year",
  "cohorts-duration",
  "distributions-ratios",
  "distributions-costs",
  "costs-per-result",
  "themes-projects",
  "themes-utilisation",
];
