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
 * 3. {@linkcode parseDocument} parses one text, {@linkcode readDocument} one
 *    file; {@linkcode withDerivedMetrics} adds the ratios to any projects frame.
 * 4. The zod schemas ({@linkcode ProjectSchema} and friends) name, type and
 *    describe every column; {@linkcode dataDictionary} renders them.
 *
 * @example Usage
 * ```ts
 * import { loadCorpus, toDataFrame } from "./mod.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 *
 * const corpus = await loadCorpus(["data"]);
 * const { projects, diagnostics } = toDataFrame(corpus);
 * assertEquals(projects.height, 5);
 * assertEquals(diagnostics.height, 0);
 * ```
 *
 * @module
 */
export { type Corpus, type CorpusFile, listInputFiles, loadCorpus, type LoadCorpusOptions } from "./load_corpus.ts";
export { type CorpusFrames, toDataFrame } from "./to_dataframe.ts";
export { parseDocument, type ParseDocumentOptions, type ParseDocumentResult } from "./parse_document.ts";
export { type FileOutcome, readDocument, type ReadDocumentOptions } from "./read_document.ts";
export { DERIVED_METRICS, safeRatio, withDerivedMetrics } from "./derived.ts";
export { dataDictionary, metricDefinitions } from "./data_dictionary.ts";
export { toFlatFrame, toJsonRecords } from "./serialise.ts";
export * from "./schema.ts";
