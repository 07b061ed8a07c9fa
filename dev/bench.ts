/**
 * `deno task bench`: prints timings; asserts nothing. Generates corpora of
 * 1,000, 10,000 and 30,000 documents, prints the parse figures beside their
 * targets (`bench_parse.ts`: the I/O floor, parsing, peak memory, the parse
 * cache, linear growth), then times a full report on 1,000 documents.
 *
 * @module
 */
import { machine, parseBench } from "./bench_parse.ts";
import { RUN_WITH_TOOL_PERMISSIONS } from "../testing/subprocess.ts";
import { buildReport } from "../lib/report/build_report.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { crossCheckRegister } from "../lib/register/cross_check.ts";
import { loadRegister } from "../lib/register/load_register.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";

/** The full 19,940-row list when ESF_REFERENCE_DIR names its folder, else the shipped ESF rows (2,775). */
const REGISTER = Deno.env.get("ESF_REFERENCE_DIR")
  ? `${Deno.env.get("ESF_REFERENCE_DIR")}/eura2007-projektilista.csv`
  : SHIPPED_REGISTERS["2007-2013"];

async function registerTiming(): Promise<void> {
  const frames = toDataFrame(await loadCorpus([new URL("../data/documents", import.meta.url).pathname]));
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const loaded = loadRegister(REGISTER);
    crossCheckRegister(frames, loaded);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(
    `register: load ${REGISTER.split("/").pop()} and cross-check the shipped corpus: best ${
      (times[0]! / 1000).toFixed(2)
    } s, median ${(times[2]! / 1000).toFixed(2)} s (target: under 1 s)`,
  );
}

/**
 * Generates a corpus in a process of its own: a measurement's peak memory
 * (getrusage's maxrss) starts from the size of the process that starts it,
 * so this one must stay small.
 */
async function generate(dir: string, count: number, seed: number): Promise<void> {
  const script = new URL("./generate.ts", import.meta.url).pathname;
  const output = await new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, script, String(count), dir, String(seed)],
    stdout: "null",
    stderr: "null",
  }).output();
  if (!output.success) throw new Error(`bench: generating ${count} documents failed`);
}

const root = await Deno.makeTempDir({ prefix: "esf-bench-" });
try {
  console.log(`machine: ${machine()}`);
  await registerTiming();
  await generate(`${root}/corpus-1000`, 1_000, 1);
  await generate(`${root}/corpus-10000`, 10_000, 1);
  await generate(`${root}/corpus-30000`, 30_000, 2);
  await parseBench(`${root}/corpus-10000`, `${root}/corpus-30000`);
  const started = performance.now();
  const report = await buildReport({ corpus: `${root}/corpus-1000`, out: `${root}/report`, progress: () => {} });
  console.log(
    `report on 1,000 documents (9 charts, ${report.notebookRuns.length} notebooks): ${
      ((performance.now() - started) / 1000).toFixed(1)
    } s`,
  );
  for (const run of report.notebookRuns) console.log(`  notebook ${run.notebook}: ${run.seconds.toFixed(1)} s`);
} finally {
  await Deno.remove(root, { recursive: true });
}
