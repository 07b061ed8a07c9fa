/**
 * One shipped notebook run in the language `Deno.args[0]` (`fi` or `en`) into the folder `Deno.args[1]`, for
 * `lib/notebook/runner_lines_test.ts`: the runner's progress lines go to standard error, the runs' outcomes to
 * standard output as JSON.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import { runNotebooks } from "../lib/notebook/jupyter.ts";
import type { Language } from "../lib/i18n/mod.ts";

const [lang, out] = Deno.args as [Language, string];
const runs = await runNotebooks({
  notebooks: [fileURLToPath(new URL("../notebooks/01-corpus-overview.ipynb", import.meta.url))],
  corpus: fileURLToPath(new URL("../data/documents", import.meta.url)),
  out,
  jobs: 1,
  lang,
  env: { ESF_LANG: lang },
});
console.log(JSON.stringify(runs.map((run) => [run.notebook, run.ok])));
