/**
 * A real `deno task report` killed with SIGKILL while its notebooks run:
 * no Jupyter kernel may outlive it, and the next run removes the folders it
 * left. The process tree is read with `ps`.
 */
import { tempDir } from "../../testing/temp.ts";
import { assert, assertEquals } from "../../testing/assert.ts";
import { withPs } from "../../testing/subprocess.ts";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const DATA = `${REPO}data/documents/`;

/** Every process that runs (zombies left out): its parent and its command line, from ps. */
async function processes(): Promise<Map<number, { ppid: number; cmdline: string }>> {
  const { stdout } = await new Deno.Command("ps", {
    args: ["-A", "-o", "pid=", "-o", "ppid=", "-o", "stat=", "-o", "args="],
  }).output();
  const found = new Map<number, { ppid: number; cmdline: string }>();
  for (const line of new TextDecoder().decode(stdout).split("\n")) {
    const match = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    if (match && !match[3]!.startsWith("Z")) {
      found.set(Number(match[1]), { ppid: Number(match[2]), cmdline: match[4]! });
    }
  }
  return found;
}

/** The process and all below it, with their command lines. */
async function tree(root: number): Promise<{ pid: number; cmdline: string }[]> {
  const all = await processes();
  const found = [{ pid: root, cmdline: all.get(root)?.cmdline ?? "" }];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, { ppid, cmdline }] of all) if (ppid === found[i]!.pid) found.push({ pid, cmdline });
  }
  return found;
}

const isKernel = (cmdline: string) => cmdline.includes(" jupyter ") && cmdline.includes("--kernel");
const isReport = (cmdline: string) => cmdline.includes("lib/cli/report.ts");

function kill(pid: number): void {
  try {
    Deno.kill(pid, "SIGKILL");
  } catch { /* ended already */ }
}

/** Whether the process still runs that command (an id reused by another process does not count). */
async function stillRuns(pid: number, cmdline: string): Promise<boolean> {
  return (await processes()).get(pid)?.cmdline === cmdline;
}

async function waitFor<T>(what: string, seconds: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== null) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

/**
 * Starts `deno task report` with the temporary folder `tmp` and waits until its first notebook kernel runs; returns
 * the run's processes.
 */
async function reportUntilKernel(corpus: string, out: string, tmp: string) {
  const task = new Deno.Command(Deno.execPath(), {
    args: ["task", "report", "--corpus", corpus, "--out", out],
    cwd: REPO,
    env: { TMPDIR: tmp },
    stdout: "null",
    stderr: "null",
  }).spawn();
  const processes = await waitFor("a notebook kernel of the run", 180, async () => {
    const found = await tree(task.pid);
    return found.some((p) => isKernel(p.cmdline)) ? found : null;
  });
  return { task, processes };
}

/**
 * A temporary folder holding a corpus of one document, and a temporary folder for the runs' own (`TMPDIR`): the
 * tests of `deno test --parallel` share a process and its temporary folder, where another test's run would clean up
 * what these runs leave (and stop an orphaned kernel) before this test looks.
 */
async function oneDocument(prefix: string): Promise<{ root: string; corpus: string; tmp: string }> {
  const root = await tempDir(prefix);
  await Deno.mkdir(`${root}/corpus`);
  await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${root}/corpus/mok.txt`);
  return { root, corpus: `${root}/corpus`, tmp: await tempDir(`${prefix}tmp-`) };
}

const leftovers = (root: string) =>
  Array.fromAsync(Deno.readDir(root)).then((entries) => entries.map((e) => e.name).filter((n) => n.includes("esf-")));

Deno.test({
  name: "a report killed with SIGKILL leaves no kernel running, and the next run removes its staging folder",
  ignore: !withPs,
}, async () => {
  const { root, corpus, tmp } = await oneDocument("esf-killed-");
  const out = `${root}/report`;

  // 1. The task and the report process are killed; the notebook runner sees its parent go and stops its kernel.
  const first = await reportUntilKernel(corpus, out, tmp);
  const kernels = first.processes.filter((p) => isKernel(p.cmdline));
  const runner = first.processes.find((p) => p.cmdline.includes("run_notebooks.py"))!;
  for (const p of first.processes.filter((p) => p !== runner && !isKernel(p.cmdline))) kill(p.pid);
  await first.task.status;
  for (const kernel of kernels) {
    await waitFor(`kernel ${kernel.pid} gone`, 60, async () => await stillRuns(kernel.pid, kernel.cmdline) ? null : 1);
  }
  await waitFor("runner gone", 60, async () => await stillRuns(runner.pid, runner.cmdline) ? null : 1);
  const [staging] = await leftovers(root);
  assert(/^\.report\.esf-staging-\d+-[0-9a-f]{8}$/.test(staging!), `the killed run's staging folder, named as ours`);
  assertEquals(
    await Deno.stat(`${root}/${staging}/notebooks/01-corpus-overview.ipynb`).then(() => "ran", () => "stopped"),
    "stopped",
    "the runner stopped at once, not after its notebook",
  );

  // 2. Everything but the kernel is killed, the runner too: the kernel is orphaned.
  const second = await reportUntilKernel(corpus, out, tmp);
  const orphans = second.processes.filter((p) => isKernel(p.cmdline));
  for (const p of second.processes.filter((p) => !isKernel(p.cmdline))) kill(p.pid);
  await second.task.status;
  for (const orphan of orphans) assert(await stillRuns(orphan.pid, orphan.cmdline), "the orphaned kernel runs");
  const named = await leftovers(root);
  assertEquals(named.length, 1, `the second run removed the first one's staging folder: ${named.join(", ")}`);
  assert(named[0] !== staging);

  // 3. The next run stops the orphaned kernel, removes the staging folder and the runs' temporary folders.
  const next = await new Deno.Command(Deno.execPath(), {
    args: ["task", "report", "--corpus", corpus, "--out", out, "--no-notebooks"],
    cwd: REPO,
    env: { TMPDIR: tmp },
    stdout: "null",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(next.stderr);
  assertEquals(next.code, 0, stderr);
  for (const orphan of orphans) assert(!await stillRuns(orphan.pid, orphan.cmdline), `kernel ${orphan.pid} stopped`);
  assertEquals(await leftovers(root), []);
  assertEquals((await Array.fromAsync(Deno.readDir(root))).map((e) => e.name).sort(), ["corpus", "report"]);
  const runs = [...first.processes, ...second.processes].filter((p) => isReport(p.cmdline)).map((p) => p.pid);
  assertEquals(runs.length, 2);
  for (const run of runs) {
    const temporary = (await Array.fromAsync(Deno.readDir(tmp))).filter((e) => e.name.includes(`-${run}-`));
    assertEquals(temporary, [], `no temporary folder of run ${run}`);
  }
  await Deno.remove(root, { recursive: true });
  await Deno.remove(tmp, { recursive: true });
});

Deno.test({
  name: "a report interrupted with Ctrl-C (SIGINT) removes its staging folder and stops its kernel",
  ignore: !withPs,
}, async () => {
  const { root, corpus, tmp } = await oneDocument("esf-interrupted-");
  const run = await reportUntilKernel(corpus, `${root}/report`, tmp);
  const kernels = run.processes.filter((p) => isKernel(p.cmdline));
  // A terminal's Ctrl-C signals the foreground processes: the task and the report.
  for (const p of run.processes.filter((p) => p.cmdline.includes("deno task") || isReport(p.cmdline))) {
    Deno.kill(p.pid, "SIGINT");
  }
  await run.task.status;
  for (const kernel of kernels) {
    // In a fresh clone the kernel starts slowly (nothing compiled yet): Ctrl-C then comes before its client knows it.
    await waitFor(`kernel ${kernel.pid} gone`, 60, async () => await stillRuns(kernel.pid, kernel.cmdline) ? null : 1);
  }
  await waitFor("no staging folder", 60, async () => (await leftovers(root)).length === 0 ? 1 : null);
  assertEquals((await Array.fromAsync(Deno.readDir(root))).map((e) => e.name), ["corpus"], "nothing written");
  // Nor its temporary folder (the kernel's files and the frames it read, contacts among them): not left to the next run.
  const report = run.processes.find((p) => isReport(p.cmdline))!.pid;
  const temporary = (await Array.fromAsync(Deno.readDir(tmp))).filter((e) => e.name.includes(`-${report}-`));
  assertEquals(temporary.map((e) => e.name), [], "no temporary folder of the interrupted run");
  await Deno.remove(root, { recursive: true });
  await Deno.remove(tmp, { recursive: true });
});
