import { tmpdir } from "node:os";
import { assertEquals } from "../../testing/assert.ts";
import { RUN_WITH_TOOL_PERMISSIONS } from "../../testing/subprocess.ts";
import { runNotebooks } from "./jupyter.ts";

const DATA = new URL("../../data/documents/", import.meta.url).pathname;
const HELPER = new URL("../../testing/notebooks_interrupted.ts", import.meta.url).pathname;

/** Runs `testing/notebooks_interrupted.ts`: how it ended, what it printed, and the run folders it left. */
async function interrupted(when: "setup" | "running", guard: "report" | "alone") {
  const root = await Deno.makeTempDir({ prefix: "esf-interrupted-notebooks-" });
  try {
    await Deno.mkdir(`${root}/corpus`);
    await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${root}/corpus/mok.txt`);
    const child = new Deno.Command(Deno.execPath(), {
      args: [...RUN_WITH_TOOL_PERMISSIONS, HELPER, when, guard, root],
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const timeout = setTimeout(() => child.kill("SIGKILL"), 60_000);
    const { code, stdout } = await child.output();
    clearTimeout(timeout);
    const left = (await Array.fromAsync(Deno.readDir(tmpdir()))).map((e) => e.name)
      .filter((name) => name.startsWith(`esf-jupyter-${child.pid}-`));
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
  ignore: Deno.build.os === "windows",
}, async () => {
  assertEquals(await interrupted("running", "alone"), {
    code: 0,
    printed: "error: The notebook run was interrupted.",
    left: [],
    runner: "started",
  });
});

Deno.test("a notebook run stopped while it sets up (a report that failed meanwhile) never starts its runner", async () => {
  const root = await Deno.makeTempDir({ prefix: "esf-stopped-notebooks-" });
  try {
    const stopped = new AbortController();
    const run = runNotebooks({
      notebooks: [new URL("../../notebooks/01-corpus-overview.ipynb", import.meta.url).pathname],
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
