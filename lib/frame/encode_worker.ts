/**
 * A worker that reads, parses and encodes a share of the corpus' files for
 * `loadCorpusFrames`: it receives `{ files, options }` and answers with an
 * {@linkcode EncodedBatch}, its table bytes transferred, not copied.
 *
 * @module
 */
/// <reference lib="deno.worker" />
import { encodeFiles, type EncodeOptions, type FileToRead } from "./encode_files.ts";

self.onmessage = async (event: MessageEvent<{ files: FileToRead[]; options: EncodeOptions }>) => {
  const batch = await encodeFiles(event.data.files, event.data.options);
  self.postMessage(batch, batch.tables.map((table) => table.buffer as ArrayBuffer));
};
