/**
 * Reading one file from disk: decoding it and parsing it, with a diagnostic
 * instead of an exception for every way a file can fail.
 *
 * @module
 */
import { diagnostic, type DiagnosticMessageKey, type MessageValues } from "../diagnostics.ts";
import { sha256Hex } from "./hash.ts";
import { decodeWithRuns, type EncodingNote, sniffUtf16 } from "../parse/decode.ts";
import { parseDocuments } from "../parse/parse_document.ts";
import type { Diagnostic, DocumentForm, ParsedDocument } from "../schema.ts";
import { documentForm, formByName, readForm } from "./read_form.ts";
import { renamed } from "./rename.ts";
import type { SheetState } from "./sheet_states.ts";

/** Options of {@linkcode readDocument}. */
export interface ReadDocumentOptions {
  /**
   * Files larger than this many bytes are diagnosed and not read: no project
   * description comes near it, and reading a stray video whole would be a waste.
   * @default {16777216}
   */
  maxBytes?: number;
  /**
   * The file as the record, its rows and its diagnostics name it (e.g.
   * relative to the corpus folder); the path is only read.
   * @default {the path}
   */
  name?: string;
}

/** What became of one input file. */
export interface FileOutcome {
  file: string;
  bytes: number;
  /** SHA-256 of the file's bytes, hex; null when the file was not read. */
  sha256: string | null;
  encoding: string | null;
  /** The project descriptions in the file, in file order: usually one, several when exports were joined, none for an error. */
  documents: ParsedDocument[];
  diagnostics: Diagnostic[];
  /** How the file was read (by its name, else its first bytes: see `read_form.ts`). */
  form?: DocumentForm;
  /**
   * The style sheets a saved page looked for beside it (linked or imported; found or not), as found: what it reads
   * depends on them too, not only on its own bytes (see `sheet_states.ts`). Absent: none (a sheet on the web is none).
   */
  sheets?: SheetState[];
}

/** Default of {@linkcode ReadDocumentOptions.maxBytes}: 16 MiB. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Reads, decodes and parses one file: a text, or a saved web page or PDF
 * print (by its name, else its first bytes). Never throws: an unreadable, empty,
 * binary or oversized file gives an `error` diagnostic and no document. A
 * file of several project descriptions gives each; what the decoder had to
 * repair is an `encoding` warning at its line.
 *
 * @example Usage
 * ```ts
 * import { readDocument } from "./read_document.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const outcome = await readDocument("data/documents/000_0083efce40fb50fc.txt");
 * assertEquals(outcome.documents.map((d) => d.project.project_code), ["S11547"]);
 * ```
 */
export async function readDocument(
  path: string,
  options: ReadDocumentOptions = {},
): Promise<FileOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = options.name ?? path;
  const failed = <K extends DiagnosticMessageKey>(
    bytes: number,
    sha256: string | null,
    key: K,
    ...values: MessageValues<K>
  ): FileOutcome => ({
    file,
    bytes,
    sha256,
    encoding: null,
    documents: [],
    diagnostics: [diagnostic(key, { file }, ...values)],
    form: formByName(file) ?? "text",
  });
  let bytes: Uint8Array;
  let form: DocumentForm = "text";
  try {
    // Opening a FIFO blocks until a writer comes: look before opening (listInputFiles looks too). This one
    // stat also gives the size, which decides whether to read at all. The stat is synchronous (a look at the
    // metadata, no data read) and the read is one asynchronous readFile: read synchronously, a file not in the
    // page cache stalls its worker (measured: twice the time with 2 workers); read in many small asynchronous
    // steps, every step costs its own round trip (measured: twice the CPU of one readFile).
    const info = Deno.statSync(path);
    if (!info.isFile) return failed(0, null, "not_a_regular_file");
    if (info.size > maxBytes) {
      return failed(info.size, null, "file_too_large", info.size, maxBytes);
    }
    bytes = await Deno.readFile(path);
    // Grown past the limit since the stat: too large all the same, not parsed.
    if (bytes.length > maxBytes) return failed(bytes.length, null, "file_too_large", bytes.length, maxBytes);
    // The first bytes decide whether it is text.
    const head = bytes.subarray(0, SNIFF_BYTES);
    form = documentForm(path, head);
    if (form === "text" && looksBinary(head)) {
      return failed(bytes.length, null, "binary_nul_bytes");
    }
  } catch (error) {
    return failed(0, null, "unreadable_file", error instanceof Error ? error.message : String(error));
  }
  // A saved web page or a PDF print: its text is extracted, then read as a text file's (read_form.ts).
  if (form !== "text") return renamed(await readForm(path, form, bytes), path, file);
  const sha256 = sha256Hex(bytes);
  // The scan that tells whether the text needs repair finds what the line splitter looks for too (see `rare_runs.ts`).
  const { result: decoded, runs } = decodeWithRuns(bytes);
  if (decoded.kind === "empty") {
    return failed(bytes.length, sha256, "empty_file");
  }
  if (decoded.kind === "binary") {
    return decoded.controls === null
      ? failed(bytes.length, sha256, "binary_nul_bytes")
      : failed(bytes.length, sha256, "binary_control_characters", decoded.controls, decoded.length);
  }
  const { documents, diagnostics } = parseDocuments(decoded.text, {
    sourceFile: file,
    encoding: decoded.encoding,
    runs,
  });
  const notes = decoded.notes.map((note) => encodingDiagnostic(file, note, documents));
  return {
    file,
    bytes: bytes.length,
    sha256,
    encoding: decoded.encoding,
    documents,
    diagnostics: [...notes, ...diagnostics],
    form,
  };
}

/** A note of the decoder as a diagnostic, with the project of the document its line is in. */
function encodingDiagnostic(file: string, note: EncodingNote, documents: readonly ParsedDocument[]): Diagnostic {
  const inside = documents.find((d) => note.line !== null && d.firstLine <= note.line && note.line <= d.lastLine);
  const project = inside ?? (documents.length === 1 ? documents[0] : undefined);
  const place = { file, line: note.line, project_code: project?.project.project_code ?? null };
  switch (note.kind) {
    case "repaired_bytes":
      return diagnostic("encoding_repaired_bytes", place, note.detail);
    case "c1_controls":
      return diagnostic("encoding_c1_controls", place, note.detail);
    case "bom_mismatch":
      return diagnostic("encoding_bom_mismatch", place);
    case "mac_roman":
      return diagnostic("encoding_mac_roman", place);
    case "dos":
      return diagnostic("encoding_dos", place);
    case "mojibake":
      return diagnostic("encoding_mojibake", place);
    case "quoted_printable":
      return diagnostic("encoding_quoted_printable", place);
  }
}

/** Bytes looked at to tell a text from a binary file. */
const SNIFF_BYTES = 64 * 1024;

/** NUL bytes in a file that is not UTF-16 (by its byte-order mark or its pattern of zero bytes): not text. */
function looksBinary(head: Uint8Array): boolean {
  return head.includes(0) && sniffUtf16(head) === null;
}
