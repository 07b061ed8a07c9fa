/**
 * Reading the forms a project description comes in besides text: a page
 * saved from the browser (HTML) and a print to PDF. The form is told by the
 * file's name, else by its first bytes; the document's text is extracted
 * (`lib/parse/html_text.ts`, `lib/parse/pdf_text.ts`) and parsed by the same
 * code as a text file; then every line number is put back to where the text
 * is in the file: the line of the HTML source, or a PDF's page and the line
 * on that page. What the extraction met becomes diagnostics.
 *
 * @module
 */
import {
  diagnostic,
  type DiagnosticMessageKey,
  type DiagnosticPlace,
  type KeyedDiagnostic,
  type MessageValues,
} from "../diagnostics.ts";
import type { ExtractionProblem } from "../parse/_lines.ts";
import { declaredCharset } from "../parse/html_charset.ts";
import { recordingReader, type SheetState } from "./sheet_states.ts";
import { parseDocuments } from "../parse/parse_document.ts";
import type { Diagnostic, DocumentForm, ParsedDocument, SourceLines } from "../schema.ts";
import { sha256Hex } from "./hash.ts";
import type { FileOutcome } from "./read_document.ts";

/** The form a file's name says, or null for a name of none of them. */
export function formByName(file: string): DocumentForm | null {
  const extension = file.match(/\.([^./]+)$/)?.[1]?.toLowerCase();
  if (extension === "txt") return "text";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "pdf") return "pdf";
  return null;
}

/**
 * The form of a file: by its name (`.txt`, `.html`/`.htm`, `.pdf`), else
 * (a file named on the command line) by its first bytes: `%PDF-` a PDF,
 * `<!doctype html` or `<html` a web page, anything else text.
 *
 * @example Usage
 * ```ts
 * import { documentForm } from "./read_form.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const bytes = (text: string) => new TextEncoder().encode(text);
 * assertEquals(documentForm("a.PDF", bytes("")), "pdf");
 * assertEquals(documentForm("download", bytes("%PDF-1.4\n")), "pdf");
 * assertEquals(documentForm("page.php", bytes("\uFEFF <!DOCTYPE html><html>")), "html");
 * assertEquals(documentForm("S11547", bytes("Projektikoodi: S11547")), "text");
 * ```
 */
export function documentForm(file: string, head: Uint8Array): DocumentForm {
  const named = formByName(file);
  if (named !== null) return named;
  const start = new TextDecoder("latin1").decode(head.subarray(0, 256)).replace(/^(?:\xEF\xBB\xBF)?\s*/, "");
  if (start.startsWith("%PDF-")) return "pdf";
  if (/^(?:<!doctype\s+html|<html[\s>])/i.test(start)) return "html";
  return "text";
}

/** The end of a saved page (UTF-16 read with its NUL bytes dropped): a page without it is cut short. */
const ENDS_PAGE = /<\/(?:html|body)\s*>/i;

/** Where a line of the extracted text is in the file. */
interface Origin {
  line: number;
  page: number | null;
}

/** The text of a web page or PDF, and where each of its lines is in the file. */
interface Extracted {
  text: string;
  encoding: string;
  origins: Origin[];
  problems: ExtractionProblem[];
  /** The PDF's pages; null for a web page. */
  pages: number | null;
  /** The style sheets a web page looked for beside it, as found (see `FileOutcome.sheets`). */
  sheets: SheetState[];
}

/**
 * The text of a web page or PDF. Their readers are loaded when first needed: most corpora are text files, and every
 * worker thread loads what the reading imports (a worker reading one text file, eight starts each, alternating:
 * 99–119 ms to its answer and 80–90 ms of CPU, against 119–148 ms and 80–120 ms).
 */
async function extract(form: "html" | "pdf", bytes: Uint8Array, path: string): Promise<Extracted> {
  if (form === "html") {
    const { htmlToText } = await import("../parse/html_text.ts");
    const sheets: SheetState[] = [];
    const page = htmlToText(bytes, { linkedSheet: recordingReader(path, sheets) });
    return {
      text: page.text,
      encoding: page.encoding ?? "utf-8",
      origins: page.lineOrigins.map((line) => ({ line, page: null })),
      problems: page.problems,
      pages: null,
      sheets,
    };
  }
  const { pdfToText } = await import("../parse/pdf_text.ts");
  const pdf = await pdfToText(bytes);
  return {
    text: pdf.text,
    encoding: "pdf",
    origins: pdf.lineOrigins,
    problems: pdf.problems,
    pages: pdf.pages,
    sheets: [],
  };
}

/**
 * Reads a saved web page or a PDF print whose bytes are read (`file` its path: a page's linked style sheets are
 * read from beside it, see `linked_sheet.ts`): extracts its
 * text, parses it, and puts every line back to its place in the file. Never
 * throws: a file that gives no text (a scan, a damaged or encrypted PDF,
 * bytes that are no page) is an error diagnostic and no document.
 */
export async function readForm(file: string, form: "html" | "pdf", bytes: Uint8Array): Promise<FileOutcome> {
  const sha256 = sha256Hex(bytes);
  const extracted = await extract(form, bytes, file);
  const { origins, encoding } = extracted;
  let { text } = extracted;
  if (form === "html" && text !== "" && !ENDS_PAGE.test(new TextDecoder("latin1").decode(bytes).replaceAll("\0", ""))) {
    // A page cut short: its last line may be cut inside a value ("645 3" of "645 300"), so it is not read.
    extracted.problems.push({ level: "warning", code: "truncated_html", message: "", line: origins.at(-1)!.line });
    text = text.split("\n").slice(0, -1).join("\n");
  }
  const at = (line: number): Origin => origins[Math.min(Math.max(line, 1), origins.length) - 1] ?? { line, page: null };
  // A print cut short cannot be opened either: saying it is cut short says why.
  const truncated = extracted.problems.some((problem) => problem.code === "truncated_pdf");
  const problems = extracted.problems
    .filter((problem) => !(truncated && problem.code === "damaged_pdf" && problem.level === "error"))
    .map((problem) => problemDiagnostic(file, form, problem, bytes, extracted));
  const base = {
    file,
    bytes: bytes.length,
    sha256,
    form,
    ...extracted.sheets.length > 0 ? { sheets: extracted.sheets } : {},
  };
  if (text === "" || problems.some((d) => d.level === "error")) {
    if (!problems.some((d) => d.level === "error")) {
      problems.push(diagnostic(form === "pdf" ? "pdf_damaged" : "html_no_text", { file, form }));
    }
    return { ...base, encoding: null, documents: [], diagnostics: problems };
  }
  const parsed = parseDocuments(text, { sourceFile: file, encoding });
  const documents = parsed.documents.map((document) => relocated(document, form, at));
  const diagnostics = parsed.diagnostics.map((d) => relocatedDiagnostic(d, form, at));
  return { ...base, encoding, documents, diagnostics: [...problems, ...diagnostics] };
}

/** The document with every line of the extracted text put back to its place in the file. */
function relocated(document: ParsedDocument, form: "html" | "pdf", at: (line: number) => Origin): ParsedDocument {
  const pdf = form === "pdf";
  const place = <R extends { source_line: number | null }>(row: R): R & { source_page?: number | null } => {
    if (row.source_line === null) return pdf ? { ...row, source_page: null } : row;
    const origin = at(row.source_line);
    return { ...row, source_line: origin.line, ...(pdf ? { source_page: origin.page } : {}) };
  };
  const sourceLines: SourceLines = {};
  const sourcePages: SourceLines = {};
  for (const [column, line] of Object.entries(document.sourceLines) as [keyof SourceLines, number][]) {
    sourceLines[column] = at(line).line;
    if (pdf) sourcePages[column] = at(line).page ?? undefined;
  }
  return {
    ...document,
    sourceLines,
    areas: document.areas.map(place),
    sustainabilityScores: document.sustainabilityScores.map(place),
    genderEquality: document.genderEquality.map(place),
    contacts: document.contacts.map(place),
    firstLine: at(document.firstLine).line,
    lastLine: at(document.lastLine).line,
    form,
    ...(pdf ? { sourcePages, firstPage: at(document.firstLine).page ?? undefined } : {}),
  };
}

/** Messages whose values hold line numbers of the text: (key, index of the value that is a list of lines). */
const LINE_VALUES: Partial<Record<DiagnosticMessageKey, number>> = {
  several_documents: 2,
  several_documents_first_only: 1,
  conflicting_values: 3,
};

/** A diagnostic of the parser, said again at its place in the file (the lines its message names too). */
function relocatedDiagnostic(d: Diagnostic, form: "html" | "pdf", at: (line: number) => Origin): Diagnostic {
  const keyed = d as Partial<KeyedDiagnostic>;
  const origin = d.line === null ? null : at(d.line);
  const place: DiagnosticPlace = {
    file: d.file,
    line: origin?.line ?? null,
    project_code: d.project_code,
    form,
    page: origin?.page ?? null,
  };
  if (keyed.key === undefined) return { ...d, line: place.line ?? null };
  const values = [...keyed.values ?? []];
  const index = LINE_VALUES[keyed.key];
  if (index !== undefined && Array.isArray(values[index])) {
    values[index] = (values[index] as number[]).map((line) => at(line).line);
  }
  return diagnostic(keyed.key, place, ...(values as MessageValues<typeof keyed.key>));
}

/** A problem of the extraction as a diagnostic. A problem's line is an HTML source line, or a PDF's page. */
function problemDiagnostic(
  file: string,
  form: "html" | "pdf",
  problem: ExtractionProblem,
  bytes: Uint8Array,
  { encoding, pages }: Extracted,
): KeyedDiagnostic {
  const place: DiagnosticPlace = form === "pdf"
    ? { file, form, page: problem.line }
    : { file, form, line: problem.line };
  const declared = () => declaredCharset(bytes)?.label ?? "?";
  switch (problem.code) {
    case "empty_file":
      return diagnostic("empty_file", place);
    case "no_text_layer":
      return diagnostic("no_text_layer", place, pages ?? 0);
    case "not_pdf":
      return diagnostic("not_a_pdf", place);
    case "damaged_pdf":
      return problem.level === "error" ? diagnostic("pdf_damaged", place) : diagnostic("pdf_page_unreadable", place);
    case "text_layers":
      return diagnostic("pdf_text_layers", place);
    case "ocr_text":
      return diagnostic("pdf_ocr_text", place, problem.detail ?? "");
    case "encrypted_pdf":
      return diagnostic("pdf_encrypted", place);
    case "timeout":
      return diagnostic("pdf_timeout", place, Number(problem.message.match(/(\d+) ms/)?.[1] ?? 0) / 1000);
    case "truncated_pdf":
      return diagnostic("pdf_truncated", place);
    case "truncated_html":
      return diagnostic("html_truncated", place);
    case "not_html":
    case "unreadable_html":
      return diagnostic("html_not_a_page", place);
    case "no_text":
      return diagnostic("html_no_text", place);
    case "html_too_deep":
      return diagnostic("html_too_deep", place);
    case "style_cost":
      return diagnostic("html_style_too_costly", place);
    case "no_document_heading":
      return diagnostic("html_no_heading", place);
    case "charset_mismatch":
      return diagnostic("html_charset_mismatch", place, declared(), encoding);
    case "unknown_charset":
      return diagnostic("html_unknown_charset", place, declared());
    case "undecodable_bytes":
      return diagnostic("html_undecodable_bytes", place, encoding);
    case "mojibake_repaired":
      return diagnostic("encoding_mojibake", place);
    case "mojibake":
      return diagnostic("html_mojibake", place);
    case "deleted_text":
      return diagnostic("html_deleted_text", place);
    case "doubtful_hiding":
      return diagnostic("html_doubtful_hiding", place, problem.detail ?? "");
    case "page_hidden":
      return diagnostic("html_page_hidden", place, problem.detail ?? "");
    case "doubtful_showing":
      return diagnostic("html_doubtful_showing", place, problem.detail ?? "");
    case "same_colour":
      return diagnostic("html_same_colour", place);
    case "first_line_hidden":
      return diagnostic("html_first_line_hidden", place);
    case "unlabelled_value":
      return diagnostic("html_unlabelled_value", place);
    case "sheet_not_read": {
      const { sheet, reason, via, encoding, count, limit } = problem.unread!;
      const [from, at] = [via?.sheet ?? "", via?.line ?? 0];
      return diagnostic("html_sheet_not_read", place, sheet, reason, from, at, encoding ?? "", count ?? 0, limit ?? 0);
    }
    default:
      return problem.level === "error"
        ? diagnostic("extraction_error", place, problem.message)
        : diagnostic("extraction_warning", place, problem.message);
  }
}
