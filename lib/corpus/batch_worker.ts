/**
 * A worker thread that answers one batch at a time: the reading threads of
 * `loadCorpus` and `loadCorpusFrames`. Started as a `node:worker_threads`
 * worker, not a Web Worker, because only those take resource limits: each
 * worker's young generation is capped at
 * {@linkcode WORKER_YOUNG_GENERATION_MB}, so what a batch leaves behind is
 * collected sooner instead of growing the heap.
 *
 * @module
 */
import { parentPort, Worker } from "node:worker_threads";

/**
 * The young generation of a reading thread's heap, in MB (V8's default is 48 on 64 bits). Measured on 10,000
 * generated documents, 2 workers, three runs each, alternating: the default peaked at 509–511 MB, 8 MB at 452–461
 * MB, 4 MB at 462–497 MB, in the same time (3.66–3.77 s, 3.75–3.83 s, 3.65–3.95 s).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/** A worker thread that answers each input it is asked with one message. */
export interface BatchWorker<I, O> {
  /**
   * The worker's answer to the input; null when the worker failed or stopped (it answers nothing more then, and
   * the caller does the work itself). Questions asked before an answer came wait their turn: the worker answers
   * them one after another, in the order asked (so it has the next one at hand when it sends an answer).
   */
  ask(input: I): Promise<O | null>;
  /** Stops the worker thread. */
  stop(): void;
}

/**
 * Starts a worker thread running the module at `url`, which answers with
 * {@linkcode answerBatches}.
 *
 * @example Usage
 * ```ts
 * import { startBatchWorker } from "./batch_worker.ts";
 * import { deepStrictEqual as assertEquals } from "node:assert/strict";
 * const worker = startBatchWorker<number[], number[]>(new URL("./_batch_worker_test_worker.ts", import.meta.url));
 * try {
 *   assertEquals(await worker.ask([1, 2]), [2, 4]);
 *   assertEquals(await worker.ask([-1]), null); // the worker failed: the caller does the batch itself
 *   assertEquals(await worker.ask([3]), null);
 * } finally {
 *   worker.stop();
 * }
 * ```
 */
export function startBatchWorker<I, O>(url: URL): BatchWorker<I, O> {
  const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
  const waiting: ((answer: O | null) => void)[] = [];
  let gone = false;
  const fail = () => {
    gone = true;
    for (const resolve of waiting.splice(0)) resolve(null);
  };
  worker.on("message", (answer: O) => waiting.shift()?.(answer));
  // Listened to for the worker's whole life: an error event nobody listens to would throw in this thread.
  worker.on("error", () => {
    fail();
    void worker.terminate();
  });
  worker.on("exit", fail);
  return {
    ask: (input) =>
      gone ? Promise.resolve(null) : new Promise((resolve) => {
        worker.postMessage(input); // a message that cannot be sent throws here, before it waits for an answer
        waiting.push(resolve);
      }),
    stop: () => {
      fail();
      void worker.terminate();
    },
  };
}

/**
 * In a worker thread's module: answers each input with `answer`'s message,
 * transferring the buffers it names (not copying them), one input after
 * another in the order they came.
 */
export function answerBatches<I, O>(
  answer: (input: I) => Promise<{ message: O; transfer?: ArrayBuffer[] }>,
): void {
  if (!parentPort) throw new Error("answerBatches runs in a worker thread started by startBatchWorker");
  const port = parentPort;
  let turn = Promise.resolve();
  port.on("message", (input: I) => {
    turn = turn.then(async () => {
      const { message, transfer = [] } = await answer(input);
      port.postMessage(message, transfer);
    });
  });
}
