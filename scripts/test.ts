/**
 * The tests of `deno task test`: `deno test --parallel` over the repository's
 * tests (or the paths given) with a temporary folder of its own (`TMPDIR`),
 * removed when the run ends. What tests make there (corpora, reports, Jupyter
 * and Chromium profiles, and what a killed child leaves on purpose) never
 * piles up in the machine's temporary folder: one whole run used to leave 64
 * folders, 140 MB, behind. Ends with `deno test`'s exit status.
 *
 * Test files run side by side, `DENO_JOBS` of them at a time (default: one
 * more than the cores): many of them wait on a child (a Jupyter kernel,
 * LibreOffice, Chromium, a report's CLI), which one after another left one
 * of two cores idle much of the time. They run in one process (one
 * `Deno.pid`, one environment, one `TMPDIR`), so a test looks only at its
 * own processes and folders, never at every one of this process.
 *
 * `--no-check`: `deno task test` has type-checked every module and JSDoc
 * example already (`deno task lint`), so `deno test` does not again.
 *
 * @module
 */
const TESTS = ["lib/", "dev/", "testing/", "notebooks/"];

const flags = Deno.args.filter((arg) => arg === "--no-check");
const paths = Deno.args.filter((arg) => arg !== "--no-check");
// One more than the cores: a file waiting on its child leaves a core to another (3 or 2 at a time could not be told
// apart on the shared machine of the nineteenth session, see CHANGELOG.md).
const jobs = Deno.env.get("DENO_JOBS") ?? String(navigator.hardwareConcurrency + 1);

const root = await Deno.makeTempDir({ prefix: "esf-tests-" });
let code = 1;
try {
  const tests = new Deno.Command(Deno.execPath(), {
    args: ["test", "-q", "-P", "--doc", "--parallel", ...flags, ...paths.length > 0 ? paths : TESTS],
    env: { TMPDIR: root, DENO_JOBS: jobs },
  }).spawn();
  // Ctrl-C or a kill stops `deno test` (handed on to it); this process waits for it to end, then removes the folder.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(signal, () => {
      try {
        tests.kill(signal);
      } catch { /* already ended */ }
    });
  }
  code = (await tests.status).code;
} finally {
  await Deno.remove(root, { recursive: true }).catch(() => {});
}
Deno.exit(code);
