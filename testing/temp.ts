/**
 * Temporary folders and files for tests: each made inside one folder of the
 * test process, which is removed when the process ends (its `unload`), so a
 * plain `deno test` leaves nothing in the machine's temporary folder, also
 * after a failed assertion. (`deno task test` runs the tests with a
 * temporary folder of its own as well, see `scripts/test.ts`.)
 *
 * @module
 */

let root: string | null = null;

/** The folder of this process' temporary folders, made on first use. */
function testRoot(): string {
  if (root === null) {
    const made = Deno.makeTempDirSync({ prefix: "esf-test-" });
    globalThis.addEventListener("unload", () => {
      try {
        Deno.removeSync(made, { recursive: true });
      } catch { /* removed already, or a test left a folder it locked */ }
    });
    root = made;
  }
  return root;
}

/**
 * A new empty folder for a test, named `PREFIX…`.
 * @param prefix The start of its name.
 */
export function tempDir(prefix = "esf-"): Promise<string> {
  return Deno.makeTempDir({ dir: testRoot(), prefix });
}

/** {@linkcode tempDir}, synchronous. */
export function tempDirSync(prefix = "esf-"): string {
  return Deno.makeTempDirSync({ dir: testRoot(), prefix });
}

/**
 * A new empty file for a test, named `PREFIX…SUFFIX`.
 * @param prefix The start of its name.
 * @param suffix The end of its name (an extension: `.csv`).
 */
export function tempFile(prefix = "esf-", suffix = ""): Promise<string> {
  return Deno.makeTempFile({ dir: testRoot(), prefix, suffix });
}
