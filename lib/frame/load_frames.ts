/**
 * Loading a corpus straight into its frames, the fast way for large
 * corpora: worker threads read, parse and write each batch of files as
 * table text (CSV bytes, transferred, not cloned); this thread keeps each
 * document's text as bytes until duplicates are resolved, then builds each
 * table once, its rows already in the order of {@linkcode loadCorpus} and
 * {@linkcode toDataFrame}, and lets that table's text go: no text is held
 * as objects, and none twice for long. With a cache folder, a file parsed
 * before (same content, same parser) is not parsed again.
 *
 * @module
 */
import pl from "nodejs-polars";
import { assembleCorpus, byFileAndLine, PROVENANCE_COLUMNS } from "../corpus/duplicates.ts";
import type { LoadCorpusOptions } from "../corpus/load_corpus.ts";
import { listInputFiles } from "../corpus/list_files.ts";
import type { FileOutcome } from "../corpus/read_document.ts";
import { WORKER_THRESHOLD } from "../corpus/read_files.ts";
import { fileNamer } from "../corpus/rename.ts";
import type { CorpusFile, Diagnostic, ParsedDocument } from "../schema.ts";
import { frameFromCsvPieces } from "./csv_frames.ts";
import { DOCUMENT_TABLES, type DocumentTableName } from "./document_rows.ts";
import {
  type EncodedBatch,
  type EncodedDocument,
  type EncodedFile,
  encodeFiles,
  type FileToRead,
} from "./encode_files.ts";
import { type CorpusFrames, framesInOrder } from "./to_dataframe.ts";
import { type CachedFile, type DocumentChunks, openParseCache } from "./parse_cache.ts";

/** Options of {@linkcode loadCorpusFrames}. */
export interface LoadFramesOptions extends LoadCorpusOptions {
  /**
   * The parse cache: a folder (created when missing), `true` for the default
   * one (`$XDG_CACHE_HOME/esf-toolkit/parse`, else `~/.cache/esf-toolkit/parse`),
   * or `false` for none. A file whose content and parser are those of a
   * cached parse is not parsed again (see `parse_cache.ts`). Name a folder
   * outside the corpus: the cache writes nowhere but there. `{ folder,
   * version }` names the parser version too (tests stand for a changed parser so).
   * @default {false}
   */
  cache?: string | boolean | { folder: string; version: string };
}

/** The corpus as frames, with its diagnostics and files as records too (as {@linkcode Corpus} has them). */
export interface LoadedFrames {
  frames: CorpusFrames;
  /** Every diagnostic, ordered by file and line. */
  diagnostics: Diagnostic[];
  /** Every input file and what became of it. */
  files: CorpusFile[];
  /** How many files were parsed, and how many taken from the cache. */
  parsed: number;
  cached: number;
}

/** Files a worker is given at a time. */
const WORKER_BATCH = 100;

/** Files read in this thread at a time. */
const HERE_BATCH = 50;

/**
 * Reads every project description under the paths into the corpus frames:
 * the same frames, diagnostics and files as `toDataFrame(await
 * loadCorpus(paths, options))`, every column and every row, built faster
 * and in less memory.
 *
 * @example Usage
 * ```ts
 * import { loadCorpusFrames } from "./load_frames.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const { frames } = await loadCorpusFrames(["data/documents"]);
 * assertEquals(frames.projects.getColumn("participants_planned").toArray(), [95, 94, 199, 105, 400]);
 * ```
 */
export async function loadCorpusFrames(
  paths: readonly string[],
  options: LoadFramesOptions = {},
): Promise<LoadedFrames> {
  const listing = await listInputFiles(paths);
  const name = fileNamer(options.root);
  const cache = options.cache
    ? typeof options.cache === "object"
      ? await openParseCache(options.cache.folder, paths, { ...options, version: options.cache.version })
      : await openParseCache(options.cache, paths, options)
    : null;
  const total = listing.files.length;
  let done = 0;
  const report = () => options.onProgress?.(++done, total);

  const encoded = new Map<string, EncodedFile>();
  const chunks: DocumentChunks = new Map();
  const cached = cache ? await cache.lookup(listing.files.map((path) => ({ path, name: name(path) })), chunks) : [];
  for (const { path, file } of cached) encoded.set(path, file);
  const toRead: FileToRead[] = [];
  for (const path of listing.files) {
    if (encoded.has(path)) report();
    else toRead.push({ path, name: name(path) });
  }

  // Each document's text is kept as bytes (views into its batch's buffers) until its place is known.
  const added: CachedFile[] = [];
  const add = (batch: EncodedBatch, paths: readonly string[]) => {
    const at = DOCUMENT_TABLES.map(() => 0);
    batch.files.forEach((file, i) => {
      encoded.set(paths[i]!, file);
      added.push({ path: paths[i]!, file });
      for (const document of file.documents) {
        chunks.set(document, batch.tables.map((table, t) => table.subarray(at[t]!, at[t]! += document.bytes[t]!)));
      }
    });
  };
  const readOptions = { maxBytes: options.maxBytes };
  const workers = options.workers ??
    (toRead.length >= WORKER_THRESHOLD ? Math.min(4, Math.max(1, navigator.hardwareConcurrency)) : 0);
  await inBatches(toRead, workers, readOptions, add, report);

  const outcomes = listing.files.map((path) => encoded.get(path)!);
  const corpus = resolveDuplicates(outcomes, chunks);
  const writer = cache?.writer() ?? null;
  const written = writer ? (writer.append ? added : [...cached, ...added]) : [];
  const built = DOCUMENT_TABLES.map((table, t) => {
    writer?.table(t, written.flatMap(({ file }) => file.documents.map((document) => chunks.get(document)![t]!)));
    const frame = frameFromCsvPieces(table.csv, corpus.order.map((document) => chunks.get(document)![t]!));
    for (const parts of chunks.values()) parts[t] = undefined; // this table's text can go
    return [table.name, frame];
  });
  await writer?.finish(written);
  const { diagnostics, files } = corpus;
  diagnostics.push(...listing.diagnostics.map((d) => ({ ...d, file: name(d.file) })));
  diagnostics.sort(byFileAndLine);
  const frames = framesInOrder(
    Object.fromEntries(built) as Record<DocumentTableName, pl.DataFrame>,
    diagnostics,
    files,
  );
  return { frames, diagnostics, files, parsed: toRead.length, cached: total - toRead.length };
}

/**
 * Reads the files batch by batch, in worker threads or (workers 0) here,
 * handing each batch over as it is done. A batch whose worker fails is read
 * in this thread, so no file is lost.
 */
async function inBatches(
  files: readonly FileToRead[],
  workers: number,
  options: { maxBytes?: number },
  add: (batch: EncodedBatch, paths: readonly string[]) => void,
  report: () => void,
): Promise<void> {
  const size = workers > 0 ? WORKER_BATCH : HERE_BATCH;
  let next = 0;
  const take = () => {
    const start = next;
    next = Math.min(files.length, next + size);
    return files.slice(start, next);
  };
  const here = async (batch: FileToRead[]) => add(await encodeFiles(batch, options, report), batch.map((f) => f.path));
  if (workers === 0) {
    while (next < files.length) await here(take());
    return;
  }
  const run = async () => {
    let worker: Worker | null = new Worker(new URL("./encode_worker.ts", import.meta.url), { type: "module" });
    try {
      while (next < files.length) {
        const batch = take();
        const result = worker && await new Promise<EncodedBatch | null>((resolve) => {
          worker!.onmessage = (event: MessageEvent<EncodedBatch>) => resolve(event.data);
          worker!.onerror = (event) => {
            event.preventDefault();
            resolve(null);
          };
          worker!.postMessage({ files: batch, options });
        });
        if (result) {
          batch.forEach(() => report());
          add(result, batch.map((f) => f.path));
        } else {
          worker?.terminate();
          worker = null; // this runner goes on in this thread
          await here(batch);
        }
      }
    } finally {
      worker?.terminate();
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(files.length / size)) }, run));
}

/** A document as the duplicate resolution sees it: its code and lines. */
type Light = ParsedDocument & { encoded: EncodedDocument };

/**
 * Resolves duplicates as {@linkcode assembleCorpus} does: the diagnostics,
 * the files, and the kept documents in the order of their rows.
 */
function resolveDuplicates(outcomes: readonly EncodedFile[], chunks: DocumentChunks) {
  const lights = outcomes.flatMap((file) => file.documents.map(light));
  // The project rows of the documents whose code is in more than one, read from their text at once.
  const counts = new Map<string | null, number>();
  for (const { project } of lights) counts.set(project.project_code, (counts.get(project.project_code) ?? 0) + 1);
  const shared = lights.filter(({ project }) => project.project_code !== null && counts.get(project.project_code)! > 1);
  const projects = frameFromCsvPieces(DOCUMENT_TABLES[0]!.csv, shared.map((one) => chunks.get(one.encoded)![0]!));
  const rows = new Map<ParsedDocument, unknown[]>();
  projects.rows().forEach((values, i) => rows.set(shared[i]!, values));
  const differing = (a: ParsedDocument, b: ParsedDocument) => {
    const [one, other] = [rows.get(a)!, rows.get(b)!];
    return projects.columns.filter((column, i) =>
      !PROVENANCE_COLUMNS.has(column) && JSON.stringify(one[i]) !== JSON.stringify(other[i])
    );
  };
  let next = 0;
  const corpus = assembleCorpus(
    outcomes.map((file): FileOutcome => ({ ...file, documents: file.documents.map(() => lights[next++]!) })),
    differing,
  );
  return {
    order: corpus.documents.map((document) => (document as Light).encoded),
    diagnostics: corpus.diagnostics,
    files: corpus.files,
  };
}

function light(document: EncodedDocument): Light {
  return {
    project: { project_code: document.project_code },
    sourceLines: document.codeLine === null ? {} : { project_code: document.codeLine },
    firstLine: document.firstLine,
    lastLine: document.lastLine,
    encoded: document,
  } as unknown as Light;
}
