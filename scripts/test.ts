/**
 * The tests of `deno task test`: `deno test` over the repository's tests (or
 * the paths given) with a temporary folder of its own (`TMPDIR`), removed
 * when the run ends. What tests make there (corpora, reports, Jupyter and
 * Chromium profiles, and what a killed child leaves on purpose) never piles
 * up in the machine's temporary folder: one whole run used to leave 64
 * folders, 140 MB, behind. Ends with `deno test`'s exit status.
 *
 * @module
 */
const TESTS = ["lib/", "dev/", "testing/", "notebooks/"];

const root = await Deno.makeTempDir({ prefix: "esf-tests-" });
let code = 1;
try {
  const tests = new Deno.Command(Deno.execPath(), {
    args: ["test", "-q", "-P", "--doc", ...Deno.args.length > 0 ? Deno.args : TESTS],
    env: { TMPDIR: root },
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
