/**
 * A worker thread for the tests of `batch_worker.ts`: doubles each number of its input, and fails (an exception
 * nobody catches) on a negative one.
 *
 * @module
 */
import { answerBatches } from "./batch_worker.ts";

answerBatches<number[], number[]>((numbers) => {
  if (numbers.some((n) => n < 0)) throw new Error("a negative number");
  return Promise.resolve({ message: numbers.map((n) => n * 2) });
});
