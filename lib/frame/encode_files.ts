/**
 * Reading files into table text: each file is read and parsed, its names
 * made as the corpus names them, and every document's rows written as CSV
 * text per table (see `csv_frames.ts`). Worker threads run this on their
 * share of the files and hand back bytes, not objects: nothing is cloned
 * value by value between threads, and the bytes can be kept in the parse
 * cache as they are.
 *
 * @module
 */
import { readDocument, type ReadDocumentOptions } from "../corpus/read_document.ts";
import { mapReading } from "../corpus/read_files.ts";
import type { Diagnostic, DocumentForm } from "../schema.ts";
import { writeCsvRows } from "./csv_rows.ts";
import { Utf8Writer } from "./utf8_writer.ts";
import { DOCUMENT_TABLES, documentTables, LONG_TEXT_COLUMNS } from "./document_rows.ts";
import { sha256Hex } from "../corpus/hash.ts";
import type { SheetState } from "../corpus/sheet_states.ts";

/** A document of a file, as the corpus assembly needs it (its values are in the table text). */
export interface EncodedDocument {
  project_code: string | null;
  /** The line of its project code, when it has one. */
  codeLine: number | null;
  firstLine: number;
  lastLine: number;
  /** Its number of rows in each of {@linkcode DOCUMENT_TABLES}, in that order. */
  rows: number[];
  /** For a PDF print: the form, the page of its project code and of its first line. */
  form?: DocumentForm;
  codePage?: number;
  firstPage?: number;
  /** The file its rows name, where it is not the file's name (see `document_columns.ts`); absent: the file's name. */
  sourceFile?: string;
  /**
   * Written without its long texts: a digest of each of them (null: none), in the order of `LONG_TEXT_COLUMNS`,
   * so a duplicate's texts are still compared with the kept copy's.
   */
  textDigests?: (string | null)[];
}

/** What became of one input file: everything but the rows, which are in the table text. */
export interface EncodedFile {
  /** The file as the corpus names it. */
  file: string;
  bytes: number;
  sha256: string | null;
  encoding: string | null;
  documents: EncodedDocument[];
  diagnostics: Diagnostic[];
  /** How the file was read (absent: not said). */
  form?: DocumentForm;
  /** The style sheets a saved page looked for beside it, as found: its cached parse is taken only while they are so. */
  sheets?: SheetState[];
}

/** Files read together: each file, and per table the text of all their rows, file after file. */
export interface EncodedBatch {
  files: EncodedFile[];
  /** Every table's text, one after another, in one buffer of its own (handed to another thread whole). */
  bytes: Uint8Array;
  /** Each table's text: a view into {@linkcode bytes}. */
  tables: Uint8Array[];
}

/** A file to read: its path, and its name in the corpus. */
export interface FileToRead {
  path: string;
  name: string;
}

/** How files are read and encoded: as a document is read, and whether the projects table has the long texts. */
export interface EncodeOptions extends ReadDocumentOptions {
  /**
   * Write the projects' {@linkcode LONG_TEXT_COLUMNS} (false: their rows are written without them).
   * @default {true}
   */
  texts?: boolean;
}

/** One file read and parsed: what became of it, and its rows per table (not yet written). */
interface ParsedFile {
  file: EncodedFile;
  rows: object[][];
}

/** Reads and parses one file: what became of it, and its documents' rows per table of {@linkcode DOCUMENT_TABLES}. */
async function parseFile(file: FileToRead, options: EncodeOptions): Promise<ParsedFile> {
  const { texts = true, ...reading } = options;
  const outcome = await readDocument(file.path, { ...reading, name: file.name });
  const rows = DOCUMENT_TABLES.map((table) => outcome.documents.map(table.textRows));
  const documents = outcome.documents.map((document, d): EncodedDocument => ({
    project_code: document.project.project_code,
    codeLine: document.sourceLines.project_code ?? null,
    firstLine: document.firstLine,
    lastLine: document.lastLine,
    rows: rows.map((table) => table[d]!.length),
    ...document.form === undefined ? {} : { form: document.form },
    ...document.sourcePages?.project_code === undefined ? {} : { codePage: document.sourcePages.project_code },
    ...document.firstPage === undefined ? {} : { firstPage: document.firstPage },
    ...document.project.source_file === outcome.file ? {} : { sourceFile: document.project.source_file },
    ...texts ? {} : {
      textDigests: LONG_TEXT_COLUMNS.map((column) => {
        const text = document.project[column];
        return text === null ? null : sha256Hex(text);
      }),
    },
  }));
  return {
    file: {
      file: outcome.file,
      bytes: outcome.bytes,
      sha256: outcome.sha256,
      encoding: outcome.encoding,
      documents,
      diagnostics: outcome.diagnostics,
      ...outcome.form === undefined ? {} : { form: outcome.form },
      ...outcome.sheets === undefined ? {} : { sheets: outcome.sheets },
    },
    rows: rows.map((table) => table.flat()),
  };
}

/**
 * Reads, parses and encodes the files, a few at a time; the batch keeps their order. Each table's rows are
 * written file after file into one buffer of its own (so a worker can hand it over).
 */
export async function encodeFiles(
  files: readonly FileToRead[],
  options: EncodeOptions,
  onFile: () => void = () => {},
): Promise<EncodedBatch> {
  const parsed = await mapReading(files, async (file) => {
    const one = await parseFile(file, options);
    onFile();
    return one;
  });
  // One buffer for every table, as large as the last batch's text and a quarter (most batches need no more): one
  // buffer taken, grown and handed over a batch, not one a table (measured on 2,000 generated documents in batches
  // of 10, min of 15 rounds, three runs: 30.5–33.6 µs of CPU a document against 33.1–36.1).
  const out = new Utf8Writer(batchCapacity);
  const ends = documentTables(options.texts ?? true).map((table, t) => {
    for (const one of parsed) writeCsvRows(table.text, one.rows[t]!, out);
    return out.length;
  });
  batchCapacity = Math.max(64 * 1024, Math.ceil(out.length * 1.25));
  const bytes = out.take();
  const tables = ends.map((end, t) => bytes.subarray(t === 0 ? 0 : ends[t - 1], end));
  return { files: parsed.map((one) => one.file), bytes, tables };
}

/** The buffer a batch's text is first written to (see {@linkcode encodeFiles}). */
let batchCapacity = 64 * 1024;
