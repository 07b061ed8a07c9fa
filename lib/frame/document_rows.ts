/**
 * The rows each table of the corpus frames takes from one parsed document:
 * the one definition shared by {@linkcode toDataFrame} and the batch path
 * that builds the frames in worker threads.
 *
 * @module
 */
import type pl from "nodejs-polars";
import type { z } from "zod";
import { type CsvTable, csvTable } from "./csv_rows.ts";
import type { DocumentColumn } from "./document_columns.ts";
import {
  AreaSchema,
  CoImplementerRowSchema,
  ContactSchema,
  GenderEqualityAnswerSchema,
  type ParsedDocument,
  ProjectSchema,
  ProvenanceSchema,
  SustainabilityScoreSchema,
} from "../schema.ts";

/** A table with rows per document: its name in {@linkcode CorpusFrames}, its schema and its rows. */
export interface DocumentTable {
  name: DocumentTableName;
  schema: z.ZodObject;
  csv: CsvTable;
  rows: (document: ParsedDocument) => readonly object[];
  /** Columns with one value a document, filled in after the text is read (see `document_columns.ts`). */
  filled: readonly DocumentColumn[];
  /** The columns written in the table text: `csv`'s but the {@linkcode filled} ones. */
  text: CsvTable;
  /** The rows as the text is written from them: {@linkcode rows}, without the {@linkcode filled} columns or with. */
  textRows: (document: ParsedDocument) => readonly object[];
}

/** The tables whose rows come from the documents, in this order. */
export type DocumentTableName =
  | "projects"
  | "areas"
  | "coImplementers"
  | "sustainabilityScores"
  | "genderEquality"
  | "provenance"
  | "contacts";

const table = (
  name: DocumentTableName,
  schema: z.ZodObject,
  rows: (document: ParsedDocument) => readonly object[],
  { filled = [], textRows = rows }: Partial<Pick<DocumentTable, "filled" | "textRows">> = {},
): DocumentTable => {
  const csv = csvTable(schema);
  const text = filled.length === 0
    ? csv
    : csvTable(schema.omit(Object.fromEntries(filled.map((column) => [column.name, true]))));
  return { name, schema, csv, rows, filled, text, textRows };
};

/**
 * The long free texts of a project (target groups, summaries, plans): thousands of characters each, most of a
 * corpus' bytes. Figures need none of them: `loadCorpusFrames(paths, { texts: false })` leaves them out.
 */
export const LONG_TEXT_COLUMNS = [
  "target_groups",
  "indirect_target_groups",
  "summary",
  "communication_plan",
  "dissemination_plan",
  "final_report_summary",
] as const;

/** The frame without the {@linkcode LONG_TEXT_COLUMNS} it has (every other column as it is). */
export function withoutLongTexts(frame: pl.DataFrame): pl.DataFrame {
  return frame.drop(LONG_TEXT_COLUMNS.filter((column) => frame.columns.includes(column)));
}

/** Every table with rows per document; `projects` is first and has one row per document. */
export const DOCUMENT_TABLES: readonly DocumentTable[] = [
  table("projects", ProjectSchema, (document) => [document.project]),
  table("areas", AreaSchema, (document) => document.areas),
  table(
    "coImplementers",
    CoImplementerRowSchema,
    ({ project, sourceLines, sourcePages }) =>
      project.co_implementers.map((co, position) => ({
        project_code: project.project_code,
        position,
        ...co,
        source_file: project.source_file,
        source_line: sourceLines.co_implementers ?? null,
        source_page: sourcePages?.co_implementers ?? null,
      })),
  ),
  table("sustainabilityScores", SustainabilityScoreSchema, (document) => document.sustainabilityScores),
  table("genderEquality", GenderEqualityAnswerSchema, (document) => document.genderEquality),
  table(
    "provenance",
    ProvenanceSchema,
    ({ project, sourceLines, form, sourcePages }) =>
      Object.entries(sourceLines).map(([column, line]) => ({
        project_code: project.project_code,
        column,
        source_file: project.source_file,
        source_line: line,
        form: form ?? "text",
        source_page: sourcePages?.[column as keyof typeof sourcePages] ?? null,
      })),
    {
      // The same in each of a document's rows (as the rows above make them: see EncodedDocument.sourceFile).
      filled: [
        { name: "project_code", value: (document) => document.project_code },
        { name: "source_file", value: (document, file) => document.sourceFile ?? file.file },
        { name: "form", value: (document) => document.form ?? "text" },
      ],
      // The same rows in the same order, without those: half the time to make (2,000 documents: 2.1–2.3 µs of CPU
      // a document against 5.1–5.7), and less to collect.
      textRows: ({ sourceLines, sourcePages }) => {
        const rows: object[] = [];
        for (const column of Object.keys(sourceLines) as (keyof typeof sourceLines)[]) {
          rows.push({ column, source_line: sourceLines[column], source_page: sourcePages?.[column] ?? null });
        }
        return rows;
      },
    },
  ),
  table("contacts", ContactSchema, (document) => document.contacts),
];

/** The projects table without the {@linkcode LONG_TEXT_COLUMNS}: its rows are written without them. */
const PROJECTS_WITHOUT_TEXTS: DocumentTable = (() => {
  const csv = csvTable(ProjectSchema.omit(Object.fromEntries(LONG_TEXT_COLUMNS.map((column) => [column, true]))));
  return { ...DOCUMENT_TABLES[0]!, csv, text: csv };
})();

/**
 * The tables with rows per document, as {@linkcode DOCUMENT_TABLES}; without the long texts (`texts: false`),
 * the projects table has every column but the {@linkcode LONG_TEXT_COLUMNS}.
 */
export function documentTables(texts: boolean): readonly DocumentTable[] {
  return texts ? DOCUMENT_TABLES : [PROJECTS_WITHOUT_TEXTS, ...DOCUMENT_TABLES.slice(1)];
}
