/**
 * The analyses of issue 16 for the report, its page and its Word document:
 * each with a stable name, its title, the caption of its table, the
 * paragraph on its method, the function that makes its table and the
 * charts drawn from it. The report hooks them in with one loop:
 *
 * ```ts ignore
 * for (const analysis of ANALYSES) {
 *   const table = analysis.table(input, lang);
 *   const charts = analysis.charts(table, input, lang); // [{ name, spec }]
 *   // write tables/<analysis.name>.*, charts/<chart.name>.*, and on the page and in Word:
 *   // analysis.title(lang), analysis.caption(table, lang), analysis.method(input, lang)
 * }
 * ```
 *
 * @module
 */
import pl from "nodejs-polars";
import type { TopLevelSpec } from "vega-lite";
import { beneficiaries } from "../analysis/beneficiaries.ts";
import { byDuration, byStartYear } from "../analysis/cohorts.ts";
import { costPerResult } from "../analysis/costs.ts";
import { COST_METRICS, distributionTable, outlierTable, SHARE_METRICS } from "../analysis/distributions.ts";
import { regionSummary } from "../analysis/regions.ts";
import { crosswalkTable, themeSummary } from "../analysis/themes.ts";
import { topBeneficiaries } from "../charts/beneficiaries.ts";
import { cohortChart } from "../charts/cohorts.ts";
import { costPerResultChart } from "../charts/costs.ts";
import { ratioDistributionChart } from "../charts/distributions.ts";
import { regionMap } from "../charts/region_map.ts";
import { themesByPeriod } from "../charts/themes.ts";
import { ANALYSIS_METHODS } from "../i18n/analysis_methods.ts";
import type { Language } from "../i18n/mod.ts";

/** What the analyses read: the projects frame (with its derived metrics). */
export interface AnalysisInput {
  projects: pl.DataFrame;
}

/** A chart of an analysis: its file name (without extension) and spec. */
export interface AnalysisChart {
  name: string;
  spec: TopLevelSpec;
}

/** One analysis: its name (the table's file name), texts, table and charts. */
export interface Analysis {
  /** Stable file name of the table, e.g. `regions`; chart names start with it. */
  name: string;
  title: (lang: Language) => string;
  /** The table's caption (it may count the rows). */
  caption: (table: pl.DataFrame, lang: Language) => string;
  /** How the figures were made, one paragraph. */
  method: (input: AnalysisInput, lang: Language) => string;
  table: (input: AnalysisInput, lang: Language) => pl.DataFrame;
  charts: (table: pl.DataFrame, input: AnalysisInput, lang: Language) => AnalysisChart[];
}

const withoutParticipants = (projects: pl.DataFrame) =>
  projects.filter(pl.col("has_participants").eq(pl.lit(false)).fillNull(false));

const text = (lang: Language) => ANALYSIS_METHODS[lang];

/** Every analysis, in reading order. */
export const ANALYSES: readonly Analysis[] = [
  {
    name: "projects-without-participants",
    title: (lang) => text(lang).withoutParticipantsTitle,
    caption: (table, lang) => text(lang).withoutParticipantsCaption(table.height),
    method: ({ projects }, lang) => text(lang).withoutParticipantsMethod(withoutParticipants(projects).height),
    table: ({ projects }) =>
      withoutParticipants(projects).select("project_code", "name", "programme_period", "project_type", "source_file"),
    charts: () => [],
  },
  {
    name: "regions",
    title: (lang) => text(lang).regionsTitle,
    caption: (_, lang) => text(lang).regionsCaption,
    method: (_, lang) => text(lang).regionsMethod,
    table: ({ projects }, lang) => regionSummary(projects, { lang }),
    charts: (table, _, lang) => [
      { name: "regions-map-projects", spec: regionMap(table, { lang, metric: "n_projects" }) },
      { name: "regions-map-realisation", spec: regionMap(table, { lang, metric: "participant_realisation" }) },
      { name: "regions-map-utilisation", spec: regionMap(table, { lang, metric: "funding_utilisation" }) },
    ],
  },
  {
    name: "beneficiaries",
    title: (lang) => text(lang).beneficiariesTitle,
    caption: (table, lang) => text(lang).beneficiariesCaption(table.height),
    method: (_, lang) => text(lang).beneficiariesMethod,
    table: ({ projects }) => beneficiaries(projects),
    charts: (table, _, lang) => [{ name: "beneficiaries-top", spec: topBeneficiaries(table, { lang }) }],
  },
  {
    name: "cohorts-start-year",
    title: (lang) => text(lang).startYearTitle,
    caption: (_, lang) => text(lang).startYearCaption,
    method: (_, lang) => text(lang).cohortsMethod,
    table: ({ projects }) => byStartYear(projects),
    charts: (table, _, lang) => [{ name: "cohorts-start-year", spec: cohortChart(table, { lang, by: "start_year" }) }],
  },
  {
    name: "cohorts-duration",
    title: (lang) => text(lang).durationTitle,
    caption: (_, lang) => text(lang).durationCaption,
    method: (_, lang) => text(lang).cohortsMethod,
    table: ({ projects }) => byDuration(projects),
    charts: (table, _, lang) => [{ name: "cohorts-duration", spec: cohortChart(table, { lang, by: "duration_band" }) }],
  },
  {
    name: "distributions",
    title: (lang) => text(lang).distributionsTitle,
    caption: (_, lang) => text(lang).distributionsCaption,
    method: (_, lang) => text(lang).distributionsMethod,
    table: ({ projects }) => distributionTable(projects, { metrics: [...SHARE_METRICS, ...COST_METRICS] }),
    charts: (_, { projects }, lang) => [
      { name: "distributions-ratios", spec: ratioDistributionChart(projects, { lang }) },
      { name: "distributions-costs", spec: ratioDistributionChart(projects, { lang, metrics: COST_METRICS }) },
    ],
  },
  {
    name: "distributions-outliers",
    title: (lang) => text(lang).distributionsTitle,
    // An empty table is said in its caption, so the count stands in it.
    caption: (table, lang) =>
      text(lang).outliersCounted(
        table.height === 0 ? 0 : new Set(table.getColumn("project_code").toArray()).size,
        table.height,
      ),
    method: (_, lang) => text(lang).distributionsMethod,
    table: ({ projects }) => outlierTable(projects, { metrics: [...SHARE_METRICS, ...COST_METRICS] }),
    charts: () => [],
  },
  {
    name: "costs-per-result",
    title: (lang) => text(lang).costsTitle,
    caption: (_, lang) => text(lang).costsCaption,
    method: (_, lang) => text(lang).costsMethod,
    table: ({ projects }) => costPerResult(projects, { by: "programme_period" }),
    charts: (table, _, lang) => [
      { name: "costs-per-result", spec: costPerResultChart(table, { lang, by: "programme_period" }) },
    ],
  },
  {
    name: "themes-by-period",
    title: (lang) => text(lang).themesTitle,
    caption: (_, lang) => text(lang).themesCaption,
    method: (_, lang) => text(lang).themesMethod,
    table: ({ projects }, lang) => themeSummary(projects, { lang }),
    charts: (table, _, lang) => [
      { name: "themes-projects", spec: themesByPeriod(table, { lang, metric: "n_projects" }) },
      { name: "themes-utilisation", spec: themesByPeriod(table, { lang, metric: "funding_utilisation" }) },
    ],
  },
  {
    name: "themes-crosswalk",
    title: (lang) => text(lang).themesTitle,
    caption: (_, lang) => text(lang).crosswalkCaption,
    method: (_, lang) => text(lang).themesMethod,
    table: () => crosswalkTable(),
    charts: () => [],
  },
];

/**
 * Every chart of the analyses on these projects, in reading order, each
 * named after its analysis (`regions-map-projects`, …): what the report
 * draws beside its own charts.
 */
export function analysisCharts(projects: pl.DataFrame, lang: Language): AnalysisChart[] {
  const input = { projects };
  return ANALYSES.flatMap((analysis) => analysis.charts(analysis.table(input, lang), input, lang));
}
