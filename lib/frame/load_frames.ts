/**
 * Loading a corpus straight into its frames, the fast way for large
 * corpora: worker threads read, parse and write each batch of files as
 * table text; this thread turns each batch into frames as it arrives (so no
 * text is held twice for long), then resolves duplicates and orders the rows
 * exactly as {@linkcode loadCorpus} and {@linkcode toDataFrame} do. With a
 * cache folder, a file parsed before (same content, same parser) is not
 * parsed again.
 *
 * @module
 */
import { type BatchWorker, startBatchWorker } from "../corpus/batch_worker.ts";
import { byFileAndLine, pushAll } from "../corpus/duplicates.ts";
import type { LoadCorpusOptions } from "../corpus/load_corpus.ts";
import { listInputFiles } from "../corpus/list_files.ts";
import { fileNamer } from "../corpus/rename.ts";
import type { CorpusFile, Diagnostic } from "../schema.ts";
import { assemble } from "./assemble_frames.ts";
import { collect } from "./collect.ts";
import { duplicateTracker, withoutLosers } from "./early_duplicates.ts";
import { frameFromCsv, freeBytes } from "./csv_frames.ts";
import { documentTables } from "./document_rows.ts";
import { withDocumentColumns } from "./document_columns.ts";
import {
  type EncodedBatch,
  type EncodedFile,
  encodeFiles,
  type EncodeOptions,
  type FileToRead,
} from "./encode_files.ts";
import { type CorpusFrames, framesInOrder } from "./to_dataframe.ts";
import { type CachedGroup, openParseCache } from "./parse_cache.ts";

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
  /**
   * Keep the projects' long free texts (`LONG_TEXT_COLUMNS` of `document_rows.ts`: target groups, summaries,
   * plans). They are most of a corpus' bytes and no figure needs them: `false` leaves them out of the projects
   * frame (every other column and row the same), and parsing takes less time and memory.
   * @default {true}
   */
  texts?: boolean;
  /**
   * Worker threads that read and parse files in parallel, this thread reading batches beside them; 0 reads in this
   * thread only. A worker that fails leaves its files to this thread, so none is lost.
   * @default {corpora of 1,200 files or more: one per core but one (at least one, at most 3); else 0}
   */
  workers?: number;
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

/**
 * Files a worker is given at a time: a worker's heap grows with what one
 * batch holds (texts, parsed objects, table text), and what it grew to stays
 * taken after the batch (10,000 documents, 2 workers, three runs each,
 * alternating: 25 files a batch peaked at 469–529 MB, 10 at 435–461 MB, 5 at
 * 442–449 MB; 10 took 1–3 % longer than 25, 5 took 8 % longer; 30,000
 * documents: 25 peaked at 1,026 MB, 10 at 963 MB).
 */
const WORKER_BATCH = 10;

/**
 * Batches a worker is given ahead: the one it reads, and enough after it that it does not wait while this thread is
 * busy (reading a batch of its own, making frames of 16 MB of table text, collecting its heap: tens of milliseconds
 * each). Measured on 10,000 documents, the worker timing its own waits, three runs each: 2 batches ahead, it waited
 * 340–542 ms between batches; 8 ahead, 111–304 ms; 24 ahead, 38–48 ms. What it holds ahead is paths only; near the
 * end it is given fewer ahead (see `inBatches`), so this thread does not wait long for its last batches.
 */
const WORKER_QUEUE = 24;

/**
 * Files to parse from which worker threads parse them: each worker starts and compiles the parser anew (~0.15 s of
 * CPU), which fewer files do not earn back (2 workers against none, on 2 cores: 1,000 documents 488–535 ms
 * against 481–518, with 0.3 s more CPU; 1,500: 630–647 ms against 692–698; 2,000: 791–804 against 895–966).
 */
const WORKERS_FROM = 1200;

/** Table text gathered before it is made frames. */
const FLUSH_BYTES = 16 * 1024 * 1024;

/**
 * Files parsed in a run from which the JS heap is collected after the frames are built and put together (see
 * `collect.ts`): a run that parses fewer (a re-run with the cache) leaves too little garbage for a collection to
 * pay (10,000 cached documents: two collections were 90 ms of 330; 1,000 documents parsed: 531–560 ms without
 * them against 574–605 ms, peaking at 236 MB against 214–221; 3,000: 1.11–1.13 s against 1.15–1.20 s, 323 MB
 * against 306–309).
 */
const COLLECT_FROM = 5000;

/** Flushes between two collections of the JS heap (see `collect.ts`). */
const COLLECT_FLUSHES = 8;

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
  // The cache opened (its tables read in polars' threads) while the folders are walked.
  const opening = !options.cache
    ? Promise.resolve(null)
    : typeof options.cache === "object"
    ? openParseCache(options.cache.folder, paths, { ...options, version: options.cache.version })
    : openParseCache(options.cache, paths, options);
  const listing = await listInputFiles(paths);
  const cache = await opening;
  const name = fileNamer(options.root);
  const tables = documentTables(options.texts ?? true);
  const total = listing.files.length;
  let done = 0;
  const report = () => options.onProgress?.(++done, total);

  const encoded = new Map<string, EncodedFile>();
  const groups: CachedGroup[] = [];
  const reused = cache ? await cache.lookup(listing.files.map((path) => ({ path, name: name(path) }))) : [];
  for (const group of reused) {
    for (const { path, file } of group.files) encoded.set(path, file);
    groups.push(group);
  }
  const toRead: FileToRead[] = [];
  for (const path of listing.files) {
    if (encoded.has(path)) report();
    else toRead.push({ path, name: name(path) });
  }

  // Batches become frames a few megabytes at a time: fewer calls into polars, and no text held long twice.
  let pending: { batch: EncodedBatch; paths: readonly string[] }[] = [];
  let pendingBytes = 0;
  let threads: number | undefined;
  const losers = cache ? null : duplicateTracker();
  const collectsAfter = toRead.length >= COLLECT_FROM;
  let flushes = 0;
  const flush = (last = false) => {
    if (pending.length === 0) return;
    const files = pending.flatMap(({ batch, paths }) => batch.files.map((file, i) => ({ path: paths[i]!, file })));
    const frames = tables.map((table, t) =>
      withDocumentColumns(
        table,
        t,
        frameFromCsv(table.text, pending.map(({ batch }) => batch.tables[t]!), threads),
        files.map(({ file }) => file),
      )
    );
    for (const { batch } of pending) freeBytes(batch.bytes);
    // Without a cache to write them to, the rows of a duplicate known not to be kept go at once (not its project row).
    groups.push(losers ? withoutLosers(files, frames, losers(files.map(({ file }) => file))) : { files, frames });
    pending = [];
    pendingBytes = 0;
    // What the last flushes left behind (frames, their temporary columns): a collection takes ~50 ms, so not each time;
    // nor after the last flush when the assembly collects a moment later (see `COLLECT_FROM`).
    if (++flushes % COLLECT_FLUSHES === 0 && !(last && collectsAfter)) collect();
  };
  const add = (batch: EncodedBatch, paths: readonly string[]) => {
    batch.files.forEach((file, i) => encoded.set(paths[i]!, file));
    pending.push({ batch, paths });
    pendingBytes += batch.bytes.length;
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  const readOptions = { maxBytes: options.maxBytes, texts: options.texts ?? true };
  const workers = options.workers ??
    (toRead.length >= WORKERS_FROM ? Math.max(1, Math.min(4, navigator.hardwareConcurrency) - 1) : 0);
  if (workers > 0) threads = 1; // the workers have the cores
  await inBatches(toRead, workers, readOptions, add, report);
  flush(true);

  const outcomes = listing.files.map((path) => encoded.get(path)!);
  encoded.clear();
  const writer = cache?.writer() ?? null;
  const tidy = collectsAfter ? collect : () => {};
  const { built, diagnostics, files, filesFrame, written } = assemble(
    outcomes,
    groups,
    writer,
    reused.length,
    tables,
    tidy,
  );
  groups.length = 0;
  tidy(); // the parts the rows were taken from
  pushAll(diagnostics, listing.diagnostics.map((d) => ({ ...d, file: name(d.file) })));
  diagnostics.sort(byFileAndLine);
  const frames = framesInOrder(built, diagnostics, files, filesFrame);
  // A full write keeps the files' frame too: a re-run whose cached files are the same takes its rows as they are.
  if (written?.resolution) written.resolution.files = frames.files;
  if (writer && written) await writer.write(written.frames, written.files, written.resolution);
  return { frames, diagnostics, files, parsed: toRead.length, cached: total - toRead.length };
}

/**
 * Reads the files batch by batch, in worker threads and here (workers 0: here only),
 * handing the batches over in the order of the files (a batch done early
 * waits for those before it): rows come in the order of the files, so
 * fewer runs of them need putting in order, and of two copies of a
 * document the one read first is most often the kept one (the first file
 * by name), so the other is known to be a duplicate when it is read. A
 * batch whose worker fails is read in this thread, so no file is lost.
 */
async function inBatches(
  files: readonly FileToRead[],
  workers: number,
  options: EncodeOptions,
  add: (batch: EncodedBatch, paths: readonly string[]) => void,
  report: () => void,
): Promise<void> {
  const size = workers > 0 ? WORKER_BATCH : HERE_BATCH;
  let next = 0;
  const take = () => {
    const start = next;
    next = Math.min(files.length, next + size);
    return { start, batch: files.slice(start, next) };
  };
  const done = new Map<number, [EncodedBatch, FileToRead[]]>();
  let handed = 0;
  const hand = (start: number, encoded: EncodedBatch, batch: FileToRead[]) => {
    done.set(start, [encoded, batch]);
    for (let ready = done.get(handed); ready; ready = done.get(handed)) {
      done.delete(handed);
      add(ready[0], ready[1].map((f) => f.path));
      handed += ready[1].length;
    }
  };
  const here = async ({ start, batch }: { start: number; batch: FileToRead[] }) =>
    hand(start, await encodeFiles(batch, options, report), batch);
  if (workers === 0) {
    while (next < files.length) await here(take());
    return;
  }
  const run = async () => {
    let worker: BatchWorker<{ files: FileToRead[]; options: EncodeOptions }, EncodedBatch> | null = startBatchWorker(
      new URL("./encode_worker.ts", import.meta.url),
    );
    // Each worker has its next batch at hand while it reads one, so it does not wait while this thread makes frames.
    const asked: { start: number; batch: FileToRead[]; answer: Promise<EncodedBatch | null> }[] = [];
    const ask = () => {
      if (!worker || next >= files.length) return;
      // Near the end, no more ahead than two batches: the files left are read by this thread while the worker reads
      // what it holds, and neither waits long for the other (10,000 documents, three runs each: this thread waited
      // 59–77 ms for the worker's last batches, now 2–28 ms).
      if (asked.length >= 2 && files.length - next < WORKER_QUEUE * size) return;
      const { start, batch } = take();
      asked.push({ start, batch, answer: worker.ask({ files: batch, options }) });
    };
    try {
      for (let i = 0; i < WORKER_QUEUE; i++) ask();
      for (let one = asked.shift(); one; one = asked.shift()) {
        const result = await one.answer;
        if (result) {
          one.batch.forEach(() => report());
          hand(one.start, result, one.batch);
          ask();
        } else {
          worker?.stop();
          worker = null; // this runner goes on in this thread, with the batches its worker had
          await here(one);
        }
      }
      while (next < files.length) await here(take());
    } finally {
      worker?.stop();
    }
  };
  // This thread reads batches too: it is idle most of the parse, making frames now and then, and a worker fewer
  // spends less CPU on starting, compiling the parser and collecting its heap (10,000 documents on 2 cores, six
  // alternating pairs: one worker and this thread 2.83–4.32 s and 5.06–5.43 s of CPU, two workers 3.00–5.36 s and
  // 5.37–5.91 s; five pairs faster, all six less CPU; peaks 448–458 MB against 434–459 MB).
  const hereToo = async () => {
    while (next < files.length) await here(take());
  };
  await Promise.all([...Array.from({ length: Math.min(workers, Math.ceil(files.length / size)) }, run), hereToo()]);
}
