/**
 * One measurement of `deno task bench`, run in its own process so its peak
 * memory is its own: `floor` reads and decodes every file (nothing else),
 * `parse` loads the corpus into the DataFrames. Prints one JSON line.
 *
 * @module
 */
import process from "node:process";
import { decodeDocument } from "../lib/parse/decode.ts";
import { listInputFiles } from "../lib/corpus/list_files.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";

const [mode, dir] = Deno.args;
const { files } = await listInputFiles([dir!]);
const start = performance.now();
let bytes = 0;
let projects = 0;
if (mode === "floor") {
  // The same concurrency as loadCorpus, so the comparison is fair.
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < files.length) {
      const data = await Deno.readFile(files[next++]!);
      bytes += data.length;
      decodeDocument(data);
    }
  }));
} else {
  const corpus = await loadCorpus([dir!]);
  projects = toDataFrame(corpus).projects.height;
  bytes = corpus.files.reduce((sum, file) => sum + file.bytes, 0);
}
const ms = performance.now() - start;
// The process's peak resident memory (getrusage's maxrss, in KiB).
const peakKb = process.resourceUsage().maxRSS;
console.log(JSON.stringify({ mode, files: files.length, bytes, projects, ms, peak_mb: peakKb / 1024 }));
