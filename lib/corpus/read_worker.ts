/**
 * A worker thread that reads and parses a share of the corpus' files for
 * `loadCorpus`, so parsing uses every core. It receives
 * `{ files, options }` and answers with the outcomes, in the same order.
 *
 * @module
 */
import { answerBatches } from "./batch_worker.ts";
import { type FileOutcome, readDocument, type ReadDocumentOptions } from "./read_document.ts";

answerBatches<{ files: string[]; options: ReadDocumentOptions }, FileOutcome[]>(async ({ files, options }) => {
  const outcomes = [];
  for (const file of files) outcomes.push(await readDocument(file, options));
  return { message: outcomes };
});
