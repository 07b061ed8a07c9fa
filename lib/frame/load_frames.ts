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
import pl from "nodejs-polars";
import { assembleCorpus, byFileAndLine, type DifferingPairs, PROVENANCE_COLUMNS } from "../corpus/duplicates.ts";
import type { LoadCorpusOptions } from "../corpus/load_corpus.ts";
import { listInputFiles } from "../corpus/list_files.ts";
import type { FileOutcome } from "../corpus/read_document.ts";
import { WORKER_THRESHOLD } from "../corpus/read_files.ts";
import { fileNamer } from "../corpus/rename.ts";
import type { CorpusFile, Diagnostic, ParsedDocument } from "../schema.ts";
import { frameFromCsv } from "./csv_frames.ts";
import { DOCUMENT_TABLES, type DocumentTableName } from "./document_rows.ts";
import {
  type EncodedBatch,
  type EncodedDocument,
  type EncodedFile,
  encodeFiles,
  type FileToRead,
} from "./encode_files.ts";
import { type CorpusFrames, framesInOrder } from "./to_dataframe.ts";
import { type CachedFile, type CachedGroup, type CacheWriter, openParseCache } from "./parse_cache.ts";

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

/**
 * Files a worker is given at a time: a worker's heap grows with what one
 * batch holds (texts, parsed objects, table text), and what it grew to stays
 * taken after the batch (10,000 documents, 2 workers: 100 files a batch
 * peaked at 770–860 MB, 25 at 730–760 MB; the time is the same).
 */
const WORKER_BATCH = 25;

/** Table text gathered before it is made frames. */
const FLUSH_BYTES = 16 * 1024 * 1024;

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
  const flush = () => {
    if (pending.length === 0) return;
    groups.push({
      files: pending.flatMap(({ batch, paths }) => batch.files.map((file, i) => ({ path: paths[i]!, file }))),
      frames: DOCUMENT_TABLES.map((table, t) =>
        frameFromCsv(table.csv, pending.map(({ batch }) => batch.tables[t]!), threads)
      ),
    });
    pending = [];
    pendingBytes = 0;
  };
  const add = (batch: EncodedBatch, paths: readonly string[]) => {
    batch.files.forEach((file, i) => encoded.set(paths[i]!, file));
    pending.push({ batch, paths });
    pendingBytes += batch.tables.reduce((sum, table) => sum + table.length, 0);
    if (pendingBytes >= FLUSH_BYTES) flush();
  };
  const readOptions = { maxBytes: options.maxBytes };
  const workers = options.workers ??
    (toRead.length >= WORKER_THRESHOLD ? Math.min(4, Math.max(1, navigator.hardwareConcurrency)) : 0);
  if (workers > 0) threads = 1; // the workers have the cores
  await inBatches(toRead, workers, readOptions, add, report);
  flush();

  const outcomes = listing.files.map((path) => encoded.get(path)!);
  encoded.clear();
  const writer = cache?.writer() ?? null;
  const { built, diagnostics, files, written } = assemble(outcomes, groups, writer, reused.length);
  groups.length = 0;
  if (writer && written) await writer.write(written.frames, written.files);
  diagnostics.push(...listing.diagnostics.map((d) => ({ ...d, file: name(d.file) })));
  diagnostics.sort(byFileAndLine);
  const frames = framesInOrder(built, diagnostics, files);
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

/** A document as the duplicate resolution sees it: its code, lines, and where its project row is. */
type Light = ParsedDocument & { row: number };

/** Rows of a frame as runs: [first row, how many]. */
type Runs = [number, number][];

/** Most slices a table is put together from; with more runs, its rows are gathered into one new chunk. */
const MAX_SLICES = 64;

/**
 * Resolves duplicates as {@linkcode assembleCorpus} does and takes every
 * table's rows in the order of the kept documents: as slices when they are
 * in a few runs (a cached corpus, in the order of its frames), else in one
 * gather. With a writer, also what it is to write: this run's groups as
 * they are (append), or every row in the order of the frames with the
 * duplicates set aside after them (so the next run needs only slices).
 */
function assemble(
  outcomes: readonly EncodedFile[],
  groups: readonly CachedGroup[],
  writer: CacheWriter | null,
  cachedGroups: number,
) {
  // Each document's first row in each table, the groups' frames put one after the other.
  const firsts = new Map<EncodedDocument, number[]>();
  const lights = new Map<EncodedDocument, Light>();
  const documentOf = new Map<ParsedDocument, EncodedDocument>();
  const offsets = DOCUMENT_TABLES.map(() => 0);
  const bases: number[][] = [];
  for (const group of groups) {
    bases.push([...offsets]);
    const next = [...offsets];
    for (const { file, at } of group.files) {
      file.documents.forEach((document, d) => {
        const first = at ? at[d]!.map((row, t) => offsets[t]! + row) : [...next];
        if (!at) document.rows.forEach((count, t) => next[t]! += count);
        firsts.set(document, first);
        const made = light(document, first[0]!);
        lights.set(document, made);
        documentOf.set(made, document);
      });
    }
    group.frames.forEach((frame, t) => offsets[t]! += frame.height);
  }
  const raw = DOCUMENT_TABLES.map((table, t) =>
    groups.length === 0
      ? frameFromCsv(table.csv, [])
      : pl.concat(groups.map((group) => group.frames[t]!), { how: "vertical", rechunk: false })
  );
  const projects = raw[0]!;
  // The project rows of each kept document and its duplicate, compared in polars, in one query:
  // no row is copied out (30,000 documents: 13,000 pairs). Polars' equality of texts, numbers
  // (zod admits no NaN), dates and flags is equality as JSON; of lists, it never finds values
  // equal that differ as JSON, and the cells it finds unequal are compared as JSON here.
  const differing: DifferingPairs = (pairs) => {
    const columns = pairs.map((): string[] => []);
    if (pairs.length === 0) return columns;
    const [kept, other] = [0, 1].map((side) => pairs.map((pair) => (pair[side] as Light).row));
    const compared = projects.columns.filter((column) => !PROVENANCE_COLUMNS.has(column));
    const [keptRows, otherRows] = [kept!, other!].map((rows) => pl.Series("", rows, pl.UInt32));
    const same = projects.select(...compared.map((column) => {
      const [one, two] = [pl.col(column).gather(keptRows!), pl.col(column).gather(otherRows!)];
      return one.eq(two).fillNull(false).or(one.isNull().and(two.isNull())).alias(column);
    }));
    for (const column of compared) {
      const unequal = (same.getColumn(column).toArray() as boolean[]).flatMap((equal, i) => equal ? [] : [i]);
      const series = projects.getColumn(column);
      if (!/List|Struct|Object/.test(String(series.dtype))) {
        for (const i of unequal) columns[i]!.push(column);
        continue;
      }
      if (unequal.length === 0) continue;
      const one = series.gather(unequal.map((i) => kept![i]!)).toArray();
      const two = series.gather(unequal.map((i) => other![i]!)).toArray();
      unequal.forEach((i, k) => {
        if (JSON.stringify(one[k]) !== JSON.stringify(two[k])) columns[i]!.push(column);
      });
    }
    return columns;
  };
  const corpus = assembleCorpus(
    outcomes.map((file): FileOutcome => ({
      ...file,
      documents: file.documents.map((document) => lights.get(document)!),
    })),
    differing,
  );
  const kept = corpus.documents.map((document) => documentOf.get(document)!);
  const full = writer !== null && !writer.append;
  const keptSet = new Set(kept);
  const aside = full ? [...firsts.keys()].filter((document) => !keptSet.has(document)) : [];
  const order = [...kept, ...aside];
  const keptRows = DOCUMENT_TABLES.map((_, t) => kept.reduce((sum, document) => sum + document.rows[t]!, 0));
  const placed = order.map((document) => [firsts.get(document)!, document.rows] as const);
  const ordered = raw.map((frame, t) => rowsOf(frame, runsOf(placed, t)));
  const built = DOCUMENT_TABLES.map((table, t) => [
    table.name,
    aside.length === 0 ? ordered[t]! : ordered[t]!.head(keptRows[t]!),
  ]);

  let written: { frames: pl.DataFrame[]; files: Required<CachedFile>[] } | null = null;
  if (full) {
    const place = new Map<EncodedDocument, number[]>();
    const next = DOCUMENT_TABLES.map(() => 0);
    for (const document of order) {
      place.set(document, [...next]);
      document.rows.forEach((count, t) => next[t]! += count);
    }
    const files = groups.flatMap((group) => group.files).map(({ path, file }) => ({
      path,
      file,
      at: file.documents.map((document) => place.get(document)!),
    }));
    written = { frames: ordered, files };
  } else if (writer) {
    const added = groups.slice(cachedGroups);
    const base = bases[cachedGroups] ?? offsets;
    const files = added.flatMap((group) => group.files).map(({ path, file }) => ({
      path,
      file,
      at: file.documents.map((document) => firsts.get(document)!.map((first, t) => first - base[t]!)),
    }));
    const frames = raw.map((frame, t) =>
      added.length === 0
        ? frame.head(0)
        : pl.concat(added.map((group) => group.frames[t]!), { how: "vertical", rechunk: false })
    );
    written = { frames, files };
  }
  return {
    built: Object.fromEntries(built) as Record<DocumentTableName, pl.DataFrame>,
    diagnostics: corpus.diagnostics,
    files: corpus.files,
    written,
  };
}

/** The rows of the documents (their first rows and counts per table) in a table, in their order, as runs. */
function runsOf(documents: readonly (readonly [readonly number[], readonly number[]])[], t: number): Runs {
  const runs: Runs = [];
  let [start, end] = [-1, -1];
  for (const [firsts, counts] of documents) {
    const [first, count] = [firsts[t]!, counts[t]!];
    if (count === 0) continue;
    if (first !== end) {
      if (start >= 0) runs.push([start, end - start]);
      start = first;
    }
    end = first + count;
  }
  if (start >= 0) runs.push([start, end - start]);
  return runs;
}

/**
 * The rows of the runs: the frame itself, a few slices of it (no copy), or
 * the frame sorted by each row's place (rows in no run last, cut off). A
 * sort shares the text of long strings with the frame it sorts; a gather
 * copied them (10,000 documents: +150 MB against +40 MB).
 */
function rowsOf(frame: pl.DataFrame, runs: Runs): pl.DataFrame {
  if (runs.length === 0) return frame.head(0);
  if (runs.length === 1 && runs[0]![0] === 0 && runs[0]![1] === frame.height) return frame;
  if (runs.length <= MAX_SLICES) {
    const slices = runs.map(([first, count]) => frame.slice(first, count));
    return slices.length === 1 ? slices[0]! : pl.concat(slices, { how: "vertical", rechunk: false });
  }
  const total = runs.reduce((sum, [, count]) => sum + count, 0);
  const places = new Int32Array(frame.height).fill(total);
  let at = 0;
  for (const [first, count] of runs) {
    for (let row = first; row < first + count; row++) places[row] = at++;
  }
  const sorted = frame.withColumns(pl.Series("__place", places)).sort({ by: "__place", maintainOrder: true })
    .drop("__place");
  return total < frame.height ? sorted.head(total) : sorted;
}

function light(document: EncodedDocument, row: number): Light {
  return {
    project: { project_code: document.project_code },
    sourceLines: document.codeLine === null ? {} : { project_code: document.codeLine },
    firstLine: document.firstLine,
    lastLine: document.lastLine,
    ...document.form === undefined ? {} : { form: document.form },
    ...document.codePage === undefined ? {} : { sourcePages: { project_code: document.codePage } },
    ...document.firstPage === undefined ? {} : { firstPage: document.firstPage },
    row,
  } as unknown as Light;
}
