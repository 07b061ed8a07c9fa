/**
 * A report's staging folder while this same process keeps writing into it
 * (as the report writes its tables and charts beside the notebooks), then an
 * interrupt: for `out_folder_test.ts`. Makes the staging folder of
 * `Deno.args[0]` (a report folder), starts asynchronous writers that make
 * sub-folders and files in it, prints the staging path and waits for a signal.
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
const end = Date.now() + 20_000; // at most 20 s: it never outlives a failed test for long
/** One writer: as `saveChartSvg` and the table writers do, a folder made (with its parents) and a file in it. */
async function write(name: string): Promise<void> {
  for (let i = 0; Date.now() < end; i++) {
    try {
      await Deno.mkdir(`${staging}/${name}`, { recursive: true });
      await Deno.writeTextFile(`${staging}/${name}/${i % 50}.csv`, "a;b\n");
    } catch { /* removed meanwhile */ }
  }
}
const writers = ["tables", "charts", "workbooks", "notebooks"].map(write);
while (![...Deno.readDirSync(staging)].length) await new Promise((resolve) => setTimeout(resolve, 20));
console.log(staging);
await Promise.all(writers);
