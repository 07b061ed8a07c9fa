/**
 * `deno task bench`: prints timings; asserts nothing. Generates corpora of
 * 1,000 and 10,000 documents, measures the I/O floor (reading and decoding
 * the files, nothing else) and parsing into the DataFrames, each in its own
 * process, then times a full report on 1,000 documents.
 *
 * @module
 */
import { RUN_WITH_TOOL_PERMISSIONS } from "../testing/subprocess.ts";
import { writeGeneratedCorpus } from "./generate.ts";
import { buildReport } from "../lib/report/build_report.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { crossCheckRegister } from "../lib/register/cross_check.ts";
import { loadRegister } from "../lib/register/load_register.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";

const MEASURE = new URL("./bench_parse.ts", import.meta.url).pathname;

interface Measurement {
  files: number;
  bytes: number;
  projects: number;
  ms: number;
  peak_mb: number;
}

async function measure(mode: "floor" | "parse", dir: string): Promise<Measurement> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: [...RUN_WITH_TOOL_PERMISSIONS, MEASURE, mode, dir],
    stdout: "piped",
    stderr: "inherit",
  }).output();
  if (!output.success) throw new Error(`bench: the ${mode} measurement failed`);
  return JSON.parse(new TextDecoder().decode(output.stdout));
}

const best = async (mode: "floor" | "parse", dir: string, runs: number) => {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(mode, dir));
  return all.sort((a, b) => a.ms - b.ms)[0]!;
};

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

const root = await Deno.makeTempDir({ prefix: "esf-bench-" });
try {
  console.log(`machine: ${navigator.hardwareConcurrency} cores, Deno ${Deno.version.deno}; best of 3 runs each`);
  await registerTiming();
  console.log("documents      MB   floor s   parse s   ratio    MB/s   docs/s   peak MB");
  for (const count of [1_000, 10_000]) {
    const dir = `${root}/corpus-${count}`;
    await writeGeneratedCorpus(dir, count, 1);
    await measure("floor", dir); // warm the page cache
    const floor = await best("floor", dir, 3);
    const parse = await best("parse", dir, 3);
    const mb = parse.bytes / 1e6;
    console.log(
      [
        String(count).padStart(9),
        mb.toFixed(1).padStart(7),
        (floor.ms / 1000).toFixed(2).padStart(9),
        (parse.ms / 1000).toFixed(2).padStart(9),
        `${(parse.ms / floor.ms).toFixed(1)}×`.padStart(7),
        (mb / (parse.ms / 1000)).toFixed(1).padStart(7),
        Math.round(count / (parse.ms / 1000)).toString().padStart(8),
        parse.peak_mb.toFixed(0).padStart(9),
      ].join(" "),
    );
  }
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
