/**
 * A worker thread that reads, parses and encodes a share of the corpus'
 * files for `loadCorpusFrames`: it receives `{ files, options }` and answers
 * with an {@linkcode EncodedBatch}, its bytes transferred, not copied.
 *
 * @module
 */
import { answerBatches } from "../corpus/batch_worker.ts";
import { type EncodedBatch, encodeFiles, type EncodeOptions, type FileToRead } from "./encode_files.ts";

answerBatches<{ files: FileToRead[]; options: EncodeOptions }, EncodedBatch>(async ({ files, options }) => {
  const batch = await encodeFiles(files, options);
  return { message: batch, transfer: [batch.bytes.buffer as ArrayBuffer] };
});
