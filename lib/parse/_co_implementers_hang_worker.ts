/**
 * For `co_implementers_test.ts`: checks each line with `endsCoImplementers` and parses the document, in a worker
 * the test can stop when it does not answer in time.
 *
 * @module
 */
/// <reference lib="deno.worker" />
import { endsCoImplementers } from "./co_implementers.ts";
import { parseDocument } from "./parse_document.ts";

self.onmessage = (event: MessageEvent<{ lines: string[]; document: string }>) => {
  const ends = event.data.lines.map(endsCoImplementers);
  const { document } = parseDocument(event.data.document);
  self.postMessage({ ends, co: document?.project.co_implementers.length ?? 0 });
};
