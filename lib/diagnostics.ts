/**
 * Diagnostics: what the tool could not read, or read with doubt, said in
 * one place. {@linkcode DIAGNOSTIC_CODES} is the typed list of codes (with
 * level and meaning; the README's table is generated from it), and
 * {@linkcode diagnostic} the one constructor: it takes a message of
 * `lib/i18n/diagnostics.ts` with its values, sets the code and level that
 * message belongs to, and keeps the values so that the message can be said
 * again in the report's language ({@linkcode localiseDiagnostic}).
 *
 * @example Usage
 * ```ts
 * import { diagnostic, localiseDiagnostic } from "./diagnostics.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const d = diagnostic("empty_file", { file: "a.txt" });
 * assertEquals([d.code, d.level, d.message], ["empty_file", "error", "The file is empty."]);
 * assertEquals(localiseDiagnostic(d, "fi"), "Tiedosto on tyhjä.");
 * ```
 *
 * @module
 */
import { DIAGNOSTIC_MESSAGES, placeNote } from "./i18n/diagnostics.ts";
import type { Language } from "./i18n/mod.ts";
import type { Diagnostic, DocumentForm } from "./schema.ts";

/** A code's level and meaning. */
export interface DiagnosticCodeSpec {
  level: "error" | "warning";
  /** What the code means, for the README's table (English). */
  meaning: string;
}

/** Every diagnostic code, in the order the README lists them. */
// A table, one entry per code: the entries share their shape by design.
export const DIAGNOSTIC_CODES = {
  empty_file: { level: "error", meaning: "the file holds no text to read" },
  binary_file: { level: "error", meaning: "the file is not text (NUL bytes or many control characters)" },
  file_too_large: { level: "error", meaning: "the file is over 16 MiB and was not read" },
  unreadable_file: { level: "error", meaning: "the file could not be opened or is not a regular file" },
  not_a_project_description: { level: "error", meaning: "neither the template header nor a project-code line" },
  missing_project_code: {
    level: "error",
    meaning: "a project description without its code: the row is kept, its identity is not known",
  },
  invalid_record: { level: "error", meaning: "the parsed record does not fit the schema (a bug: please report it)" },
  missing_section: {
    level: "warning",
    meaning: "a section of the template is absent (truncated document?); its values are null",
  },
  missing_field: { level: "warning", meaning: "a field of a present section is absent" },
  unreadable_value: {
    level: "warning",
    meaning:
      "a value that is not a number, date or Kyllä/Ei as expected, a negative amount of funding (no project's funding in all is below zero), a status that names two (`Keskeytynyt (Toiminta päättynyt)`), a gender-equality answer printed only under its question, before it or before its colon, a 2007–2013 class of another theme than its label's, a name that is only a project code, a figure whose label carries a note before its colon that may change what it is (`(1000 €)`, `(arvio)`, a year), an axis or objective number printed with the programme's title of another number, or a funding or indicator figure between a label left empty and a figure under no label (the figures may be shifted one label); it is null",
  },
  unusual_value: {
    level: "warning",
    meaning:
      "a code or business ID of an odd form, a business ID whose check digit is wrong (kept as printed), a code printed with more than the code (read as the code), an end before the start, a line that ends the co-implementers, a figure among the funding or an indicator's figures on a line of its own or under none of the template's labels (not read), a name that starts with a project code (its own or another's; kept as printed)",
  },
  template_mismatch: { level: "warning", meaning: "a 2007 code in a 2014 template, or the reverse" },
  duplicate: { level: "warning", meaning: "another file holds the same project; the message names the file kept" },
  skipped_file: {
    level: "warning",
    meaning: "a hidden file, or one not named `.txt`, `.html`, `.htm` or `.pdf`, in a folder: not read",
  },
  register_mismatch: {
    level: "warning",
    meaning:
      "(register cross-check) a document and the official register disagree on a field; both values given. A document whose name and both dates differ from its code's row is one warning: the code may be another project's",
  },
  register_unreadable: {
    level: "warning",
    meaning:
      "(register loading) a register value that cannot be read, e.g. a broken row, a date outside the programme, a planned or granted amount below zero (a realised one is kept: EURA nets a repayment), or a column the header lacks or names twice; it is null",
  },
  ambiguous_amount: {
    level: "warning",
    meaning:
      "an amount with a comma or dot before exactly three digits (`645,300`, `1.122`): thousands or decimals. Read as the document's other amounts decide (the message says how), else null",
  },
  inconsistent_figures: {
    level: "warning",
    meaning:
      "figures that contradict each other (women more than the total, women and men not adding up to it, EU and state funding more than the public funding it is part of); kept as printed",
  },
  conflicting_values: {
    level: "warning",
    meaning:
      "a field printed twice with different values (an answer or scores printed again on the line under them, or before the colon too): null, the message names each value and its line; the sustainability score columns' header printed both ways: a criterion's scores that differ are null",
  },
  encoding: {
    level: "warning",
    meaning:
      "the text was not cleanly in one encoding (bytes that are not UTF-8, C1 control characters, UTF-8 once read as Windows-1252, a UTF-8 byte-order mark on a Windows-1252 text, Mac Roman): what was repaired, and where",
  },
  several_documents: {
    level: "warning",
    meaning: "the file holds more than one project description (concatenated exports); each is read as its own row",
  },
  column_layout: {
    level: "warning",
    meaning:
      "the text has its labels and values in columns of spaces, as `pdftotext -layout` writes a print: labels wrapped in their column lose their values (null, with their own warnings); read the PDF itself or convert it without `-layout`",
  },
  page_furniture: {
    level: "warning",
    meaning:
      "a print's text (pages apart by form feeds, as `pdftotext` writes them): its page headers, footers and numbers were left out; the message names their lines",
  },
  unreadable_folder: {
    level: "error",
    meaning: "a folder that could not be listed (permissions) or whose name is not UTF-8: its files are missing",
  },
  skipped_folder: {
    level: "warning",
    meaning: "a hidden folder, or a link to a folder read already (a loop), not read",
  },
  register_duplicate: {
    level: "warning",
    meaning:
      "(register loading) a project code listed twice; the message names the row used. A value the two rows give differently is null",
  },
  register_encoding: {
    level: "warning",
    meaning: "(register loading) lines that are not UTF-8 in a UTF-8 file, read as Windows-1252",
  },
  no_text_layer: {
    level: "error",
    meaning: "a PDF whose pages hold only images (a scan): no text, so no figure; OCR it or use the text version",
  },
  ocr_text: {
    level: "warning",
    meaning:
      "a PDF whose text, on the pages the message names, is an invisible OCR layer over a scan (text render mode 3): its figures are read as the recogniser read them, and a recogniser may misread digits; check them against the print",
  },
  unreadable_document: {
    level: "error",
    meaning:
      "a web page or PDF that gives no text: not a page or PDF, damaged, cut short (a PDF), encrypted, not read within 30 seconds, a page whose style sheets' selectors would take too long to evaluate, or a page whose style hides its whole body (a browser shows nothing of it)",
  },
  incomplete_document: {
    level: "warning",
    meaning:
      'a PDF page that could not be read; a web page cut short (its last line is not read) or without the project-description heading; an element of a web page that a style rule may hide, or may show though the page hides it, by a selector or a condition a saved page cannot answer (`:target`, `@media (min-width: 1400px)`), a value whose label the page hides, text in its background\'s colour (white on white, black on black), or a block whose first line an indent moves off the screen while it holds more lines: its text is left out, read as `[?]`, so no figure comes from it; a style sheet a web page applies on screen (`<link rel="stylesheet">`, `@import`) that was not read (not saved in its folder, on the web, outside the folder, no readable file, past the import limits) or whose bytes are not all of its encoding: what it may hide is read as shown',
  },
} as const satisfies Record<string, DiagnosticCodeSpec>;

/** A diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

type MessageTable = typeof DIAGNOSTIC_MESSAGES.en;
/** A message a diagnostic can say. */
export type DiagnosticMessageKey = keyof MessageTable;
/** The values a message shows. */
export type MessageValues<K extends DiagnosticMessageKey> = Parameters<MessageTable[K]>;

/** Which code each message belongs to. */
export const MESSAGE_CODES = {
  empty_file: "empty_file",
  binary_nul_bytes: "binary_file",
  binary_control_characters: "binary_file",
  file_too_large: "file_too_large",
  not_a_regular_file: "unreadable_file",
  unreadable_file: "unreadable_file",
  not_a_project_description: "not_a_project_description",
  missing_project_code: "missing_project_code",
  invalid_record: "invalid_record",
  missing_section: "missing_section",
  missing_section_near: "missing_section",
  missing_field: "missing_field",
  missing_fund: "missing_field",
  missing_women: "missing_field",
  no_sustainability_scores: "missing_field",
  unreadable_value: "unreadable_value",
  value_at_cut: "unreadable_value",
  value_at_document_end: "unreadable_value",
  coded_title_without_number: "unreadable_value",
  coded_title_of_another: "unreadable_value",
  coded_title_of_axis: "unreadable_value",
  coded_title_of_objective: "unreadable_value",
  unreadable_sustainability_line: "unreadable_value",
  shifted_figure: "unreadable_value",
  stray_figure: "unusual_value",
  figure_under_other_label: "unusual_value",
  unusual_project_code: "unusual_value",
  name_with_own_code: "unusual_value",
  name_with_other_code: "unusual_value",
  unusual_business_id: "unusual_value",
  business_id_check_digit: "unusual_value",
  unknown_status: "unusual_value",
  end_before_start: "unusual_value",
  template_mismatch: "template_mismatch",
  duplicate_identical: "duplicate",
  duplicate_differs: "duplicate",
  duplicate_same_file: "duplicate",
  skipped_file: "skipped_file",
  register_mismatch: "register_mismatch",
  register_other_project: "register_mismatch",
  register_row_without_code: "register_unreadable",
  register_unreadable_value: "register_unreadable",
  register_unknown_fund: "register_unreadable",
  ambiguous_amount_decided: "ambiguous_amount",
  ambiguous_amount: "ambiguous_amount",
  women_exceed_total: "inconsistent_figures",
  men_exceed_total: "inconsistent_figures",
  parts_do_not_add_up: "inconsistent_figures",
  part_exceeds_total: "inconsistent_figures",
  conflicting_values: "conflicting_values",
  score_columns_both_ways: "conflicting_values",
  encoding_repaired_bytes: "encoding",
  encoding_c1_controls: "encoding",
  encoding_bom_mismatch: "encoding",
  encoding_mac_roman: "encoding",
  encoding_dos: "encoding",
  encoding_quoted_printable: "encoding",
  encoding_mojibake: "encoding",
  several_documents: "several_documents",
  several_documents_first_only: "several_documents",
  page_furniture: "page_furniture",
  column_layout: "column_layout",
  normalised_project_code: "unusual_value",
  ambiguous_project_code: "unusual_value",
  co_implementers_end: "unusual_value",
  co_implementer_text_left_out: "unusual_value",
  co_implementer_stray_id: "unusual_value",
  value_may_go_on: "unusual_value",
  skipped_hidden_file: "skipped_file",
  special_file: "unreadable_file",
  broken_link: "unreadable_file",
  link_loop: "unreadable_file",
  file_name_not_utf8: "unreadable_file",
  unreadable_folder: "unreadable_folder",
  folder_name_not_utf8: "unreadable_folder",
  skipped_hidden_folder: "skipped_folder",
  folder_read_already: "skipped_folder",
  register_truncated_row: "register_unreadable",
  register_extra_fields: "register_unreadable",
  register_missing_column: "register_unreadable",
  register_column_twice: "register_unreadable",
  register_date_outside: "register_unreadable",
  register_duplicate_identical: "register_duplicate",
  register_duplicate_differs: "register_duplicate",
  register_mixed_encoding: "register_encoding",
  no_text_layer: "no_text_layer",
  not_a_pdf: "unreadable_document",
  pdf_damaged: "unreadable_document",
  pdf_encrypted: "unreadable_document",
  pdf_timeout: "unreadable_document",
  html_not_a_page: "unreadable_document",
  html_no_text: "unreadable_document",
  html_too_deep: "unreadable_document",
  html_style_too_costly: "unreadable_document",
  html_page_hidden: "unreadable_document",
  extraction_error: "unreadable_document",
  pdf_truncated: "unreadable_document",
  pdf_page_unreadable: "incomplete_document",
  pdf_text_layers: "unusual_value",
  pdf_ocr_text: "ocr_text",
  html_no_heading: "incomplete_document",
  html_truncated: "incomplete_document",
  extraction_warning: "incomplete_document",
  html_charset_mismatch: "encoding",
  html_unknown_charset: "encoding",
  html_undecodable_bytes: "encoding",
  html_mojibake: "encoding",
  html_deleted_text: "unusual_value",
  html_doubtful_hiding: "incomplete_document",
  html_unlabelled_value: "incomplete_document",
  html_doubtful_showing: "incomplete_document",
  html_same_colour: "incomplete_document",
  html_first_line_hidden: "incomplete_document",
  html_sheet_not_read: "incomplete_document",
  duplicate_other_form: "duplicate",
} as const satisfies Record<DiagnosticMessageKey, DiagnosticCode>;

/** Where a diagnostic points: the file, the line (null for the whole file) and the project, when known. */
export interface DiagnosticPlace {
  file: string;
  line?: number | null;
  project_code?: string | null;
  /** The form of the file, when it is a saved web page or a PDF print: the message says so. */
  form?: DocumentForm | null;
  /** For a PDF print: the page `line` is on (`line` then counts the lines printed on that page). */
  page?: number | null;
}

/**
 * A diagnostic as made by {@linkcode diagnostic}: the record, the message's
 * key and values, and, for a web page or PDF, its form and page.
 */
export type KeyedDiagnostic = Diagnostic & {
  key: DiagnosticMessageKey;
  values: unknown[];
  form?: DocumentForm | null;
  page?: number | null;
};

/**
 * Makes a diagnostic: the message (in English in `message`), its code and
 * level, at the place given.
 */
export function diagnostic<K extends DiagnosticMessageKey>(
  key: K,
  place: DiagnosticPlace,
  ...given: MessageValues<K>
): KeyedDiagnostic {
  const code = MESSAGE_CODES[key];
  const say = DIAGNOSTIC_MESSAGES.en[key] as (...args: unknown[]) => string;
  // No value of any diagnostic is copied past a path's longest (a register's field, a document's value quoted by a
  // check outside the parser); the parser quotes a document's values shorter (see `quotable`).
  const values = given.map((value) => quotable(value, LONGEST_QUOTED)) as MessageValues<K>;
  return {
    file: place.file,
    line: place.line ?? null,
    level: DIAGNOSTIC_CODES[code].level,
    code,
    message: say(...values) + placeNote(place, "en"),
    project_code: place.project_code ?? null,
    key,
    values,
    ...(place.form && place.form !== "text" ? { form: place.form, page: place.page ?? null } : {}),
  };
}

/** The most characters of a document's text a diagnostic quotes: a value is named for finding it, not copied whole. */
const QUOTED_MAX = 300;
/** The most characters of any value a diagnostic keeps: a file's path whole (4,096 is the longest Linux allows). */
const LONGEST_QUOTED = 4096;

/**
 * A value of a document as a diagnostic quotes it: a text past {@linkcode QUOTED_MAX} cut with "…", and so each text
 * of a list or of an object's fields (a value's problem: its key and raw text), one level down. For what a document
 * prints, never for names the tool gives (files, columns): those are said whole.
 */
export function quotable(value: unknown, max: number = QUOTED_MAX, depth = 0): unknown {
  if (typeof value === "string") {
    // A tab of cells side by side (kept in the lines for the figure readers) shown as the cells' border.
    const shown = value.includes("\t") ? value.replace(/\s*\t\s*/g, " | ") : value;
    return shown.length > max ? `${shown.slice(0, max)}…` : shown;
  }
  if (depth > 0 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => quotable(item, max, 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, quotable(field, max, 1)]));
}

/** The diagnostic's message in the language; a diagnostic made without a key keeps its message. */
export function localiseDiagnostic(d: Diagnostic, lang: Language): string {
  const keyed = d as Partial<KeyedDiagnostic>;
  if (keyed.key === undefined || !(keyed.key in DIAGNOSTIC_MESSAGES[lang])) return d.message;
  const say = DIAGNOSTIC_MESSAGES[lang][keyed.key] as (...args: unknown[]) => string;
  return say(...(keyed.values ?? [])) + placeNote({ line: d.line, form: keyed.form, page: keyed.page }, lang);
}

/** The diagnostic as the record of the schema, without the message's key and values (for files). */
export function diagnosticRecord(d: Diagnostic): Diagnostic {
  return { file: d.file, line: d.line, level: d.level, code: d.code, message: d.message, project_code: d.project_code };
}

/** The README's table of codes, as Markdown. */
export function diagnosticCodeTable(): string {
  const rows = Object.entries(DIAGNOSTIC_CODES).map(([code, { level, meaning }]) =>
    `| ${level} | \`${code}\` | ${meaning.replaceAll("|", "\\|")} |`
  );
  return ["| level | code | meaning |", "| --- | --- | --- |", ...rows].join("\n") + "\n";
}
