/**
 * Loading a corpus: every project description under the given files and
 * folders, one document per project, duplicates resolved and named.
 *
 * @module
 */
import type { CorpusFile, Diagnostic, ParsedDocument } from "../schema.ts";
import { assembleCorpus, byFileAndLine, pushAll } from "./duplicates.ts";
import { listInputFiles } from "./list_files.ts";
import { fileNamer, renamed } from "./rename.ts";
import { type ReadFilesOptions, readHere, readInWorkers, WORKER_THRESHOLD } from "./read_files.ts";

/** Options of {@linkcode loadCorpus}. */
export interface LoadCorpusOptions extends ReadFilesOptions {
  /**
   * Worker threads that read and parse files in parallel; 0 reads in this
   * thread. A worker that fails leaves its files to this thread, so none is lost.
   * @default {corpora of 200 files or more: one per core, at most 4; else 0}
   */
  workers?: number;
  /**
   * The folder that recorded paths are relative to (`source_file`, every
   * diagnostic's `file`, `files`): a report is shared, so it names documents
   * relative to its corpus, never with the paths of the machine that made it.
   * A file outside this folder keeps its path as given.
   * @default {undefined (paths as given)}
   */
  root?: string;
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
 * const corpus = await loadCorpus(["data/documents"]);
 * assertEquals(corpus.documents.length, 5);
 * assertEquals(corpus.files.every((file) => file.outcome === "project"), true);
 * ```
 */
export async function loadCorpus(
  paths: readonly string[],
  options: LoadCorpusOptions = {},
): Promise<Corpus> {
  const listing = await listInputFiles(paths);
  const { files } = listing;
  const workers = options.workers ??
    (files.length >= WORKER_THRESHOLD ? Math.min(4, Math.max(1, navigator.hardwareConcurrency)) : 0);
  const outcomes = workers > 0 ? await readInWorkers(files, workers, options) : await readHere(files, options);
  const name = fileNamer(options.root);
  const corpus = assembleCorpus(outcomes.map((outcome) => renamed(outcome, outcome.file, name(outcome.file))));
  pushAll(corpus.diagnostics, listing.diagnostics.map((d) => ({ ...d, file: name(d.file) })));
  corpus.diagnostics.sort(byFileAndLine);
  return corpus;
}
