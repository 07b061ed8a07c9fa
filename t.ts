import { writeGeneratedCorpus } from "./lib/generate.ts";
import { loadCorpus, listInputFiles } from "./lib/load_corpus.ts";
import { decodeDocument } from "./lib/decode.ts";
import { toDataFrame } from "./lib/to_dataframe.ts";
const dir = "/tmp/gen10k";
try { Deno.statSync(dir); } catch { await writeGeneratedCorpus(dir, 10000, 1); }
const { files } = await listInputFiles([dir]);
let bytes = 0; let t = performance.now();
for (const f of files) { const b = await Deno.readFile(f); bytes += b.length; decodeDocument(b); }
const floor = performance.now() - t;
console.log("files", files.length, "MB", (bytes/1e6).toFixed(1), "floor ms", floor.toFixed(0));
let peak = 0; const timer = setInterval(() => { peak = Math.max(peak, Deno.memoryUsage().rss); }, 20);
t = performance.now();
const corpus = await loadCorpus([dir]);
const tl = performance.now() - t;
const frames = toDataFrame(corpus);
const total = performance.now() - t;
clearInterval(timer); peak = Math.max(peak, Deno.memoryUsage().rss);
console.log("load ms", tl.toFixed(0), "total ms", total.toFixed(0), "ratio", (total/floor).toFixed(2), "peak MB", (peak/1e6).toFixed(0), frames.projects.height, corpus.diagnostics.length);
