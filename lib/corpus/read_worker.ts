/**
 * A worker that reads and parses a share of the corpus' files for
 * `loadCorpus`, so parsing uses every core. It receives
 * `{ files, options }` and answers with the outcomes, in the same order.
 *
 * @module
 */
/// <reference lib="deno.worker" />
import { readDocument, type ReadDocumentOptions } from "./read_document.ts";

self.onmessage = async (event: MessageEvent<{ files: string[]; options: ReadDocumentOptions }>) => {
  const { files, options } = event.data;
  const outcomes = [];
  for (const file of files) outcomes.push(await readDocument(file, options));
  self.postMessage(outcomes);
};
