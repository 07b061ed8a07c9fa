/**
 * One report measurement of `deno task bench`, run in its own process so its
 * peak memory is its own. Prints one JSON line.
 *
 * - `report CORPUS OUT NOTEBOOKS(0|1)`: builds the report; its seconds, the
 *   process's peak resident memory (the kernels are processes of their own)
 *   and the size of index.html.
 * - `first-chart CORPUS`: a fresh kernel runs notebook 01 up to its first
 *   chart, with the frame cache the report gives its kernels (when this
 *   checkout has one); the seconds from starting the kernel to that chart.
 *
 * @module
 */
import process from "node:process";
import { join } from "node:path";
import { buildReport } from "../lib/report/build_report.ts";
import { runNotebooks } from "../lib/notebook/jupyter.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";
import { leftoverName, staleLeftovers } from "../lib/output/leftovers.ts";
import { fileURLToPath } from "node:url";

/** The prefix of the working folder of a first-chart measurement, beside the notebooks (see `leftovers.ts`). */
const BENCH_PREFIX = ".esf-bench";
const NOTEBOOK_01 = new URL("../notebooks/01-corpus-overview.ipynb", import.meta.url);
const NOTEBOOK_MODULE = new URL("../lib/notebook/mod.ts", import.meta.url).href;
const FRAME_CACHE = new URL("../lib/notebook/frame_cache.ts", import.meta.url).href;

const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function report(corpus: string, out: string, notebooks: boolean) {
  const start = performance.now();
  const result = await buildReport({ corpus, out, notebooks, progress: () => {} });
  const ms = performance.now() - start;
  const html = (await Deno.stat(join(out, "index.html"))).size;
  return {
    ms,
    peak_mb: peakMb(),
    html_bytes: html,
    notebooks: result.notebookRuns.map((r) => [r.notebook, r.seconds]),
  };
}

/** Notebook 01 cut after its first chart cell, importing the toolkit by absolute URL, in `dir`. */
async function firstChartNotebook(dir: string): Promise<string> {
  const notebook = JSON.parse(await Deno.readTextFile(NOTEBOOK_01));
  const cells = notebook.cells as { cell_type: string; source: string[] | string }[];
  const text = (cell: { source: string[] | string }) => [cell.source].flat().join("");
  const first = cells.findIndex((cell) => cell.cell_type === "code" && text(cell).includes("showChart("));
  notebook.cells = cells.slice(0, first + 1).map((cell) => ({
    ...cell,
    source: text(cell).replaceAll("../lib/notebook/mod.ts", NOTEBOOK_MODULE),
  }));
  const path = join(dir, "01-first-chart.ipynb");
  await Deno.writeTextFile(path, JSON.stringify(notebook));
  return path;
}

async function firstChart(corpus: string) {
  // Beside the shipped notebooks, so that the kernel finds the toolkit's deno.json (its import map); named after
  // this process, so that what an interrupted measurement left there is recognised and removed by the next one.
  const notebooks = fileURLToPath(new URL("../notebooks/", import.meta.url));
  for (const left of await staleLeftovers(notebooks, BENCH_PREFIX)) await Deno.remove(left, { recursive: true });
  const dir = join(notebooks, leftoverName(BENCH_PREFIX));
  await Deno.mkdir(dir);
  try {
    const env: Record<string, string> = {};
    // The frame cache, where this checkout has one (a checkout before it parses in the kernel).
    const cache = await import(FRAME_CACHE).catch(() => null);
    if (cache) {
      const loaded = await loadCorpus([corpus], { root: corpus });
      const frames = join(dir, "frames");
      await cache.writeFrameCache(frames, corpus, loaded, toDataFrame(loaded));
      env[cache.FRAMES_ENV] = frames;
    }
    const notebook = await firstChartNotebook(dir);
    const [run] = await runNotebooks({ notebooks: [notebook], corpus, out: join(dir, "out"), env });
    if (!run?.ok) throw new Error(`bench: notebook 01 failed: ${run?.problems.join("; ")}`);
    return { ms: run.seconds * 1000, cached: cache !== null };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

const [mode, corpus, out, notebooks] = Deno.args;
const result = mode === "report" ? await report(corpus!, out!, notebooks === "1") : await firstChart(corpus!);
console.log(JSON.stringify(result));
