/**
 * Running the notebooks headless with Jupyter's own client and the Deno
 * kernel, as the report and the notebook tests do.
 *
 * No kernel outlives a run: the runner (`run_notebooks.py`) stops its kernel
 * when this process is gone or signals it; an interrupt (SIGINT, SIGTERM)
 * here stops the runner's process group and removes the run's working folder,
 * `esf-jupyter-PID-RANDOM` in the temporary folder (with the frames handed to
 * the kernels); that folder holds the kernel's connection file, so a kernel
 * a killed run left is recognised by it and stopped by the next run
 * ({@linkcode cleanNotebookLeftovers}).
 *
 * @module
 */
import { tmpdir } from "node:os";
import { onInterrupt } from "../output/interrupts.ts";
import { basename, join } from "node:path";
import type { CorpusFrames } from "../frame/to_dataframe.ts";
import { type CorpusSummary, FRAMES_ENV, writeFrameCache } from "./frame_cache.ts";
import { leftoverName, removeWhileWritten, runningProcesses, staleLeftovers } from "../output/leftovers.ts";
import { fileURLToPath } from "node:url";
import { SaidError } from "../i18n/cli.ts";
import { REPORT_CLI } from "../i18n/cli_report.ts";
import type { Language } from "../i18n/mod.ts";

/** The runner's progress lines in the language, as the templates `run_notebooks.py` fills in. */
const runnerWords = (lang: Language) => {
  const { runnerRunning, runnerRetry, runnerParentGone, runnerCalledOff } = REPORT_CLI[lang];
  return JSON.stringify({ runnerRunning, runnerRetry, runnerParentGone, runnerCalledOff });
};

/** The result of one notebook run. */
export interface NotebookRun {
  notebook: string;
  ok: boolean;
  /** True when a Jupyter protocol error (a message failing its signature) made the runner run it a second time. */
  retried: boolean;
  problems: string[];
  outputs: { chart: number; table: number; markdown: number };
  /**
   * Its kernel's start (with, when the frames came as a promise, its warm-up: see `run_notebooks.py`) and its run;
   * not its wait for a place among the `jobs`.
   */
  seconds: number;
}

/** Options of {@linkcode runNotebooks}. */
export interface RunNotebooksOptions {
  /** The notebooks to run, in order. */
  notebooks: string[];
  /** The corpus folder, passed to the notebooks as `ESF_CORPUS`. */
  corpus: string;
  /** Where the executed notebooks are written. */
  out: string;
  /**
   * The Python with Debian's Jupyter packages.
   * @default {Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3"}
   */
  python?: string;
  /**
   * Seconds a cell may run.
   * @default {600}
   */
  timeout?: number;
  /**
   * How many notebooks run at a time, each on a kernel of its own.
   * @default {the number of cores, at most 4}
   */
  jobs?: number;
  /**
   * The corpus already parsed into frames (as the report has it): the kernels read these instead of
   * parsing the corpus again (`frame_cache.ts`). Given as a promise (the report's parse, still running), the
   * runner and its kernels start at once and the notebooks when the frames are written; a promise that
   * rejects stops the run, which then rejects with its error.
   * @default {undefined (each kernel parses)}
   */
  frames?: NotebookFrames | Promise<NotebookFrames>;
  /**
   * Called once, when the kernels may run their cells: the frames (given as a promise) written and the runner
   * told to go; or when the run ends without getting there (it failed, was stopped, or had no frames). A caller
   * that parsed on this thread awaits it before its own work there, which would otherwise hold the frames back
   * while the kernels wait (1,000 documents: 0.8 s). A callback that throws fails the run.
   * @default {undefined}
   */
  onFramesGiven?: () => void;
  /**
   * The caller has checked Jupyter ({@linkcode checkJupyter}) and cleaned up after killed runs
   * ({@linkcode cleanNotebookLeftovers}) already, as the report does before any work: not again (while a report
   * parses, the two took 1.2 s before the runner could start).
   * @default {false}
   */
  checked?: boolean;
  /**
   * Stops the run (the runner and its kernels) when aborted; the promise then rejects.
   * @default {undefined}
   */
  signal?: AbortSignal;
  /**
   * The folder the run's working folder (`esf-jupyter-PID-RANDOM`) is made in: the tests give each run one of its
   * own, as the tests of one `deno test` share a process and its temporary folder. Only the temporary folder's are
   * cleaned up after a killed run ({@linkcode cleanNotebookLeftovers}).
   * @default {the temporary folder (`TMPDIR`)}
   */
  workIn?: string;
  /**
   * More environment for the kernel, e.g. `{ ESF_LANG: "en" }`.
   * @default {{}}
   */
  env?: Record<string, string>;
  /**
   * The language of the runner's progress lines.
   * @default {"en"}
   */
  lang?: Language;
}

/** A corpus parsed into frames, as the kernels read it (`frame_cache.ts`). */
export interface NotebookFrames {
  corpus: CorpusSummary;
  frames: CorpusFrames;
}

const KERNEL_NAME = "esf-deno";
const INTERRUPTED = "The notebook run was interrupted.";
const RUNNER = fileURLToPath(new URL("./run_notebooks.py", import.meta.url));
const NOTEBOOKS_DIR = fileURLToPath(new URL("../../notebooks/", import.meta.url));

/** The shipped notebooks, in their numbered order. */
export function shippedNotebooks(): string[] {
  return [...Deno.readDirSync(NOTEBOOKS_DIR)]
    .filter((entry) => entry.isFile && /^\d\d-.*\.ipynb$/.test(entry.name))
    .map((entry) => NOTEBOOKS_DIR + entry.name)
    .sort();
}

/** Throws an Error saying how to install what is missing, if Python lacks Jupyter's client. */
export async function checkJupyter(python = defaultPython()): Promise<void> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(python, {
      args: ["-c", "import nbclient, nbformat, jupyter_client"],
      stdout: "null",
      stderr: "piped",
    }).output();
  } catch {
    throw new SaidError((lang) => REPORT_CLI[lang].noPython(python));
  }
  if (!output.success) {
    throw new SaidError((lang) => REPORT_CLI[lang].noJupyter(python));
  }
}

function defaultPython(): string {
  return Deno.env.get("ESF_PYTHON") ?? "/usr/bin/python3";
}

/**
 * Writes a kernelspec for this Deno (the running executable, so the kernel
 * matches the tool) into `dir/kernels/esf-deno/`, for `JUPYTER_PATH`.
 */
export async function writeKernelspec(dir: string): Promise<void> {
  const kernelDir = `${dir}/kernels/${KERNEL_NAME}`;
  await Deno.mkdir(kernelDir, { recursive: true });
  await Deno.writeTextFile(
    `${kernelDir}/kernel.json`,
    JSON.stringify({
      // -q: no "deno jupyter is unstable" notice on every kernel start; the user's terminal is kept to progress and problems.
      argv: [Deno.execPath(), "jupyter", "-q", "--kernel", "--conn", "{connection_file}"],
      display_name: "Deno (ESF toolkit)",
      language: "typescript",
    }),
  );
}

/**
 * Runs the notebooks on the corpus, `jobs` at a time, writing the executed
 * copies to `out`. Progress ("notebook k of N") goes to stderr. Resolves with
 * one result per notebook, in the order given; a notebook that raised or lost
 * an output has `ok: false` and says why in `problems`.
 */
export async function runNotebooks(options: RunNotebooksOptions): Promise<NotebookRun[]> {
  // Frames that fail while the run sets up stop it below; meanwhile their failure is not unhandled.
  if (options.frames instanceof Promise) options.frames.catch(() => {});
  const python = options.python ?? defaultPython();
  if (!options.checked) {
    await checkJupyter(python);
    await cleanNotebookLeftovers();
  }
  const jupyterPath = join(options.workIn ?? tmpdir(), leftoverName(WORK_PREFIX));
  await Deno.mkdir(jupyterPath, { mode: 0o700 });
  let runner: Deno.ChildProcess | null = null;
  const stop = () => {
    if (!runner) return;
    try {
      Deno.kill(-runner.pid, "SIGTERM"); // the runner's process group: it stops its kernel
    } catch {
      try {
        runner.kill("SIGTERM");
      } catch { /* ended already */ }
    }
  };
  // Interrupted, from the folder's first file on: the runner stops its kernel, and the folder goes at once (the
  // frames in it hold contacts); a runner not started yet never starts.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    stop();
    removeWhileWritten(jupyterPath);
  };
  // Called once: when the kernels may go, or when the run ends without getting there.
  let framesGiven = false;
  const callFramesGiven = () => {
    if (framesGiven) return;
    framesGiven = true;
    options.onFramesGiven?.();
  };
  const stopListening = onInterrupt(onSignal);
  try {
    await writeKernelspec(jupyterPath);
    // In the run's own folder: removed with it, and by the next run after a killed one.
    const framesDir = join(jupyterPath, "frames");
    const writeFrames = async ({ corpus, frames }: NotebookFrames) => {
      await writeFrameCache(framesDir, options.corpus, corpus, frames);
      if (interrupted) throw new Error("written after the interrupt");
    };
    // Frames still coming: the runner starts its kernels now, and its notebooks once they are written.
    const coming = options.frames instanceof Promise ? options.frames : null;
    if (options.frames && !(options.frames instanceof Promise)) await writeFrames(options.frames);
    if (interrupted) throw new Error("a runner not started yet never starts");
    options.signal?.throwIfAborted(); // stopped meanwhile (the report failed): nor then
    runner = new Deno.Command(python, {
      args: [
        RUNNER,
        "--kernel",
        KERNEL_NAME,
        "--out",
        options.out,
        "--timeout",
        String(options.timeout ?? 600),
        "--jobs",
        String(options.jobs ?? Math.min(4, Math.max(1, navigator.hardwareConcurrency))),
        "--process-group",
        ...coming ? ["--wait-for-go"] : [],
        ...options.notebooks,
      ],
      // TMPDIR: the kernel's connection file goes in the run's folder, so its command line names the run.
      env: {
        // No pause after each output: this runner gives an output that comes after its cell's idle to its cell.
        ESF_FLUSH_MS: "0",
        ESF_RUNNER_WORDS: runnerWords(options.lang ?? "en"),
        ...options.env,
        JUPYTER_PATH: jupyterPath,
        TMPDIR: jupyterPath,
        ESF_CORPUS: options.corpus,
        ...(options.frames ? { [FRAMES_ENV]: framesDir } : {}),
        NO_COLOR: "1",
      },
      stdin: coming ? "piped" : "null",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    options.signal?.addEventListener("abort", stop, { once: true });
    // The frames written, the runner is told to go; frames that never come (a failed parse) stop it.
    let withoutFrames: unknown = null;
    const given = coming && runner.stdin
      ? coming.then(writeFrames).then(
        () => say(runner!.stdin, "go\n"),
        (error) => {
          withoutFrames = error;
          stop();
          return say(runner!.stdin, "");
        },
      )
      : Promise.resolve();
    // A callback that throws fails the run, as any step of it.
    const goneOn = given.then(callFramesGiven);
    let output: Deno.CommandOutput;
    try {
      [output] = await Promise.all([runner.output(), goneOn]);
    } catch (error) {
      stop();
      throw error;
    } finally {
      options.signal?.removeEventListener("abort", stop);
    }
    if (interrupted) throw new Error("stopped by the interrupt");
    if (withoutFrames !== null) throw withoutFrames;
    const lines = new TextDecoder().decode(output.stdout).split("\n").filter((line) => line.startsWith("{"));
    const runs = new Map(lines.map((line) => JSON.parse(line) as NotebookRun).map((run) => [run.notebook, run]));
    const ordered = options.notebooks.map((path) => runs.get(basename(path))).filter((run) => run !== undefined);
    if (ordered.length !== options.notebooks.length) {
      const [done, total] = [ordered.length, options.notebooks.length];
      throw new SaidError((lang) => REPORT_CLI[lang].runnerStopped(done, total));
    }
    return ordered;
  } catch (error) {
    // A write of the setup into the folder just removed fails: the interrupt is the reason.
    throw interrupted ? new Error(INTERRUPTED, { cause: error }) : error;
  } finally {
    try {
      callFramesGiven(); // the run ended before its kernels could go: its caller waits no longer
    } catch {
      // the run failed already: its own error stands
    }
    stopListening();
    // Removed already when the run was interrupted (but a write of its setup may have made it again).
    await Deno.remove(jupyterPath, { recursive: true }).catch((error) => {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    });
  }
}

/** Writes the text to the stream and closes it; a stream its reader has closed already (the runner ended) is left. */
async function say(stream: WritableStream<Uint8Array>, text: string): Promise<void> {
  const writer = stream.getWriter();
  try {
    if (text !== "") await writer.write(new TextEncoder().encode(text));
    await writer.close();
  } catch {
    // the runner is gone: its output says why
  }
}

/** The name of a run's working folder in the temporary folder: `esf-jupyter-PID-RANDOM`. */
const WORK_PREFIX = "esf-jupyter";

/**
 * Stops the kernels of notebook runs that were killed (their working folder
 * is there, their process is gone) and removes those folders. Returns the
 * folders removed.
 */
export async function cleanNotebookLeftovers(): Promise<string[]> {
  const stale = await staleLeftovers(tmpdir(), WORK_PREFIX);
  if (stale.length === 0) return [];
  const processes = await runningProcesses();
  for (const dir of stale) {
    for (const process of processes.filter((p) => p.args.includes(`${dir}/`))) {
      try {
        Deno.kill(process.pid, "SIGKILL");
      } catch { /* ended meanwhile */ }
    }
    await Deno.remove(dir, { recursive: true }).catch(() => {});
  }
  return stale;
}
