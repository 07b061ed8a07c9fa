/**
 * The straightforward path from a loaded corpus to its frames, as main built
 * them before the fast path (issue 14): each column from the records, one
 * value at a time. Tests compare the fast path with it, every column and
 * every row; and a helper that says where two frames differ.
 *
 * @module
 */
import pl from "nodejs-polars";
import { frameFromRecords } from "../lib/frame/frame_from_records.ts";
import { withDerivedMetrics } from "../lib/frame/derived.ts";
import { withoutDisagreeingFigures } from "../lib/frame/disagreeing_copies.ts";
import type { Corpus } from "../lib/corpus/load_corpus.ts";
import type { CorpusFrames } from "../lib/frame/to_dataframe.ts";
import {
  AreaSchema,
  CoImplementerRowSchema,
  ContactSchema,
  DiagnosticSchema,
  FileSchema,
  GenderEqualityAnswerSchema,
  type ParsedDocument,
  ProjectSchema,
  ProvenanceSchema,
  SustainabilityScoreSchema,
} from "../lib/schema.ts";

/** The frames of the corpus, built record by record (main's toDataFrame before issue 14). */
export function referenceFrames(corpus: Corpus): CorpusFrames {
  const documents = corpus.documents;
  const each = <T>(rows: (document: ParsedDocument) => T[]) => documents.flatMap(rows);
  return {
    // Figures two copies of a project disagree on are not read (see lib/frame/disagreeing_copies.ts).
    projects: withDerivedMetrics(
      withoutDisagreeingFigures(
        frameFromRecords(ProjectSchema, documents.map((document) => document.project)),
        corpus.diagnostics,
      ),
    ),
    areas: frameFromRecords(AreaSchema, each((document) => document.areas)),
    coImplementers: frameFromRecords(
      CoImplementerRowSchema,
      each(({ project, sourceLines, sourcePages }) =>
        project.co_implementers.map((co, position) => ({
          project_code: project.project_code,
          position,
          ...co,
          source_file: project.source_file,
          source_line: sourceLines.co_implementers ?? null,
          source_page: sourcePages?.co_implementers ?? null,
        }))
      ),
    ),
    sustainabilityScores: frameFromRecords(
      SustainabilityScoreSchema,
      each((document) => document.sustainabilityScores),
    ),
    genderEquality: frameFromRecords(GenderEqualityAnswerSchema, each((document) => document.genderEquality)),
    provenance: frameFromRecords(
      ProvenanceSchema,
      each(({ project, sourceLines, form, sourcePages }) =>
        Object.entries(sourceLines).map(([column, line]) => ({
          project_code: project.project_code,
          column,
          source_file: project.source_file,
          source_line: line,
          form: form ?? "text",
          source_page: sourcePages?.[column as keyof typeof sourcePages] ?? null,
        }))
      ),
    ),
    diagnostics: frameFromRecords(DiagnosticSchema, corpus.diagnostics),
    files: frameFromRecords(FileSchema, corpus.files),
    contacts: frameFromRecords(ContactSchema, each((document) => document.contacts)),
  } as CorpusFrames;
}

/**
 * Where two frames differ: their columns and dtypes, then the first row of
 * each column whose values differ (NaN equals NaN; -0 is told from 0); an
 * empty list when they are the same, every column and every row.
 */
export function frameDifferences(name: string, actual: pl.DataFrame, expected: pl.DataFrame): string[] {
  const schema = (frame: pl.DataFrame) => frame.columns.map((column) => `${column}: ${frame.getColumn(column).dtype}`);
  if (JSON.stringify(schema(actual)) !== JSON.stringify(schema(expected))) {
    return [`${name}: columns ${schema(actual).join(", ")} ≠ ${schema(expected).join(", ")}`];
  }
  if (actual.height !== expected.height) return [`${name}: ${actual.height} rows ≠ ${expected.height}`];
  const differences: string[] = [];
  for (const column of actual.columns) {
    const a = actual.getColumn(column).toArray();
    const b = expected.getColumn(column).toArray();
    const index = a.findIndex((value, i) => !sameValue(value, b[i]));
    if (index >= 0) {
      differences.push(
        `${name}.${column} row ${index}: ${brief(a[index])} ≠ ${brief(b[index])}`,
      );
    }
  }
  return differences;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return keysA.length === keysB.length &&
      keysA.every((key, i) =>
        key === keysB[i] && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
      );
  }
  return false;
}

/** Every difference between two sets of frames, table by table. */
export function framesDifferences(actual: CorpusFrames, expected: CorpusFrames): string[] {
  return (Object.keys(expected) as (keyof CorpusFrames)[]).flatMap((table) =>
    frameDifferences(table, actual[table], expected[table])
  );
}

const brief = (value: unknown) => String(JSON.stringify(value)).slice(0, 200);
