/**
 * A worker thread for the tests of `batch_worker.ts`: answers with the resource limits it runs under.
 *
 * @module
 */
import { resourceLimits } from "node:worker_threads";
import { answerBatches } from "./batch_worker.ts";

answerBatches<null, typeof resourceLimits>(() => Promise.resolve({ message: resourceLimits }));
