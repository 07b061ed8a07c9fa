/**
 * A notebook run with the report's frames, interrupted by Ctrl-C (SIGINT)
 * while it sets up (its folder made, the frames being written, no runner
 * yet) or once its runner runs: for `lib/notebook/jupyter_test.ts`.
 *
 * Arguments: `setup|running`, `report|alone` (under a report's staging
 * guard, which ends the process on the signal, or as `dev/bench_report.ts`
 * runs notebooks, without one) and a folder holding `corpus/` (the report
 * folder goes beside it). Prints the result or the error's message.
 *
 * @module
 */
import { join } from "node:path";
import { runNotebooks } from "../lib/notebook/jupyter.ts";
import { loadCorpusFrames } from "../lib/frame/load_frames.ts";
import { checkOutFolder, startStaging } from "../lib/report/out_folder.ts";
import { runningProcesses } from "../lib/output/leftovers.ts";
import { fileURLToPath } from "node:url";

const [when, guard, root] = Deno.args as ["setup" | "running", "report" | "alone", string];
const corpus = join(root, "corpus");
if (guard === "report") await startStaging(await checkOutFolder(join(root, "report"), corpus));
const { diagnostics, files, frames } = await loadCorpusFrames([corpus], { root: corpus });

const interrupt = () => Deno.kill(Deno.pid, "SIGINT");
if (when === "setup") {
  // The signal comes as the frames' index is written, the last of the frames (contacts among them).
  const { writeTextFile } = Deno;
  Deno.writeTextFile = async (path, data, options) => {
    if (String(path).endsWith("/frames/corpus.json")) {
      // Waited for, not timed (300 ms was not always enough on a loaded machine): listeners run in the order they
      // were added, so once this one has run, so has the run's own.
      const heard = new Promise<void>((resolve) => {
        const listener = () => {
          Deno.removeSignalListener("SIGINT", listener);
          resolve();
        };
        Deno.addSignalListener("SIGINT", listener);
      });
      interrupt();
      await heard;
    }
    return await writeTextFile(path, data, options);
  };
} else {
  // Once the runner's kernel runs (its connection file is in the run's folder, named after this process).
  (async () => {
    while (!(await runningProcesses()).some((p) => p.args.includes(`/esf-jupyter-${Deno.pid}-`))) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    interrupt();
  })();
}

const result = await runNotebooks({
  notebooks: [fileURLToPath(new URL("../notebooks/01-corpus-overview.ipynb", import.meta.url))],
  corpus,
  frames: { corpus: { diagnostics, files }, frames },
  out: join(root, "notebooks"),
  jobs: 1,
}).then((runs) => runs.map((run) => `${run.notebook}: ${run.ok}`).join(", "), (error) => `error: ${error.message}`);
console.log(result);
