/**
 * Reading many files: a few at a time in this thread, or batch by batch in
 * worker threads for large corpora. Outcomes keep the order of the paths.
 *
 * @module
 */
import { type BatchWorker, startBatchWorker } from "./batch_worker.ts";
import { type FileOutcome, readDocument, type ReadDocumentOptions } from "./read_document.ts";

/** Options of {@linkcode readHere} and {@linkcode readInWorkers}. */
export interface ReadFilesOptions extends ReadDocumentOptions {
  /**
   * Called after each file is read, with the number read so far and the total.
   * @default {undefined}
   */
  onProgress?: (done: number, total: number) => void;
}

/** Files read at once in one thread. */
const READ_CONCURRENCY = 8;
/** Files a worker is given at a time. */
const WORKER_BATCH = 100;

/**
 * `read` applied to every item, {@linkcode READ_CONCURRENCY} at a time (files
 * are read while others are parsed); the results keep the items' order.
 *
 * @example Usage
 * ```ts
 * import { mapReading } from "./read_files.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * assertEquals(await mapReading([1, 2, 3], async (n) => n * 2), [2, 4, 6]);
 * ```
 */
export async function mapReading<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const reader = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await read(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, reader));
  return results;
}

/** Reads the files in this thread, a few at a time; outcomes keep the path order. */
export async function readHere(
  files: readonly string[],
  options: ReadFilesOptions,
  report: () => void = countingProgress(files.length, options),
): Promise<FileOutcome[]> {
  return await mapReading(files, async (file) => {
    const outcome = await readDocument(file, options);
    report();
    return outcome;
  });
}

function countingProgress(total: number, options: ReadFilesOptions): () => void {
  let done = 0;
  return () => options.onProgress?.(++done, total);
}

/**
 * Reads the files in worker threads, batch by batch; outcomes keep the path
 * order. A batch whose worker fails is read in this thread instead.
 */
export async function readInWorkers(
  files: readonly string[],
  workers: number,
  options: ReadFilesOptions,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const report = countingProgress(files.length, options);
  const readOptions = { maxBytes: options.maxBytes };
  let next = 0;
  const run = async () => {
    let worker: BatchWorker<{ files: string[]; options: ReadDocumentOptions }, FileOutcome[]> | null = startBatchWorker(
      new URL("./read_worker.ts", import.meta.url),
    );
    try {
      while (next < files.length) {
        const start = next;
        next = Math.min(files.length, next + WORKER_BATCH);
        const batch = files.slice(start, next);
        let results: FileOutcome[] | null = null;
        if (worker) {
          results = await worker.ask({ files: batch, options: readOptions });
          if (results === null) {
            worker.stop();
            worker = null; // this runner goes on in this thread
          } else {
            results.forEach(() => report());
          }
        }
        results ??= await readHere(batch, options, report);
        results.forEach((outcome, i) => outcomes[start + i] = outcome);
      }
    } finally {
      worker?.stop();
    }
  };
  await Promise.all(Array.from({ length: workers }, run));
  return outcomes;
}

/** Corpora this large are read in worker threads by default. */
export const WORKER_THRESHOLD = 200;
