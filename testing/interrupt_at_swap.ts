/**
 * A report run that is interrupted (SIGINT to itself) as its staging folder is swapped in, as the command says
 * interrupts ({@linkcode sayInterrupts}): for `lib/cli/report_interrupt_test.ts`. Makes the staging folder of the
 * report folder `Deno.args[0]` (its corpus beside it), writes a file in it, sends the signal and swaps in; prints
 * what the interrupt said it left, as JSON.
 *
 * @module
 */
import { dirname, join } from "node:path";
import { checkOutFolder, sayInterrupts, startStaging, swapIn } from "../lib/report/out_folder.ts";

const corpus = join(dirname(Deno.args[0]!), "corpus");
Deno.mkdirSync(corpus, { recursive: true });
sayInterrupts((left) => console.log(JSON.stringify(left)));
const folder = await checkOutFolder(Deno.args[0]!, corpus);
const staging = await startStaging(folder);
await Deno.writeTextFile(join(staging, "index.html"), "<p>uusi</p>\n");
Deno.kill(Deno.pid, "SIGINT"); // comes during the swap or after it: either way the new report is in place
await swapIn(folder, staging);
await new Promise((resolve) => setTimeout(resolve, 2000)); // the signal's listener ends the process before this
console.log("not interrupted");
