import { tempDir } from "../../testing/temp.ts";
import { assertEquals } from "../../testing/assert.ts";
import { RUN_WITH_TOOL_PERMISSIONS, withPs } from "../../testing/subprocess.ts";
import { runNotebooks } from "./jupyter.ts";
import { loadCorpusFrames } from "../frame/load_frames.ts";
import { runningProcesses } from "../output/leftovers.ts";
import { fileURLToPath } from "node:url";
import { codeCell, denoNotebook } from "../../testing/deno_notebook.ts";

const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));
const HELPER = fileURLToPath(new URL("../../testing/notebooks_interrupted.ts", import.meta.url));

/** Runs `testing/notebooks_interrupted.ts`: how it ended, what it printed, and the run folders it left. */
async function interrupted(when: "setup" | "running", guard: "report" | "alone") {
  const root = await tempDir("esf-interrupted-notebooks-");
  try {
    await Deno.mkdir(`${root}/corpus`);
    await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${root}/corpus/mok.txt`);
    // A temporary folder of its own: another test's run, in this process, cleans the shared one's leftovers.
    const tmp = await tempDir("esf-interrupted-tmp-");
    const child = new Deno.Command(Deno.execPath(), {
      args: [...RUN_WITH_TOOL_PERMISSIONS, HELPER, when, guard, root],
      env: { TMPDIR: tmp },
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const timeout = setTimeout(() => child.kill("SIGKILL"), 180_000); // a hang, not a loaded machine
    const { code, stdout } = await child.output();
    clearTimeout(timeout);
    const left = (await Array.fromAsync(Deno.readDir(tmp))).map((e) => e.name)
      .filter((name) => name.startsWith(`esf-jupyter-${child.pid}-`));
    await Deno.remove(tmp, { recursive: true });
    const beside = (await Array.fromAsync(Deno.readDir(root))).map((e) => e.name).filter((n) => n.includes("esf-"));
    const runner = await Deno.stat(`${root}/notebooks`).then(() => "started", () => "never started");
    return { code, printed: new TextDecoder().decode(stdout).trim(), left: [...left, ...beside], runner };
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

Deno.test({
  name:
    "Ctrl-C while a report's notebook run sets up (the frames, contacts among them, being written) removes its folder",
  ignore: Deno.build.os === "windows",
}, async () => {
  assertEquals(await interrupted("setup", "report"), { code: 130, printed: "", left: [], runner: "never started" });
});

Deno.test({
  name:
    "Ctrl-C while a notebook run without a report sets up: it ends saying so, its folder removed, no runner started",
  ignore: Deno.build.os === "windows",
}, async () => {
  assertEquals(await interrupted("setup", "alone"), {
    code: 0,
    printed: "error: The notebook run was interrupted.",
    left: [],
    runner: "never started",
  });
});

Deno.test({
  name: "Ctrl-C while a notebook run without a report runs its kernel: it ends saying so, its folder removed",
  ignore: Deno.build.os === "windows" || !withPs,
}, async () => {
  assertEquals(await interrupted("running", "alone"), {
    code: 0,
    printed: "error: The notebook run was interrupted.",
    left: [],
    runner: "started",
  });
});

Deno.test("a notebook run stopped while it sets up (a report that failed meanwhile) never starts its runner", async () => {
  const root = await tempDir("esf-stopped-notebooks-");
  try {
    const stopped = new AbortController();
    const run = runNotebooks({
      notebooks: [fileURLToPath(new URL("../../notebooks/01-corpus-overview.ipynb", import.meta.url))],
      corpus: DATA,
      out: `${root}/notebooks`,
      signal: stopped.signal,
    });
    stopped.abort(); // it is still checking Jupyter
    assertEquals(await run.then(() => "resolved", (error) => error.name), "AbortError");
    assertEquals(await Deno.stat(`${root}/notebooks`).then(() => "started", () => "never started"), "never started");
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

/** A notebook of one code cell, for the Deno kernel. */
const notebookOf = (source: string): string => JSON.stringify(denoNotebook([codeCell("only", source)]));

Deno.test({
  name: "a notebook run stopped while its last notebook runs (another one has ended) stops that notebook's kernel",
  ignore: Deno.build.os === "windows" || !withPs,
}, async () => {
  const root = await tempDir("esf-stopped-notebooks-");
  // This run's kernels: those of its working folder (other tests' runs, in this process too, run meanwhile).
  const kernels = async () =>
    (await runningProcesses()).filter((p) => p.args.includes(`${root}/esf-jupyter-`) && p.args.includes("--kernel"));
  try {
    await Deno.writeTextFile(`${root}/1-quick.ipynb`, notebookOf("1 + 1"));
    await Deno.writeTextFile(`${root}/2-slow.ipynb`, notebookOf("await new Promise((r) => setTimeout(r, 60_000));"));
    const stopped = new AbortController();
    const run = runNotebooks({
      notebooks: [`${root}/1-quick.ipynb`, `${root}/2-slow.ipynb`],
      corpus: DATA,
      out: `${root}/out`,
      jobs: 2,
      signal: stopped.signal,
      workIn: root,
    });
    run.catch(() => {});
    // The quick notebook has ended (nbclient took its signal handlers off), the slow one's kernel runs.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 50));
    // Bounded: a run that never gets there fails the test instead of hanging it.
    const until = async (what: string, done: () => Promise<boolean>) => {
      for (const deadline = Date.now() + 120_000; !await done();) {
        if (Date.now() > deadline) throw new Error(`${what}: not within 120 s`);
        await pause();
      }
    };
    await until("the quick notebook ended", () => Deno.stat(`${root}/out/1-quick.ipynb`).then(() => true, () => false));
    await until("one kernel left", async () => (await kernels()).length === 1);
    const [slow] = await kernels();
    stopped.abort();
    let alive = true;
    for (let waited = 0; alive && waited < 5_000; waited += 50) {
      alive = (await runningProcesses()).some((p) => p.pid === slow!.pid && p.args === slow!.args);
      if (alive) await pause();
    }
    if (alive) Deno.kill(slow!.pid, "SIGKILL"); // else it runs on, and holds the runner's output open
    const ended = await Promise.race([
      run.then(() => "resolved", (error) => error.message),
      new Promise((resolve) => setTimeout(() => resolve("still running"), 60_000)),
    ]);
    assertEquals(
      { kernel: alive ? "outlives the run" : "stopped", ended },
      { kernel: "stopped", ended: "The notebook runner stopped after 1 of 2 notebooks." },
    );
  } finally {
    await Deno.remove(root, { recursive: true });
  }
});

Deno.test({
  name: "a notebook holds its place only while its cells run: the next kernel is started ahead, none outlives the run",
  ignore: Deno.build.os === "windows",
}, async () => {
  // One place (jobs 1), three notebooks: the second's kernel starts while the first runs, the third's only once the
  // first is done (as many kernels ahead as places); each cell prints its kernel's process and when it started. Each
  // cell takes 4 s (1.5 s before): the second kernel must be up within it, and beside other test files a kernel
  // takes seconds to start.
  const dir = await tempDir("esf-kernels-ahead-");
  try {
    const names = ["1-first.ipynb", "2-second.ipynb", "3-third.ipynb"];
    const cell = `console.log(JSON.stringify({ pid: Deno.pid, started: performance.timeOrigin, ran: Date.now() }));
await new Promise((resolve) => setTimeout(resolve, 4000));
console.log(JSON.stringify({ ended: Date.now() }));`;
    for (const name of names) await Deno.writeTextFile(`${dir}/${name}`, notebookOf(cell));
    const runs = await runNotebooks({
      notebooks: names.map((name) => `${dir}/${name}`),
      corpus: DATA,
      out: `${dir}/out`,
      jobs: 1,
    });
    assertEquals(runs.map((run) => [run.notebook, run.ok, run.problems]), names.map((name) => [name, true, []]));
    const printed = await Promise.all(names.map(async (name) => {
      const written = JSON.parse(await Deno.readTextFile(`${dir}/out/${name}`));
      const text = written.cells[0].outputs.map((output: { text: string[] | string }) => [output.text].flat().join(""));
      return Object.assign({}, ...text.join("").trim().split("\n").map((line: string) => JSON.parse(line)));
    }));
    const [first, second, third] = printed;
    // Started ahead: the second kernel was up before the first notebook's cell ended, and it ran after it.
    assertEquals(
      [second.started < first.ended, second.ran >= first.ended, third.started > first.ended],
      [true, true, true],
    );
    // Every kernel shut down by the time the run returns.
    const alive = printed.filter(({ pid }) => {
      try {
        Deno.statSync(`/proc/${pid}`);
        return true;
      } catch {
        return false;
      }
    });
    assertEquals(alive, []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "a run whose frames never come (the report's parse failed) fails with that error and leaves no kernel",
  ignore: Deno.build.os === "windows" || !withPs,
}, async () => {
  const dir = await tempDir("esf-no-frames-");
  try {
    const names = ["1-first.ipynb", "2-second.ipynb"];
    for (const name of names) await Deno.writeTextFile(`${dir}/${name}`, notebookOf("console.log('ran');"));
    // This run's kernels: those of its working folder (other tests' runs, in this process too, run meanwhile).
    const kernelsOf = (processes: { pid: number; args: string }[]) =>
      processes.filter((p) => p.args.includes("--kernel") && p.args.includes(`${dir}/esf-jupyter-`));
    // The parse fails once the runner has started both kernels (one to run, one ahead), or after 180 s: the failure
    // stops them. Watched, not timed: on a busy machine a kernel takes seconds to start.
    let started = 0;
    let given = 0;
    const frames = (async (): Promise<never> => {
      for (const deadline = Date.now() + 180_000; started < 2 && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        started = kernelsOf(await runningProcesses()).length;
      }
      throw new Error("the parse failed");
    })();
    const failed = await runNotebooks({
      notebooks: names.map((name) => `${dir}/${name}`),
      corpus: DATA,
      out: `${dir}/out`,
      jobs: 1,
      frames,
      onFramesGiven: () => given++,
      workIn: dir,
    }).then(() => "ran", (error: Error) => error.message);
    const kernels = kernelsOf(await runningProcesses());
    const left = (await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name)
      .filter((name) => name.startsWith(`esf-jupyter-${Deno.pid}-`));
    const written = await Array.fromAsync(Deno.readDir(`${dir}/out`)).catch(() => []);
    // The caller waiting for the frames to be given is let go too (a report would wait for ever otherwise).
    assertEquals(
      { started, failed, given, kernels, left, written },
      { started: 2, failed: "the parse failed", given: 1, kernels: [], left: [], written: [] },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "a run given its frames late says when they are written, so its caller's own work does not hold them back",
  ignore: Deno.build.os === "windows",
}, async () => {
  // The report parses on its thread, then works there for seconds: it waits for this call before that work, as the
  // frames are written (and the kernels told to go) on the same thread.
  const dir = await tempDir("esf-frames-given-");
  try {
    await Deno.writeTextFile(
      `${dir}/1-frames.ipynb`,
      notebookOf(
        `console.log(Deno.readDirSync(Deno.env.get("ESF_FRAMES")!).some((e) => e.name === "corpus.json"));`,
      ),
    );
    const parsed = await loadCorpusFrames([DATA], { root: DATA });
    // This run's folder is the one in its own working folder (other tests' runs, in this process too, run meanwhile).
    const work = `${dir}/work`;
    await Deno.mkdir(work);
    const given: { written: boolean; ran: boolean }[] = [];
    let ran = false;
    const run = runNotebooks({
      notebooks: [`${dir}/1-frames.ipynb`],
      corpus: DATA,
      out: `${dir}/out`,
      jobs: 1,
      frames: new Promise((resolve) => setTimeout(() => resolve({ corpus: parsed, frames: parsed.frames }), 200)),
      workIn: work,
      onFramesGiven: () => {
        const run = Deno.readDirSync(work).find((e) => e.name.startsWith(`esf-jupyter-${Deno.pid}-`));
        const written = run !== undefined && Deno.statSync(`${work}/${run.name}/frames/corpus.json`).isFile;
        given.push({ written, ran });
      },
    }).finally(() => ran = true);
    const [only] = await run;
    const written = JSON.parse(await Deno.readTextFile(`${dir}/out/1-frames.ipynb`));
    assertEquals(
      { ok: only!.ok, printed: written.cells[0].outputs[0].text, given },
      { ok: true, printed: ["true\n"], given: [{ written: true, ran: false }] },
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "onFramesGiven is called once whatever happens: a run that fails before its runner starts calls it too, " +
    "and one whose callback throws rejects with that error, its folder removed",
  ignore: Deno.build.os === "windows",
}, async () => {
  const dir = await tempDir("esf-frames-given-fails-");
  try {
    const parsed = await loadCorpusFrames([DATA], { root: DATA });
    const frames = Promise.resolve({ corpus: parsed, frames: parsed.frames });
    const notebooks = [`${dir}/1-none.ipynb`];
    let given = 0;
    const noPython = await runNotebooks({
      notebooks,
      corpus: DATA,
      out: `${dir}/out`,
      checked: true,
      python: `${dir}/no-such-python`,
      frames,
      onFramesGiven: () => given++,
      workIn: dir,
    }).then(() => "ran", () => "failed");
    // A runner that reads its "go" and ends: the frames are written and the callback called.
    await Deno.writeTextFile(`${dir}/runner.sh`, "#!/bin/sh\nread go\n");
    await Deno.chmod(`${dir}/runner.sh`, 0o755);
    const thrown = await runNotebooks({
      notebooks,
      corpus: DATA,
      out: `${dir}/out`,
      checked: true,
      python: `${dir}/runner.sh`,
      frames,
      onFramesGiven: () => {
        throw new Error("the caller failed");
      },
      workIn: dir,
    }).then(() => "ran", (error: Error) => error.message);
    const left = (await Array.fromAsync(Deno.readDir(dir))).map((e) => e.name)
      .filter((name) => name.startsWith(`esf-jupyter-${Deno.pid}-`));
    assertEquals({ noPython, given, thrown, left }, {
      noPython: "failed",
      given: 1,
      thrown: "the caller failed",
      left: [],
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
