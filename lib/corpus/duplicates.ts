/**
 * Collecting read files into a corpus: one document per project code, the
 * other files holding the same project named as duplicates.
 *
 * @module
 */
import { diagnostic } from "../diagnostics.ts";
import { z } from "zod";
import { type CorpusFile, type Diagnostic, DOCUMENT_FORMS, type ParsedDocument, ProjectSchema } from "../schema.ts";
import type { Corpus } from "./load_corpus.ts";
import type { FileOutcome } from "./read_document.ts";

/** One document of a read file, with the diagnostics that concern it. */
export interface Candidate {
  outcome: FileOutcome;
  document: ParsedDocument;
  diagnostics: number;
}

/** The document of the file as a candidate for keeping. */
export function candidate(outcome: FileOutcome, document: ParsedDocument): Candidate {
  return { outcome, document, diagnostics: ownDiagnostics(outcome, document) };
}

/**
 * Orders two candidates of one project code, the kept one first: fewer diagnostics, then the form nearer the
 * source, then the file's name, then the first line. A candidate after another is never kept.
 */
export function keptFirst(a: Candidate, b: Candidate): number {
  return a.diagnostics - b.diagnostics ||
    formRank(a.outcome) - formRank(b.outcome) ||
    (a.outcome.file < b.outcome.file ? -1 : a.outcome.file > b.outcome.file ? 1 : 0) ||
    a.document.firstLine - b.document.firstLine;
}

/** How two copies of a project differ: the columns whose values differ, and of them those both copies give. */
export interface Difference {
  columns: string[];
  /** Differing columns where each copy gives a value (a value against a value, not against a gap). */
  bothGiven: string[];
}

/** Pairs of a kept document and a duplicate of it, and for each pair how they differ. */
export type DifferingPairs = (pairs: readonly (readonly [ParsedDocument, ParsedDocument])[]) => Difference[];

/**
 * Resolves duplicates among read files and collects the corpus. Every
 * document of every file is a candidate (a file can hold several); one
 * document per project code is kept, the others are named as duplicates.
 * `differing` compares all pairs at once (the frames compare them column
 * by column, not holding every row at once).
 */
export function assembleCorpus(
  outcomes: readonly FileOutcome[],
  differing: DifferingPairs = (pairs) => pairs.map(([kept, other]) => differingColumns(kept, other)),
): Corpus {
  const { documents, diagnostics, files } = resolveDuplicates(outcomes, differing);
  return { documents, diagnostics, files };
}

/** The corpus {@linkcode assembleCorpus} collects, and the diagnostics it made for the duplicates among them. */
export interface Resolution extends Corpus {
  /** The duplicates' diagnostics, in the order they were made (by project code); also in `diagnostics`. */
  duplicates: Diagnostic[];
}

/** {@linkcode assembleCorpus}, the duplicates' own diagnostics given apart too (the parse cache keeps them). */
export function resolveDuplicates(outcomes: readonly FileOutcome[], differing: DifferingPairs): Resolution {
  const diagnostics: Diagnostic[] = outcomes.flatMap((outcome) => outcome.diagnostics);
  const byCode = new Map<string, Candidate[]>();
  const withoutCode: Candidate[] = [];
  for (const outcome of outcomes) {
    for (const document of outcome.documents) {
      const one = candidate(outcome, document);
      const code = document.project.project_code;
      if (!code) withoutCode.push(one);
      else {
        const candidates = byCode.get(code);
        if (candidates) candidates.push(one);
        else byCode.set(code, [one]);
      }
    }
  }
  /** Per document: null when it is kept, else the file of the kept copy. */
  const fate = new Map<ParsedDocument, string | null>();
  const documents: ParsedDocument[] = [];
  const duplicates: { code: string; kept: Candidate; other: Candidate }[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const candidates = byCode.get(code)!;
    const [kept, ...others] = candidates.length === 1 ? candidates : [...candidates].sort(keptFirst);
    documents.push(kept!.document);
    fate.set(kept!.document, null);
    for (const other of others) {
      fate.set(other.document, kept!.outcome.file);
      duplicates.push({ code, kept: kept!, other });
    }
  }
  const differences = differing(duplicates.map(({ kept, other }) => [kept.document, other.document] as const));
  const made = duplicates.map(({ code, kept, other }, i) => {
    const { columns, bothGiven } = differences[i]!;
    const place = {
      file: other.outcome.file,
      line: other.document.sourceLines.project_code,
      project_code: code,
      form: other.document.form,
      page: other.document.sourcePages?.project_code,
    };
    const [keptForm, form] = [kept.outcome.form ?? "text", other.outcome.form ?? "text"];
    // A figure one copy gives and the other gives otherwise: which is right, the documents do not say. Not read in
    // the kept record either (the frames make it null from this diagnostic, see lib/frame/disagreeing_copies.ts).
    const notRead = figuresNotRead(bothGiven);
    for (const column of notRead) (kept.document.project as Record<string, unknown>)[column] = null;
    return keptForm !== form
      ? diagnostic("duplicate_other_form", place, code, kept.outcome.file, keptForm, form, columns, notRead)
      : columns.length === 0
      ? diagnostic("duplicate_identical", place, code, kept.outcome.file)
      : diagnostic("duplicate_differs", place, code, kept.outcome.file, columns, notRead);
  });
  // Documents without a code: a copy of one is known only by its bytes. The same document of a byte-identical file
  // is a duplicate of it (counted once); any other is its own row.
  const sameFiles = Map.groupBy(withoutCode, (one) => sameFileKey(one.outcome, one.document) ?? one);
  for (const copies of sameFiles.values()) {
    const [kept, ...others] = copies.length === 1 ? copies : [...copies].sort(keptFirst);
    fate.set(kept!.document, null);
    for (const other of others) {
      fate.set(other.document, kept!.outcome.file);
      const place = { file: other.outcome.file, line: other.document.firstLine, project_code: null };
      made.push(diagnostic("duplicate_same_file", place, kept!.outcome.file));
    }
  }
  pushAll(diagnostics, made);
  for (const { document } of withoutCode) if (fate.get(document) === null) documents.push(document);
  const files = outcomes.flatMap((outcome) =>
    fileRecords(
      outcome,
      outcome.documents.map((document) => ({
        project_code: document.project.project_code,
        firstLine: document.firstLine,
        firstPage: document.firstPage,
      })),
      outcome.documents.map((document) => fate.get(document)!),
    )
  );
  return { documents, diagnostics: diagnostics.sort(byFileAndLine), files, duplicates: made };
}

/**
 * What makes a document without a project code the same as another: its file's bytes (SHA-256) and its place among
 * the file's documents. Null for a file not read whole (no hash).
 */
export function sameFileKey(
  file: { sha256: string | null; documents: readonly unknown[] },
  document: unknown,
): string | null {
  return file.sha256 === null ? null : `${file.sha256}#${file.documents.indexOf(document)}`;
}

/** What the `files` table says of a document: its code, first line, and first page (a PDF print). */
export interface DocumentPlace {
  project_code: string | null;
  firstLine: number;
  firstPage?: number;
}

/**
 * The rows of the `files` table for a read file: one per document, or one `error` row when it has none. `keptFiles`
 * gives, per document, the file of the copy kept instead (a duplicate), or null (kept).
 */
export function fileRecords(
  outcome: Pick<FileOutcome, "file" | "bytes" | "sha256" | "encoding" | "form">,
  documents: readonly DocumentPlace[],
  keptFiles: readonly (string | null)[],
): CorpusFile[] {
  const { file, bytes, sha256, encoding } = outcome;
  const form = outcome.form ?? null;
  if (documents.length === 0) {
    return [{
      file,
      bytes,
      sha256,
      encoding,
      project_code: null,
      outcome: "error" as const,
      kept_file: null,
      first_line: null,
      form,
      first_page: null,
    }];
  }
  // Written out, not spread: ten thousand rows of a cached re-run are made in code not yet optimised.
  return documents.map((document, d) => ({
    file,
    bytes,
    sha256,
    encoding,
    project_code: document.project_code,
    outcome: keptFiles[d] === null ? "project" as const : "duplicate" as const,
    kept_file: keptFiles[d]!,
    first_line: document.firstLine,
    form,
    first_page: document.firstPage ?? null,
  }));
}

/** How many of the file's diagnostics concern the document: all of a one-document file's, else those on its lines. */
function ownDiagnostics(outcome: FileOutcome, document: ParsedDocument): number {
  if (outcome.documents.length === 1) return outcome.diagnostics.length;
  return outcome.diagnostics.filter((d) =>
    d.line === null
      ? d.project_code === document.project.project_code
      : document.firstLine <= d.line && d.line <= document.lastLine
  ).length;
}

/**
 * The project columns that are figures or dates (counts, euros, ISO dates): what two copies of a project must agree
 * on to be read (see {@linkcode figuresNotRead}).
 */
const PROJECT_FIGURES: ReadonlySet<string> = new Set(
  Object.entries(ProjectSchema.shape).filter(([, field]) => {
    const inner: z.ZodType = field instanceof z.ZodNullable ? field.unwrap() : field;
    const def = inner.def as { type: string; format?: string };
    return def.type === "number" || (def.type === "string" && def.format === "date");
  }).map(([name]) => name),
);

/**
 * Of the columns two copies of a project give different values in, those not read: the figures and dates (which
 * copy is right, the documents do not say; the frames make them null, see `lib/frame/disagreeing_copies.ts`).
 * Texts that differ stay as the kept copy prints them.
 *
 * @example Usage
 * ```ts
 * import { figuresNotRead } from "./duplicates.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(figuresNotRead(["name", "funding_public_actual", "end_date"]), ["funding_public_actual", "end_date"]);
 * ```
 */
export function figuresNotRead(columns: readonly string[]): string[] {
  return columns.filter((column) => PROJECT_FIGURES.has(column));
}

/** Columns that name where a row came from: two copies of one document differ in them and are still identical. */
export const PROVENANCE_COLUMNS: ReadonlySet<string> = new Set(["source_file", "source_encoding"]);

/** The columns of the projects whose values differ (provenance aside), and of them those both give. */
export function differingColumns(a: ParsedDocument, b: ParsedDocument): Difference {
  const value = (document: ParsedDocument, column: string) => document.project[column as keyof typeof a.project];
  const columns = Object.keys(a.project).filter((column) =>
    !PROVENANCE_COLUMNS.has(column) && JSON.stringify(value(a, column)) !== JSON.stringify(value(b, column))
  );
  return { columns, bothGiven: columns.filter((column) => value(a, column) != null && value(b, column) != null) };
}

export function byFileAndLine(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  // A PDF's diagnostics count lines on their page: page first.
  return pageOf(a) - pageOf(b) || (a.line ?? 0) - (b.line ?? 0);
}

const pageOf = (d: Diagnostic) => (d as { page?: number | null }).page ?? 0;

/** On a tie, the text is kept before a saved page, and a page before a PDF print: the nearer the source, the better. */
function formRank(outcome: FileOutcome): number {
  return DOCUMENT_FORMS.indexOf(outcome.form ?? "text");
}

/**
 * Appends the items to the list one by one: `list.push(...items)` passes each item as an argument, and past some
 * 125,000 of them V8 throws a RangeError (a corpus of that many duplicates or diagnostics).
 */
export function pushAll<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}
