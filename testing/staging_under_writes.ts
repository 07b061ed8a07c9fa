/**
 * A report's staging folder while another process (as the notebook runner)
 * keeps writing into it, then an interrupt: for `out_folder_test.ts`. Makes
 * the staging folder of `Deno.args[0]` (a report folder), starts a writer
 * process, registers a second signal listener that stops the writer (as the
 * runner's does), prints the staging path and waits for SIGTERM.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { checkOutFolder, startStaging } from "../lib/report/out_folder.ts";

// The corpus beside the report folder, in the test's own folder, which the test removes.
const corpus = join(dirname(Deno.args[0]!), "corpus");
Deno.mkdirSync(corpus, { recursive: true });
const folder = await checkOutFolder(Deno.args[0]!, corpus);
const staging = await startStaging(folder);
const writer = new Deno.Command(Deno.execPath(), {
  args: [
    "eval",
    // At most 20 s: it never outlives a failed test for long.
    `let i = 0; const end = Date.now() + 20000; while (Date.now() < end) { try { Deno.mkdirSync("${staging}/notebooks", { recursive: true }); ` +
    `Deno.writeTextFileSync("${staging}/notebooks/" + (i++ % 50) + ".ipynb", "{}"); } catch { /* removed */ } }`,
  ],
  stdout: "null",
  stderr: "null",
}).spawn();
Deno.addSignalListener("SIGTERM", () => {
  try {
    writer.kill("SIGKILL");
  } catch { /* ended */ }
});
// The writer has written before the interrupt comes.
while (![...Deno.readDirSync(staging)].length) await new Promise((resolve) => setTimeout(resolve, 20));
console.log(staging);
await new Promise(() => setInterval(() => {}, 1000));
