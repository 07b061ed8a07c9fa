/**
 * The parsing half of `deno task bench`: each figure of issue 14 beside its
 * target, with the machine. Every measurement runs in its own process, so
 * its peak memory (getrusage's maxrss) is its own:
 *
 * - `floor`: reads and decodes every file, nothing else (the I/O floor);
 * - `records`: `loadCorpus` + `toDataFrame` (objects, then frames);
 * - `frames`: `loadCorpusFrames` (workers write table text, frames by batch);
 * - `lean`: `loadCorpusFrames` without the long texts (`texts: false`, `parse --without-texts`);
 * - `cached`: `loadCorpusFrames` with a parse cache folder;
 * - `as-given`: `loadCorpusFrames` naming each file by its path as found (no `root`).
 *
 * Files are named relative to the corpus folder (`root`), as `parse`, the
 * report and the notebooks name them, but in `as-given`: every row of
 * provenance and files holds its file's name, so a long absolute path costs
 * memory.
 *
 * A child's maxrss starts from the size of its parent at the spawn, so the
 * process that starts the measurements must stay small (the `floor` peak
 * shows that baseline).
 *
 * `deno run -q -P dev/bench_parse.ts DIR [DIR_30K]` prints the table for
 * corpora made with `deno task generate 10000 DIR` (and 30000); adding
 * documents for the cache figures, it writes `zz-bench-added-1.txt` to `-3.txt`
 * in DIR and removes them after. `--measure MODE DIR [CACHE]` prints one measurement as
 * JSON.
 *
 * @module
 */
import process from "node:process";
import { cpus, loadavg } from "node:os";
import { decodeDocument } from "../lib/parse/decode.ts";
import { listInputFiles } from "../lib/corpus/list_files.ts";
import { loadCorpus } from "../lib/corpus/load_corpus.ts";
import { toDataFrame } from "../lib/frame/to_dataframe.ts";
import { loadCorpusFrames } from "../lib/frame/load_frames.ts";
import { measureInProcess } from "./measure_process.ts";
import { times } from "./ratio_text.ts";
import { fileURLToPath } from "node:url";

/** The modes of one measurement. */
export type Mode = "floor" | "records" | "frames" | "lean" | "cached" | "as-given";

/** One measurement. */
export interface Measurement {
  mode: Mode;
  files: number;
  bytes: number;
  projects: number;
  /** Files parsed (the others were taken from the cache). */
  parsed: number;
  ms: number;
  /** CPU time of the whole process, every thread (user and system). */
  cpu_ms: number;
  peak_mb: number;
}

async function measureHere(mode: Mode, dir: string, cache?: string): Promise<Measurement> {
  const { files } = await listInputFiles([dir]);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let bytes = 0;
  let projects = 0;
  let parsed = files.length;
  if (mode === "floor") {
    // The same concurrency as loadCorpus reads with, so the comparison is fair.
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < files.length) {
        const data = await Deno.readFile(files[next++]!);
        bytes += data.length;
        decodeDocument(data);
      }
    }));
  } else if (mode === "records") {
    const corpus = await loadCorpus([dir], { root: dir });
    projects = toDataFrame(corpus).projects.height;
    bytes = corpus.files.reduce((sum, file) => sum + file.bytes, 0);
  } else {
    // Files named relative to the corpus folder, as `parse`, the report and the notebooks name them.
    const loaded = await loadCorpusFrames(
      [dir],
      mode === "as-given"
        ? {}
        : { root: dir, ...mode === "cached" ? { cache } : mode === "lean" ? { texts: false } : {} },
    );
    projects = loaded.frames.projects.height;
    bytes = loaded.files.reduce((sum, file) => sum + file.bytes, 0);
    parsed = loaded.parsed;
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const cpu_ms = (cpu.user + cpu.system) / 1000;
  // The process's peak resident memory (getrusage's maxrss, in KiB).
  const peak_mb = process.resourceUsage().maxRSS / 1024;
  return { mode, files: files.length, bytes, projects, parsed, ms, cpu_ms, peak_mb };
}

/** One measurement in a process of its own. */
export function measure(mode: Mode, dir: string, cache?: string): Promise<Measurement> {
  const args = ["--measure", mode, dir, ...cache ? [cache] : []];
  return measureInProcess<Measurement>(fileURLToPath(new URL(import.meta.url)), args, `the ${mode} measurement`);
}

/** The fastest of a few runs (the machine is shared: the fastest is the least disturbed). */
async function best(mode: Mode, dir: string, runs: number): Promise<Measurement> {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await measure(mode, dir));
  return all.sort((a, b) => a.ms - b.ms)[0]!;
}

/** The machine, as the figures are read against it. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  const load = loadavg().map((value) => value.toFixed(2)).join(" ");
  const ram = `${(Deno.systemMemoryInfo().total / 2 ** 30).toFixed(1)} GB RAM`;
  return `${cpu}, ${navigator.hardwareConcurrency} cores, ${ram}, Deno ${Deno.version.deno}, load average ${load} (shared machine)`;
}

/**
 * The parse's CPU time beside what the 3× target leaves it: on this machine's cores, kept busy all the time, at most
 * cores × 3 × the floor's time. A parse that needs more CPU than that cannot meet the target with any number of
 * threads: its work has to shrink.
 */
export function cpuBudget(parse: Measurement, floor: Measurement, cores = navigator.hardwareConcurrency): string {
  const budget = cores * 3 * floor.ms;
  const perDocument = (ms: number) => `${(ms * 1000 / parse.files).toFixed(0)} µs`;
  return `CPU time of the parse, every thread: ${(parse.cpu_ms / 1000).toFixed(2)} s (${
    perDocument(parse.cpu_ms)
  } a document); ${cores} cores × 3 × the floor leave ${(budget / 1000).toFixed(2)} s (${perDocument(budget)}): ${
    parse.cpu_ms <= budget ? "within it" : `${times(parse.cpu_ms / budget, 1)} over it, so its work has to shrink`
  }`;
}

const seconds = (m: Measurement) => `${(m.ms / 1000).toFixed(2)} s`;
const verdict = (met: boolean) => met ? "met" : "NOT MET";

/**
 * Measures and prints the parse figures of a corpus of 10,000 documents
 * (and of 30,000, when given), each beside its target; returns the lines
 * and the parse of the 10,000 (the fastest run).
 */
export async function parseBench(
  dir10k: string,
  dir30k?: string,
  runs = 2,
): Promise<{ lines: string[]; frames: Measurement }> {
  const lines: string[] = [];
  const say = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  say(`machine: ${machine()}; best of ${runs} runs, each in its own process`);
  await measure("floor", dir10k); // warm the page cache
  const floor = await best("floor", dir10k, runs);
  const records = await best("records", dir10k, runs);
  const frames = await best("frames", dir10k, runs);
  const ratio = frames.ms / floor.ms;
  say(`${frames.files} documents, ${(frames.bytes / 1e6).toFixed(1)} MB: I/O floor (read + decode) ${seconds(floor)}`);
  say(
    `  loadCorpus + toDataFrame (objects, then frames): ${seconds(records)} = ${
      (records.ms / floor.ms).toFixed(1)
    }× the floor, peak ${records.peak_mb.toFixed(0)} MB`,
  );
  say(
    `  parse (loadCorpusFrames): ${seconds(frames)} = ${times(ratio, 3)} the floor (target ≤ 3×, aim 2×): ${
      verdict(ratio <= 3)
    }`,
  );
  say(`  ${cpuBudget(frames, floor)}`);
  say(
    `  peak memory ${
      frames.peak_mb.toFixed(0)
    } MB, files named relative to the corpus folder as parse and the report name them (target ≤ 500 MB): ${
      verdict(frames.peak_mb <= 500)
    }`,
  );
  const given = await measure("as-given", dir10k);
  const [first] = [...Deno.readDirSync(dir10k)].filter((entry) => entry.isFile);
  say(
    `  the same, files named by their paths as found (${(dir10k + "/" + first!.name).length} characters each): peak ${
      given.peak_mb.toFixed(0)
    } MB`,
  );
  const lean = await best("lean", dir10k, runs);
  const leanRatio = lean.ms / floor.ms;
  say(
    `  without the six long texts (texts: false, parse --without-texts): ${seconds(lean)} = ${
      times(leanRatio, 3)
    } the floor: ${verdict(leanRatio <= 3)}; peak ${lean.peak_mb.toFixed(0)} MB: ${verdict(lean.peak_mb <= 500)}`,
  );

  const cache = await Deno.makeTempDir({ prefix: "esf-bench-cache-" });
  const added = [1, 2, 3].map((n) => `${dir10k}/zz-bench-added-${n}.txt`);
  // The shipped document as a new project: under a code the generator never gives (it numbers S1…, S2…). Its own
  // code, S11547, is also a generated document's: added as it is, it is a copy of a cached project.
  const shipped = await Deno.readTextFile(new URL("../data/documents/000_0083efce40fb50fc.txt", import.meta.url));
  const newProject = (code: string) => shipped.replaceAll("S11547", code);
  try {
    const cold = await measure("cached", dir10k, cache);
    // One new project added, twice (another each time), each run parsing only it: the faster of the two.
    const warm: Measurement[] = [];
    for (const [k, code] of ["S09998", "S09999"].entries()) {
      await Deno.writeTextFile(added[k]!, newProject(code));
      warm.push(await measure("cached", dir10k, cache));
    }
    // Then a copy of a cached project: every file's duplicates are resolved again, not only the new file's.
    await Deno.writeTextFile(added[2]!, shipped);
    const copy = await measure("cached", dir10k, cache);
    const fastest = warm.sort((a, b) => a.ms - b.ms)[0]!;
    const speedup = frames.ms / fastest.ms;
    say(`  cold run writing the parse cache: ${seconds(cold)}`);
    say(
      `  one new project's document added, re-run with the cache: ${seconds(fastest)}, ${fastest.parsed} parsed = ${
        times(speedup, 10)
      } faster than a cold run (target ≥ 10×, only the new one parsed): ${
        verdict(speedup >= 10 && warm.every((run) => run.parsed === 1))
      }`,
    );
    say(
      `  a copy of a cached project added instead: ${seconds(copy)}, ${copy.parsed} parsed = ${
        (frames.ms / copy.ms).toFixed(1)
      }× (every file's duplicates resolved again)`,
    );
  } finally {
    for (const path of added) await Deno.remove(path).catch(() => {});
    await Deno.remove(cache, { recursive: true });
  }

  if (dir30k) {
    const large = await best("frames", dir30k, 1);
    const perDocument = (m: Measurement) => m.ms / m.files;
    const growth = perDocument(large) / perDocument(frames);
    say(
      `${large.files} documents (both periods): ${seconds(large)}, ${
        (perDocument(large)).toFixed(3)
      } ms a document against ${perDocument(frames).toFixed(3)} at 10,000 (target: linear, within 1.25×): ${
        growth.toFixed(2)
      }× ${verdict(growth <= 1.25)}`,
    );
    say(`  peak memory ${large.peak_mb.toFixed(0)} MB (target ≤ 1 GB): ${verdict(large.peak_mb <= 1024)}`);
    const largeLean = await best("lean", dir30k, 1);
    say(
      `  without the six long texts: ${seconds(largeLean)}, peak ${largeLean.peak_mb.toFixed(0)} MB: ${
        verdict(largeLean.peak_mb <= 1024)
      }`,
    );
  }
  return { lines, frames };
}

if (import.meta.main) {
  if (Deno.args[0] === "--measure") {
    const [, mode, dir, cache] = Deno.args;
    console.log(JSON.stringify(await measureHere(mode as Mode, dir!, cache)));
  } else if (Deno.args.length >= 1) {
    await parseBench(Deno.args[0]!, Deno.args[1]);
  } else {
    console.error("Usage: deno run -q -P dev/bench_parse.ts DIR_10K [DIR_30K]  (corpora of deno task generate)");
    Deno.exit(2);
  }
}
