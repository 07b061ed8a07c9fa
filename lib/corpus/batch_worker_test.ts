import { deepStrictEqual as assertEquals } from "node:assert/strict";
import { startBatchWorker, WORKER_YOUNG_GENERATION_MB } from "./batch_worker.ts";

const TEST_WORKER = new URL("./_batch_worker_test_worker.ts", import.meta.url);

Deno.test("a batch worker answers each question in turn, and after a failure answers null without asking", async () => {
  const worker = startBatchWorker<number[], number[]>(TEST_WORKER);
  try {
    assertEquals(await worker.ask([1, 2, 3]), [2, 4, 6]);
    assertEquals(await worker.ask([]), []);
    assertEquals(await worker.ask([5, -1]), null);
    assertEquals(await worker.ask([7]), null);
  } finally {
    worker.stop();
  }
});

Deno.test("questions asked before an answer came are answered in the order asked; a failure answers every waiting one null", async () => {
  const worker = startBatchWorker<number[], number[]>(TEST_WORKER);
  try {
    const answers = [worker.ask([1]), worker.ask([2, 3]), worker.ask([4])];
    assertEquals(await Promise.all(answers), [[2], [4, 6], [8]]);
    const failing = [worker.ask([5]), worker.ask([-1]), worker.ask([6])];
    assertEquals(await Promise.all(failing), [[10], null, null]);
  } finally {
    worker.stop();
  }
});

Deno.test("a stopped batch worker answers null", async () => {
  const worker = startBatchWorker<number[], number[]>(TEST_WORKER);
  worker.stop();
  assertEquals(await worker.ask([1]), null);
});

Deno.test("a worker whose module cannot be loaded answers null (its batch is read by the caller)", async () => {
  const worker = startBatchWorker<number[], number[]>(new URL("./_no_such_worker.ts", import.meta.url));
  try {
    assertEquals(await worker.ask([1]), null);
  } finally {
    worker.stop();
  }
});

Deno.test("a batch worker runs with its young generation capped at 8 MB (V8's default: 48 MB)", async () => {
  const worker = startBatchWorker<null, { maxYoungGenerationSizeMb?: number }>(
    new URL("./_resource_limits_test_worker.ts", import.meta.url),
  );
  try {
    assertEquals(WORKER_YOUNG_GENERATION_MB, 8);
    assertEquals((await worker.ask(null))?.maxYoungGenerationSizeMb, 8);
  } finally {
    worker.stop();
  }
});
