import { fileURLToPath } from "node:url";
import { assertEquals } from "../../testing/assert.ts";
import { tempDir } from "../../testing/temp.ts";
import { runNotebooks } from "./jupyter.ts";
import { chartBundle, warmUpCharts } from "./display.ts";
import { loadCorpus } from "../corpus/load_corpus.ts";
import { toDataFrame } from "../frame/to_dataframe.ts";
import { denoNotebookOf } from "../../testing/deno_notebook.ts";

const RUNNER_DIR = fileURLToPath(new URL(".", import.meta.url));
const DATA = fileURLToPath(new URL("../../data/documents/", import.meta.url));

/** Runs the notebook beside the shipped ones (so that its imports resolve as theirs do); the executed notebook. */
async function run(notebook: object) {
  const dir = await tempDir("esf-warm-up-");
  const path = `notebooks/_warm_up_${crypto.randomUUID()}.ipynb`;
  await Deno.writeTextFile(path, JSON.stringify(notebook));
  try {
    // The frames as a promise, as a report gives them: the runner then waits for them, and warms the kernel up meanwhile.
    const frames = loadCorpus([DATA], { root: DATA }).then((corpus) => ({ corpus, frames: toDataFrame(corpus) }));
    const [result] = await runNotebooks({ notebooks: [path], corpus: DATA, out: dir, frames });
    const written = JSON.parse(await Deno.readTextFile(`${dir}/${path.split("/").pop()}`));
    return {
      result: result!,
      cells: written.cells as { execution_count: number; outputs: { text?: string | string[] }[] }[],
    };
  } finally {
    await Deno.remove(path);
    await Deno.remove(dir, { recursive: true });
  }
}

/** The runner's warm-up code of a notebook of these cells (`warm_up_code` of `run_notebooks.py`), or "None". */
async function warmUpCode(...sources: string[]): Promise<string> {
  const dir = await tempDir("esf-warm-up-code-");
  try {
    const path = `${dir}/n.ipynb`;
    await Deno.writeTextFile(path, JSON.stringify(denoNotebookOf(...sources)));
    const { code, stdout } = await new Deno.Command("/usr/bin/python3", {
      args: [
        "-c",
        `import sys; sys.path.insert(0, ${JSON.stringify(RUNNER_DIR)}); import run_notebooks as r; ` +
        `print(r.warm_up_code(${JSON.stringify(path)}))`,
      ],
      stdout: "piped",
    }).output();
    assertEquals(code, 0);
    return new TextDecoder().decode(stdout).trim();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("the runner's warm-up loads each module a notebook's cells import statically, once, and no other", async () => {
  assertEquals(
    await warmUpCode(
      'import pl from "nodejs-polars";\nimport * as nb from "../lib/notebook/mod.ts";',
      "import type { Language } from '../lib/i18n/mod.ts';\nimport {\n  a,\n  b,\n} from './multi.ts';",
      'import "./side_effect.ts";\nconst later = await import("./dynamic.ts");\nimport.meta.url;',
      'import pl from "nodejs-polars";\nconst text = "import x from \\"./in_a_string.ts\\"";',
    ),
    [
      "await (async () => {",
      'const modules = await Promise.all([import("nodejs-polars"), import("../lib/notebook/mod.ts"), ' +
      "import('./multi.ts'), import(\"./side_effect.ts\")]);",
      "})();",
    ].join("\n"),
  );
  assertEquals(await warmUpCode("const answer = 42;"), "None");
});

Deno.test("the runner's warm-up draws a chart when a cell shows one", async () => {
  assertEquals(
    await warmUpCode('import * as nb from "../lib/notebook/mod.ts";', "await nb.showChart(spec);"),
    [
      "await (async () => {",
      'const modules = await Promise.all([import("../lib/notebook/mod.ts")]);',
      'await modules.find((m) => typeof m.warmUpCharts === "function")?.warmUpCharts();',
      "})();",
    ].join("\n"),
  );
});

Deno.test("a chart drawn after warmUpCharts is the one drawn before it", async () => {
  const spec = {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    title: "Esimerkki",
    description: "Kaksi pistettä.",
    data: { values: [{ a: 1 }, { a: 2 }] },
    mark: "point",
    encoding: { x: { field: "a", type: "quantitative" } },
  } as const;
  const first = await chartBundle(spec);
  await warmUpCharts();
  assertEquals(await chartBundle(spec), first);
});

Deno.test("a notebook whose modules the runner loaded first runs as without: counts from 1, every output", async () => {
  const { result, cells } = await run(denoNotebookOf(
    'import pl from "nodejs-polars";\nimport * as nb from "../lib/notebook/mod.ts";\n' +
      "console.log(typeof pl.DataFrame, typeof nb.showChart);",
    "console.log(1 + 1);",
  ));
  assertEquals([result.ok, result.problems], [true, []]);
  assertEquals(
    cells.map((cell) => [cell.execution_count, cell.outputs.map((output) => [output.text ?? ""].flat().join(""))]),
    [
      [1, ["function function\n"]],
      [2, ["2\n"]],
    ],
  );
});

Deno.test("a module the warm-up cannot load fails in the cell that imports it, as without the warm-up", async () => {
  const { result, cells } = await run(denoNotebookOf("console.log(1);", 'import "./_no_such_module.ts";'));
  assertEquals(result.ok, false);
  assertEquals(result.problems.length, 1);
  assertEquals(result.problems[0]!.includes("_no_such_module.ts"), true, result.problems[0]);
  assertEquals(cells[0]!.outputs.map((output) => [output.text ?? ""].flat().join("")), ["1\n"]);
});
