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
import { csvRows } from "./csv_rows.ts";
import { DOCUMENT_TABLES, documentTables, LONG_TEXT_COLUMNS } from "./document_rows.ts";
import { sha256Hex } from "../corpus/hash.ts";

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
}

/** Files read together: each file, and per table the text of all their rows, file after file. */
export interface EncodedBatch {
  files: EncodedFile[];
  tables: Uint8Array[];
}

/** A file to read: its path, and its name in the corpus. */
export interface FileToRead {
  path: string;
  name: string;
}

const encoder = new TextEncoder();
const NO_BYTES = new Uint8Array(0);

/** How files are read and encoded: as a document is read, and whether the projects table has the long texts. */
export interface EncodeOptions extends ReadDocumentOptions {
  /**
   * Write the projects' {@linkcode LONG_TEXT_COLUMNS} (false: their rows are written without them).
   * @default {true}
   */
  texts?: boolean;
}

/** Reads, parses and writes one file: its rows as CSV bytes per table. */
export async function encodeFile(
  file: FileToRead,
  options: EncodeOptions,
): Promise<{ file: EncodedFile; tables: Uint8Array[] }> {
  const { texts = true, ...reading } = options;
  const outcome = await readDocument(file.path, { ...reading, name: file.name });
  const rows = DOCUMENT_TABLES.map((table) => outcome.documents.map(table.rows));
  const documents = outcome.documents.map((document, d): EncodedDocument => ({
    project_code: document.project.project_code,
    codeLine: document.sourceLines.project_code ?? null,
    firstLine: document.firstLine,
    lastLine: document.lastLine,
    rows: rows.map((table) => table[d]!.length),
    ...document.form === undefined ? {} : { form: document.form },
    ...document.sourcePages?.project_code === undefined ? {} : { codePage: document.sourcePages.project_code },
    ...document.firstPage === undefined ? {} : { firstPage: document.firstPage },
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
    },
    // Encoded at once: the text is young and short-lived, and bytes outside the heap are never copied by the collector.
    tables: documentTables(texts).map((table, t) => {
      const tableRows = rows[t]!.flat();
      return tableRows.length === 0 ? NO_BYTES : encoder.encode(csvRows(table.csv, tableRows));
    }),
  };
}

/** Reads, parses and encodes the files, a few at a time; the batch keeps their order. */
export async function encodeFiles(
  files: readonly FileToRead[],
  options: EncodeOptions,
  onFile: () => void = () => {},
): Promise<EncodedBatch> {
  const encoded = await mapReading(files, async (file) => {
    const one = await encodeFile(file, options);
    onFile();
    return one;
  });
  return {
    files: encoded.map((one) => one.file),
    // Fresh bytes of their own (not a shared pool's), so the worker can hand them over.
    tables: DOCUMENT_TABLES.map((_, t) => joinBytes(encoded.map((one) => one.tables[t]!))),
  };
}

/** The parts one after another, in new bytes of their own. */
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
