/**
 * Runs every notebook top to bottom through Jupyter's own client (nbclient,
 * Debian's packages) with the Deno kernel, on the shipped data and on another
 * folder, and fails on any error or lost output.
 */
import { assert, assertEquals } from "../testing/assert.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
import { type NotebookRun, runNotebooks, shippedNotebooks } from "../lib/notebook/jupyter.ts";

const DATA = new URL("../data/documents/", import.meta.url).pathname;

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
}

function outputsOf(path: string): Output[][] {
  const notebook = JSON.parse(Deno.readTextFileSync(path)) as { cells: { cell_type: string; outputs?: Output[] }[] };
  return notebook.cells.filter((cell) => cell.cell_type === "code").map((cell) => cell.outputs ?? []);
}

function plainTexts(path: string): string {
  // nbformat stores a multi-line text as a list of lines
  const text = (value: unknown) => Array.isArray(value) ? value.join("") : String(value ?? "");
  return outputsOf(path).flat().map((output) => text(output.data?.["text/plain"])).join("\n");
}

function assertAllRan(runs: NotebookRun[]): void {
  assertEquals(runs.map((run) => run.notebook), [
    "01-corpus-overview.ipynb",
    "02-participants.ipynb",
    "03-funding.ipynb",
    "04-data-quality.ipynb",
    "05-programme-context.ipynb",
    "06-analyses.ipynb",
    "07-text-search.ipynb",
  ]);
  for (const run of runs) assert(run.ok, `${run.notebook}: ${run.problems.join("; ")}`);
}

Deno.test("every notebook runs on the shipped data with every chart and table in place", async () => {
  const out = await Deno.makeTempDir({ prefix: "esf-notebooks-" });
  const runs = await runNotebooks({ notebooks: shippedNotebooks(), corpus: DATA, out });
  assertAllRan(runs);
  assertEquals(
    runs.map((run) => run.outputs.chart),
    [1, 4, 3, 0, 5, 10, 1],
    "05 uses the shipped registers by default",
  );
  const context = plainTexts(`${out}/05-programme-context.ipynb`);
  assert(context.includes("Register `data/registers/eura2007-esr.csv` (2007-2013): 2775 projects"), context);
  assert(context.includes("Register `data/registers/eura2014-2016-esr.csv` (2014-2020): 786 projects"), context);
  for (const cells of outputsOf(`${out}/02-participants.ipynb`)) {
    for (const output of cells.filter((o) => o.data?.["application/vnd.vegalite.v5+json"])) {
      assertEquals(Object.keys(output.data!).sort(), [
        "application/vnd.vegalite.v5+json",
        "image/png",
        "image/svg+xml",
        "text/plain",
      ]);
    }
  }
  const participants = plainTexts(`${out}/02-participants.ipynb`);
  assert(participants.includes("Corpus `documents`"), "reads the shipped data by default, named without its path");
  assert(/2007-2013 +3 +0 +388 +3 +283 +3 +0\.7294/.test(participants), "283 / 388 in the period table");
  const funding = plainTexts(`${out}/03-funding.ipynb`);
  assert(/S10323 +ended +1011286 +84 +12039\.119/.test(funding), "S10323 costs 1 011 286 / 84 € per participant");
  const quality = plainTexts(`${out}/04-data-quality.ipynb`);
  assert(/S21941 +far_above_plan +company_realisation/.test(quality), "S21941's companies flagged");
  assert(/S11547 +participants_actual +119 +000_0083efce40fb50fc\.txt +79/.test(quality), "S11547's 119 from line 79");
});

Deno.test("every notebook runs on another folder, read from ESF_CORPUS", async () => {
  const corpus = await Deno.makeTempDir({ prefix: "esf-other-corpus-" });
  await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${corpus}/mok.txt`);
  await Deno.copyFile(`${DATA}003_26d83fee4ba57d94.txt`, `${corpus}/osaamiskeskus.txt`);
  await Deno.copyFile(`${DATA}003_26d83fee4ba57d94.txt`, `${corpus}/osaamiskeskus-copy.txt`);
  await Deno.writeTextFile(`${corpus}/notes.txt`, "Muistiinpanoja kokouksesta.\n");
  const out = await Deno.makeTempDir({ prefix: "esf-notebooks-" });
  const runs = await runNotebooks({ notebooks: shippedNotebooks(), corpus, out });
  assertAllRan(runs);
  const overview = plainTexts(`${out}/01-corpus-overview.ipynb`);
  const name = corpus.slice(corpus.lastIndexOf("/") + 1);
  assert(overview.includes(`Corpus \`${name}\`: 4 files, 2 projects.`), overview.slice(0, 200));
  // Equal diagnostics: the first path in code-point order is kept ("-" sorts before ".").
  assert(/^osaamiskeskus\.txt +duplicate +S22254 +osaamiskeskus-copy\.txt/m.test(overview), "the duplicate named");
  assert(/notes\.txt +not_a_project_description/.test(overview), "the non-document listed");
  const participants = plainTexts(`${out}/02-participants.ipynb`);
  assert(/2007-2013 +1 +0 +199 +1 +119 +1 +0\.598/.test(participants), "119 / 199 for this folder");
});

Deno.test("the runner notices a chart that never arrived", async () => {
  const dir = await Deno.makeTempDir({ prefix: "esf-lost-" });
  const notebook = {
    cells: [{
      cell_type: "code",
      execution_count: null,
      id: "lost",
      metadata: {},
      outputs: [],
      source: ["// nb.showChart(spec) was meant to be here\n", "const answer = 42;"],
    }],
    metadata: { kernelspec: { name: "deno", display_name: "Deno", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  await Deno.writeTextFile(`${dir}/99-lost.ipynb`, JSON.stringify(notebook));
  const [run] = await runNotebooks({ notebooks: [`${dir}/99-lost.ipynb`], corpus: DATA, out: `${dir}/out` });
  assertEquals(run!.ok, false);
  assertEquals(run!.problems, ["cell 0: 1 chart output(s) expected, 0 found"]);
});

Deno.test("05-programme-context compares the corpus with the register named by ESF_REGISTER", async () => {
  const register = SHIPPED_REGISTERS["2007-2013"];
  const out = await Deno.makeTempDir({ prefix: "esf-notebooks-" });
  const notebook = shippedNotebooks().find((path) => path.endsWith("05-programme-context.ipynb"))!;
  const [run] = await runNotebooks({ notebooks: [notebook], corpus: DATA, out, env: { ESF_REGISTER: register } });
  assert(run!.ok, run!.problems.join("; "));
  assertEquals(run!.outputs.chart, 3);
  const text = plainTexts(`${out}/05-programme-context.ipynb`);
  assert(text.includes("Register `data/registers/eura2007-esr.csv` (2007-2013): 2775 projects, 0 unreadable"), text);
  assert(text.includes("2007-2013: 3 corpus projects are in the register; 0 disagreements; not listed: none."), text);
  assert(/Keskeytynyt +17 +0\.0061/.test(text), "17 of 2 775 ESR projects interrupted");
});
