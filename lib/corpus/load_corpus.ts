/**
 * Loading a corpus: every project description under the given files and
 * folders, one document per project, duplicates resolved and named.
 *
 * @module
 */
import { type FileOutcome, readDocument, type ReadDocumentOptions } from "./read_document.ts";
import type { Diagnostic, ParsedDocument } from "../schema.ts";

/** Options of {@linkcode loadCorpus}. */
export interface LoadCorpusOptions extends ReadDocumentOptions {
  /**
   * Worker threads that read and parse files in parallel; 0 reads in this
   * thread. A worker that fails leaves its files to this thread, so none is lost.
   * @default {corpora of 200 files or more: one per core, at most 4; else 0}
   */
  workers?: number;
  /**
   * Called after each file is read, with the number read so far and the total.
   * @default {undefined}
   */
  onProgress?: (done: number, total: number) => void;
}

/** The parsed corpus: one document per project, every file accounted for. */
export interface Corpus {
  /** One document per project code, ordered by project code (documents without a code last, by file). */
  documents: ParsedDocument[];
  /** Every diagnostic, ordered by file and line. */
  diagnostics: Diagnostic[];
  /** Every input file and what became of it. */
  files: CorpusFile[];
}

/** An input file and its fate: a project row, a duplicate of another file, or an error. */
export interface CorpusFile {
  file: string;
  bytes: number;
  sha256: string | null;
  encoding: string | null;
  outcome: "project" | "duplicate" | "error";
  project_code: string | null;
  /** For a duplicate: the file whose record was kept. */
  kept_file: string | null;
}

/** Files read at once in one thread. */
const READ_CONCURRENCY = 8;
/** Corpora this large are read in worker threads by default. */
const WORKER_THRESHOLD = 200;
/** Files a worker is given at a time. */
const WORKER_BATCH = 100;

/** Reads the files in this thread, a few at a time; outcomes keep the path order. */
async function readHere(
  files: readonly string[],
  options: LoadCorpusOptions,
  report: () => void = countingProgress(files.length, options),
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    while (next < files.length) {
      const index = next++;
      outcomes[index] = await readDocument(files[index]!, options);
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, reader));
  return outcomes;
}

function countingProgress(total: number, options: LoadCorpusOptions): () => void {
  let done = 0;
  return () => options.onProgress?.(++done, total);
}

/**
 * Reads the files in worker threads, batch by batch; outcomes keep the path
 * order. A batch whose worker fails is read in this thread instead.
 */
async function readInWorkers(
  files: readonly string[],
  workers: number,
  options: LoadCorpusOptions,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const report = countingProgress(files.length, options);
  const readOptions = { maxBytes: options.maxBytes };
  let next = 0;
  const run = async () => {
    let worker: Worker | null = new Worker(new URL("./read_worker.ts", import.meta.url), { type: "module" });
    try {
      while (next < files.length) {
        const start = next;
        next = Math.min(files.length, next + WORKER_BATCH);
        const batch = files.slice(start, next);
        let results: FileOutcome[] | null = null;
        if (worker) {
          results = await new Promise<FileOutcome[] | null>((resolve) => {
            worker!.onmessage = (event: MessageEvent<FileOutcome[]>) => resolve(event.data);
            worker!.onerror = (event) => {
              event.preventDefault();
              resolve(null);
            };
            worker!.postMessage({ files: batch, options: readOptions });
          });
          if (results === null) {
            worker.terminate();
            worker = null; // this runner goes on in this thread
          } else {
            results.forEach(() => report());
          }
        }
        results ??= await readHere(batch, options, report);
        results.forEach((outcome, i) => outcomes[start + i] = outcome);
      }
    } finally {
      worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: workers }, run));
  return outcomes;
}

/** Files in folders that are documentation, not documents. */
const FOLDER_NOTES = /^(readme|license|licence|changelog)(\.[a-z]+)?$/i;

/**
 * Lists the files to read: files given by name are always read; folders are
 * walked recursively for `*.txt` files. Other files found in folders (except
 * hidden files and READMEs) come back as `skipped` so they can be reported.
 * Paths are sorted by code point, so every run reads in the same order.
 */
export async function listInputFiles(
  paths: readonly string[],
): Promise<{ files: string[]; skipped: string[] }> {
  const files = new Set<string>();
  const skipped = new Set<string>();
  const walk = async (dir: string) => {
    for await (const entry of Deno.readDir(dir)) {
      if (entry.name.startsWith(".")) continue;
      const path = `${dir.replace(/\/+$/, "")}/${entry.name}`;
      if (entry.isDirectory) await walk(path);
      else if (/\.txt$/i.test(entry.name)) files.add(path);
      else if (!FOLDER_NOTES.test(entry.name)) skipped.add(path);
    }
  };
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await Deno.stat(path)).isDirectory;
    } catch {
      // A missing path is read as a file, which reports it as unreadable.
    }
    if (isDirectory) await walk(path);
    else files.add(path);
  }
  const byCodePoint = (a: string, b: string) => a < b ? -1 : a > b ? 1 : 0;
  return {
    files: [...files].sort(byCodePoint),
    skipped: [...skipped].sort(byCodePoint),
  };
}

/**
 * Reads every project description under the paths (files, or folders
 * recursively). Every input file ends up as a project, a named duplicate or
 * an error diagnostic; nothing is dropped silently.
 *
 * Duplicates: files with the same project code give one document. The one
 * kept is the one with the fewest diagnostics; on a tie, the first by path
 * (code point order). Every other file gets a `duplicate` warning naming the
 * kept file and saying whether its content was identical or which columns differ.
 *
 * @example Usage
 * ```ts
 * import { loadCorpus } from "./load_corpus.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const corpus = await loadCorpus(["data"]);
 * assertEquals(corpus.documents.length, 5);
 * assertEquals(corpus.files.every((file) => file.outcome === "project"), true);
 * ```
 */
export async function loadCorpus(
  paths: readonly string[],
  options: LoadCorpusOptions = {},
): Promise<Corpus> {
  const { files, skipped } = await listInputFiles(paths);
  const workers = options.workers ??
    (files.length >= WORKER_THRESHOLD ? Math.min(4, Math.max(1, navigator.hardwareConcurrency)) : 0);
  const outcomes = workers > 0 ? await readInWorkers(files, workers, options) : await readHere(files, options);
  const corpus = assembleCorpus(outcomes);
  for (const file of skipped) {
    corpus.diagnostics.push({
      file,
      line: null,
      level: "warning",
      code: "skipped_file",
      message: "Not read: only *.txt files are read from folders; name the file to read it anyway.",
      project_code: null,
    });
  }
  corpus.diagnostics.sort(byFileAndLine);
  return corpus;
}

/** Resolves duplicates among read files and collects the corpus. */
export function assembleCorpus(outcomes: readonly FileOutcome[]): Corpus {
  const diagnostics: Diagnostic[] = outcomes.flatMap((outcome) => outcome.diagnostics);
  const byCode = new Map<string, FileOutcome[]>();
  const withoutCode: FileOutcome[] = [];
  for (const outcome of outcomes) {
    const code = outcome.document?.project.project_code;
    if (!outcome.document) continue;
    if (!code) withoutCode.push(outcome);
    else byCode.set(code, [...byCode.get(code) ?? [], outcome]);
  }
  const fate = new Map<string, Pick<CorpusFile, "outcome" | "kept_file">>();
  const documents: ParsedDocument[] = [];
  for (
    const [code, candidates] of [...byCode].sort(([a], [b]) => a < b ? -1 : 1)
  ) {
    const [kept, ...others] = [...candidates].sort(
      (a, b) =>
        a.diagnostics.length - b.diagnostics.length ||
        (a.file < b.file ? -1 : 1),
    );
    documents.push(kept!.document!);
    fate.set(kept!.file, { outcome: "project", kept_file: null });
    for (const other of others) {
      fate.set(other.file, { outcome: "duplicate", kept_file: kept!.file });
      const differing = differingColumns(kept!.document!, other.document!);
      diagnostics.push({
        file: other.file,
        line: other.document!.sourceLines.project_code ?? null,
        level: "warning",
        code: "duplicate",
        message: differing.length === 0
          ? `Duplicate of project ${code}: an identical copy of ${kept!.file}, which was kept.`
          : `Duplicate of project ${code}: ${kept!.file} was kept; this file differs in ${differing.join(", ")}.`,
        project_code: code,
      });
    }
  }
  for (const outcome of withoutCode) {
    documents.push(outcome.document!);
    fate.set(outcome.file, { outcome: "project", kept_file: null });
  }
  const files: CorpusFile[] = outcomes.map((outcome) => ({
    file: outcome.file,
    bytes: outcome.bytes,
    sha256: outcome.sha256,
    encoding: outcome.encoding,
    project_code: outcome.document?.project.project_code ?? null,
    ...(fate.get(outcome.file) ?? { outcome: "error", kept_file: null }),
  }));
  return { documents, diagnostics: diagnostics.sort(byFileAndLine), files };
}

const PROVENANCE_COLUMNS = new Set(["source_file", "source_encoding"]);

function differingColumns(a: ParsedDocument, b: ParsedDocument): string[] {
  return Object.keys(a.project).filter((column) =>
    !PROVENANCE_COLUMNS.has(column) &&
    JSON.stringify(a.project[column as keyof typeof a.project]) !==
      JSON.stringify(b.project[column as keyof typeof b.project])
  );
}

function byFileAndLine(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (a.line ?? 0) - (b.line ?? 0);
}
