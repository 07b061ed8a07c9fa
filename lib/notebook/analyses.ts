/**
 * Everything the analysis notebooks (06, 07) import beside `mod.ts`: the
 * analyses of regions, beneficiaries, cohorts, distributions, costs,
 * themes and text search, their charts, their texts, and the search display.
 * The same names are re-exported by `lib/mod.ts` on purpose: a notebook
 * imports `lib/notebook/*`, a program `lib/mod.ts`, and each is complete.
 *
 * @module
 */
export { areaKeys, regionSummary } from "../analysis/regions.ts";
export { projectArea, recogniseRegion, REGIONS } from "../analysis/region_names.ts";
export { beneficiaries, normaliseBusinessId } from "../analysis/beneficiaries.ts";
export { businessIdValid } from "../parse/business_id.ts";
export { byDuration, byStartYear, DURATION_BANDS, withCohorts } from "../analysis/cohorts.ts";
export {
  COST_METRICS,
  distributionTable,
  outlierTable,
  ratioDistributions,
  SHARE_METRICS,
} from "../analysis/distributions.ts";
export { costPerResult } from "../analysis/costs.ts";
export { CROSSWALK, crosswalkTable, themeOf, themeSummary, withThemes } from "../analysis/themes.ts";
export {
  parseQuery,
  plainSnippet,
  SEARCHED_FIELDS,
  searchProjects,
  type SearchResult,
  TEXT_FIELDS,
} from "../analysis/text_search.ts";
export { completeGroups, summariseBy } from "../analysis/summarise.ts";
export { regionMap } from "../charts/region_map.ts";
export { topBeneficiaries } from "../charts/beneficiaries.ts";
export { cohortChart } from "../charts/cohorts.ts";
export { ratioDistributionChart } from "../charts/distributions.ts";
export { costPerResultChart } from "../charts/costs.ts";
export { themesByPeriod } from "../charts/themes.ts";
// The notebooks' searchTable scrubs e-mail addresses and phone numbers from its snippets, as every table they show.
export { htmlSnippet, scrubHits, searchHitsBundle, searchTable, showSearchHits } from "./search_display.ts";
export { ANALYSIS_TEXT } from "../i18n/analysis.ts";
export { ANALYSIS_NAMES } from "../i18n/analysis_names.ts";
export { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
export { ANALYSES } from "../report/analysis_catalogue.ts";
export { SHIPPED_REGISTERS } from "../register/shipped.ts";
export { ANALYSES_NOTEBOOK_TEXT } from "../i18n/notebooks_analyses.ts";
export { analysisDisplay, metricRowKinds } from "../report/analysis_tables.ts";
export { toJsonRecords } from "../frame/serialise.ts";
