/**
 * The corpus as nodejs-polars DataFrames.
 *
 * @module
 */
import type pl from "nodejs-polars";
import { frameViaCsv } from "./csv_frames.ts";
import { withDerivedMetrics } from "./derived.ts";
import { withoutDisagreeingFigures } from "./disagreeing_copies.ts";
import { toJsonRecords } from "./serialise.ts";
import type { Corpus } from "../corpus/load_corpus.ts";
import { type CorpusFile, type Diagnostic, DiagnosticSchema, FileSchema } from "../schema.ts";
import { DOCUMENT_TABLES, type DocumentTableName } from "./document_rows.ts";

/** Finds the line a value was read from, by source file and column; null when it was not printed. */
export type SourceLineLookup = (sourceFile: string, column: string) => number | null;

/** A lookup over the provenance table (see {@linkcode SourceLineLookup}). */
export function sourceLineLookup(provenance: pl.DataFrame): SourceLineLookup {
  const lines = new Map<string, number>();
  for (const row of toJsonRecords(provenance)) {
    lines.set(`${row.source_file}\u0000${row.column}`, row.source_line as number);
  }
  return (sourceFile, column) => lines.get(`${sourceFile}\u0000${column}`) ?? null;
}

/** The corpus as DataFrames. `contacts` holds personal data: never export it by default. */
export interface CorpusFrames {
  /** One row per project: the parsed columns and the derived metrics. */
  projects: pl.DataFrame;
  /** Regions, sub-regions and municipalities, one row each, in document order. */
  areas: pl.DataFrame;
  /** Co-implementers, one row each. */
  coImplementers: pl.DataFrame;
  /** 2014-2020 sustainability scores, one row per criterion. */
  sustainabilityScores: pl.DataFrame;
  /** 2014-2020 gender-equality answers, one row per question. */
  genderEquality: pl.DataFrame;
  /** The line each value came from. */
  provenance: pl.DataFrame;
  /** Every diagnostic. */
  diagnostics: pl.DataFrame;
  /** Every input file and its outcome. */
  files: pl.DataFrame;
  /** Personal data (names, e-mails, phones, addresses): kept apart, never exported by default. */
  contacts: pl.DataFrame;
}

/**
 * Turns a loaded corpus into DataFrames: one row per project with the
 * derived metrics appended, and long tables for the values a project has
 * many of.
 *
 * @example Usage
 * ```ts
 * import { loadCorpus } from "../corpus/load_corpus.ts";
 * import { toDataFrame } from "./to_dataframe.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const frames = toDataFrame(await loadCorpus(["data/documents"]));
 * assertEquals(frames.projects.height, 5);
 * assertEquals(frames.projects.getColumn("participants_planned").toArray(), [95, 94, 199, 105, 400]);
 * ```
 */
export function toDataFrame(corpus: Corpus): CorpusFrames {
  const built = Object.fromEntries(
    DOCUMENT_TABLES.map((table) => [table.name, frameViaCsv(table.csv, corpus.documents.flatMap(table.rows))]),
  ) as Record<DocumentTableName, pl.DataFrame>;
  return framesInOrder(built, corpus.diagnostics, corpus.files);
}

/**
 * The frames in the order of {@linkcode CorpusFrames}, the derived metrics appended to the projects; `filesFrame`,
 * when given, is the frame of `files` (made before: a cached corpus keeps it).
 */
export function framesInOrder(
  built: Record<DocumentTableName, pl.DataFrame>,
  diagnostics: readonly Diagnostic[],
  files: readonly CorpusFile[],
  filesFrame?: pl.DataFrame,
): CorpusFrames {
  return {
    // Figures two copies of a project disagree on are not read: null before the metrics derived from them.
    projects: withDerivedMetrics(withoutDisagreeingFigures(built.projects, diagnostics)),
    areas: built.areas,
    coImplementers: built.coImplementers,
    sustainabilityScores: built.sustainabilityScores,
    genderEquality: built.genderEquality,
    provenance: built.provenance,
    diagnostics: frameViaCsv(DiagnosticSchema, diagnostics),
    files: filesFrame ?? frameViaCsv(FileSchema, files),
    contacts: built.contacts,
  };
}
