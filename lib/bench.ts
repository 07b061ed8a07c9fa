/**
 * `deno task bench`: prints timings; asserts nothing.
 *
 * - parsing the shipped corpus into the DataFrame (best of several runs);
 * - a full `report` on the shipped corpus, notebooks included.
 *
 * @module
 */
import { loadCorpus } from "./load_corpus.ts";
import { buildReport } from "./report.ts";
import { toDataFrame } from "./to_dataframe.ts";

const DATA = new URL("../data", import.meta.url).pathname;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await run();
  return [performance.now() - start, result];
}

const runs: number[] = [];
for (let i = 0; i < 20; i++) {
  const [ms] = await timed(async () => toDataFrame(await loadCorpus([DATA])));
  runs.push(ms);
}
runs.sort((a, b) => a - b);
console.log(
  `parse data/ (5 documents) into DataFrames: best ${runs[0]!.toFixed(1)} ms, median ${
    runs[10]!.toFixed(1)
  } ms over 20 runs`,
);

const out = await Deno.makeTempDir({ prefix: "esf-bench-" });
const [reportMs, report] = await timed(() => buildReport({ corpus: DATA, out: `${out}/report`, progress: () => {} }));
console.log(`report on data/ (5 documents, 4 notebooks, 9 charts): ${(reportMs / 1000).toFixed(1)} s`);
for (const run of report.notebookRuns) console.log(`  notebook ${run.notebook}: ${run.seconds.toFixed(1)} s`);
await Deno.remove(out, { recursive: true });
console.log(`machine: ${navigator.hardwareConcurrency} cores, Deno ${Deno.version.deno}`);
