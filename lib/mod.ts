/**
 * Reading EURA project descriptions (ESF "ESR" projects in Finland) into
 * typed records and nodejs-polars DataFrames.
 *
 * A tour, in the order a reader meets things:
 *
 * 1. {@linkcode loadCorpus} reads files and folders (recursively, `*.txt`)
 *    into a {@linkcode Corpus}: one parsed document per project, every input
 *    file accounted for, duplicates named, problems as diagnostics.
 * 2. {@linkcode toDataFrame} turns the corpus into DataFrames: `projects`
 *    (one row per project, derived metrics appended) and long tables
 *    (`areas`, `coImplementers`, `sustainabilityScores`, `genderEquality`,
 *    `provenance`, `diagnostics`, `files`; `contacts` holds personal data).
 *    {@linkcode loadCorpusFrames} does both at once for large corpora, in
 *    worker threads and less memory, with an optional parse cache.
 * 3. {@linkcode parseDocument} parses one text ({@linkcode parseDocuments} a
 *    text of several, joined), {@linkcode readDocument} one file;
 *    {@linkcode withDerivedMetrics} adds the ratios to any projects frame.
 * 4. The zod schemas ({@linkcode ProjectSchema} and friends) name, type and
 *    describe every column; {@linkcode dataDictionary} renders them.
 * 5. {@linkcode summarise} groups projects into weighted metrics with their
 *    `n`; {@linkcode suspiciousValues} flags figures to check, with file:line.
 * 6. `./charts/mod.ts` builds Vega-Lite 5 specs; {@linkcode chartToSvg} and
 *    {@linkcode chartToPng} render them; {@linkcode showChart} and
 *    {@linkcode showTable} display them in Jupyter; {@linkcode saveChart} and
 *    {@linkcode saveTable} export them.
 * 7. {@linkcode loadRegister} reads the official EURA project list and
 *    {@linkcode crossCheckRegister} compares the documents with it.
 * 8. The analyses evaluators ask for next, each a DataFrame with its chart
 *    builder: {@linkcode regionSummary} and {@linkcode regionMap} (a tile map
 *    of the regions), {@linkcode beneficiaries} and {@linkcode topBeneficiaries}
 *    (organisations by business ID), {@linkcode byStartYear} and
 *    {@linkcode byDuration} with {@linkcode cohortChart}, the distributions with
 *    outliers named ({@linkcode distributionTable}, {@linkcode outlierTable},
 *    {@linkcode ratioDistributionChart}), {@linkcode costPerResult} and
 *    {@linkcode costPerResultChart}, the period crosswalk
 *    ({@linkcode themeSummary}, {@linkcode crosswalkTable},
 *    {@linkcode themesByPeriod}) and text search with Finnish stems
 *    ({@linkcode searchProjects}). {@linkcode ANALYSES} lists them for the
 *    report, with titles, captions and method paragraphs in both languages.
 * 9. {@linkcode buildReport} does all of it for `deno task report`.
 *
 * @example Usage
 * ```ts
 * import { loadCorpus, toDataFrame } from "./mod.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 *
 * const corpus = await loadCorpus(["data/documents"]);
 * const { projects, diagnostics } = toDataFrame(corpus);
 * assertEquals(projects.height, 5);
 * assertEquals(diagnostics.height, 0);
 * ```
 *
 * @example The analyses
 * ```ts
 * import { costPerResult, loadCorpus, regionSummary, searchProjects, toDataFrame } from "./mod.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 *
 * const { projects } = toDataFrame(await loadCorpus(["data/documents"]));
 * const northSavo = regionSummary(projects).toRecords().find((row) => row.area === "MK11")!;
 * assertEquals([northSavo.n_projects, northSavo.participants_actual, northSavo.participants_planned], [2, 203, 294]);
 * const [perParticipant] = costPerResult(projects, { by: "programme_period" }).toRecords();
 * assertEquals(Math.round(Number(perParticipant!.cost_per_result) * 100) / 100, 7825.89); // 2 214 728 € ÷ 283
 * assertEquals(searchProjects(projects, "kotoutu*").codes, ["S10323", "S10619", "S21941"]);
 * ```
 *
 * @module
 */
export { type Corpus, loadCorpus, type LoadCorpusOptions } from "./corpus/load_corpus.ts";
export { listInputFiles } from "./corpus/list_files.ts";
export { type CorpusFrames, toDataFrame } from "./frame/to_dataframe.ts";
export { loadCorpusFrames, type LoadedFrames, type LoadFramesOptions } from "./frame/load_frames.ts";
export {
  parseDocument,
  type ParseDocumentOptions,
  type ParseDocumentResult,
  parseDocuments,
  type ParseDocumentsResult,
} from "./parse/parse_document.ts";
export { type FileOutcome, readDocument, type ReadDocumentOptions } from "./corpus/read_document.ts";
export { safeRatio, withDerivedMetrics } from "./frame/derived.ts";
export { dataDictionary, metricDefinitions } from "./frame/data_dictionary.ts";
export { toFlatFrame, toJsonRecords } from "./frame/serialise.ts";
export * from "./schema.ts";
export { type Grouping, type InterimTreatment, summarise, type SummariseOptions } from "./analysis/summarise.ts";
export { suspiciousValues } from "./analysis/suspicious_values.ts";
export { chartToPng, chartToSvg, svgToPng } from "./output/render_chart.ts";
export { chartBundle, showChart, showMarkdown, showSkipped, showTable, tableBundle } from "./notebook/display.ts";
export { readFinnishCsv, safeFileName, saveChart, saveChartSvg, saveTable, toFinnishCsv } from "./output/export.ts";
export { crossCheckRegister } from "./register/cross_check.ts";
export { type LoadedRegister, loadRegister } from "./register/load_register.ts";
export { buildReport, type ReportOptions } from "./report/build_report.ts";
export { regionSummary, type RegionSummaryOptions } from "./analysis/regions.ts";
export { beneficiaries, type BeneficiariesOptions, normaliseBusinessId } from "./analysis/beneficiaries.ts";
export { byDuration, byStartYear, DURATION_BANDS } from "./analysis/cohorts.ts";
export {
  COST_METRICS,
  distributionTable,
  outlierTable,
  ratioDistributions,
  SHARE_METRICS,
} from "./analysis/distributions.ts";
export { type CostOptions, costPerResult } from "./analysis/costs.ts";
export { CROSSWALK, crosswalkTable, themeSummary, withThemes } from "./analysis/themes.ts";
export { parseQuery, searchProjects, type SearchResult, searchTable } from "./analysis/text_search.ts";
export { regionMap } from "./charts/region_map.ts";
export { topBeneficiaries } from "./charts/beneficiaries.ts";
export { cohortChart } from "./charts/cohorts.ts";
export { ratioDistributionChart } from "./charts/distributions.ts";
export { costPerResultChart } from "./charts/costs.ts";
export { themesByPeriod } from "./charts/themes.ts";
export { ANALYSES, type Analysis, analysisCharts } from "./report/analysis_catalogue.ts";
export { analysisDisplay, analysisTables } from "./report/analysis_tables.ts";
