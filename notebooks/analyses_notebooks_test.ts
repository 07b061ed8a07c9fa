/**
 * Runs the analysis notebooks (06, 07) headless through Jupyter on the
 * shipped data, in English, and on a larger generated corpus, and checks
 * the figures they print.
 */
import { assert, assertEquals } from "../testing/assert.ts";
import { writeAnalysisCorpus } from "../testing/analysis_corpus.ts";
import { type NotebookRun, runNotebooks, shippedNotebooks } from "../lib/notebook/jupyter.ts";

const DATA = new URL("../data/documents/", import.meta.url).pathname;
const ANALYSES = shippedNotebooks().filter((path) => /\/0[67]-[^/]+\.ipynb$/.test(path));

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
}

function outputs(path: string): Output[] {
  const notebook = JSON.parse(Deno.readTextFileSync(path)) as { cells: { outputs?: Output[] }[] };
  return notebook.cells.flatMap((cell) => cell.outputs ?? []);
}

const texts = (path: string, type = "text/plain") =>
  outputs(path).map((output) => String(output.data?.[type] ?? "")).join("\n");

function assertRan(runs: NotebookRun[]): void {
  assertEquals(runs.map((run) => run.notebook), ["06-analyses.ipynb", "07-text-search.ipynb"]);
  for (const run of runs) assert(run.ok, `${run.notebook}: ${run.problems.join("; ")}`);
}

Deno.test("06 and 07 run on the shipped data, every chart and table in place, the seeds' figures printed", async () => {
  const out = await Deno.makeTempDir({ prefix: "esf-analyses-" });
  const runs = await runNotebooks({ notebooks: ANALYSES, corpus: DATA, out });
  assertRan(runs);
  assertEquals(runs.map((run) => run.outputs.chart), [10, 1]);
  const analyses = texts(`${out}/06-analyses.ipynb`);
  assert(analyses.includes("Hankkeet, joissa ei ole henkilöitä mukana: 0 hanketta"), "no project without participants");
  assert(/MK11 +Pohjois-Savo +2 +0 +0 +0\.6905 +2 +0\.9193/.test(analyses), "Pohjois-Savo: 2 projects, 203 / 294");
  assert(
    /2296962-1 +Pohjois-Savon elinkeino-, liikenne- ja … +Valtion viranomainen +1 +1 +0 +614153 +0\.598/.test(analyses),
    "S11547's lead",
  );
  assert(/2010 +0 +0 +– +– +– +0 +– +0/.test(analyses), "2010: no project, shown");
  assert(/36\+ +3 +0\.7294 +3/.test(analyses), "36+ months: 283 / 388");
  assert(/2007-2013 +cost_per_participant +7825\.894 +2214728 +283 +3/.test(analyses), "7 825.89 € per participant");
  assert(
    /2007-2013 +cost_per_new_job +– +– +– +0 +– +3/.test(analyses),
    "no cost of a new job: three projects with 0 jobs",
  );
  assert(/Työllisyys +2014-2020 +2 /.test(analyses), "S21941 and S22254 under employment");
  assert(/Työllisyys +2007-2013 +777 /.test(analyses), "the register's 777 projects of axis 2");
  const search = `${out}/07-text-search.ipynb`;
  assert(texts(search).includes("Haku kotoutu*: 3 hanketta"), texts(search).slice(0, 300));
  assert(texts(search).includes("«kotoutumista»"), "the match marked in plain text");
  assert(texts(search, "text/html").includes("<mark>kotoutumista</mark>"), "and in HTML");
  assert(/true +3 +0\.8677/.test(texts(search)), "found: S10323, S10619, S21941; realisation 164 / 189");
  assert(/false +2 +0\.598/.test(texts(search)), "the others: S11547 119 / 199 and S22254");
});

Deno.test("06 and 07 run in English on 120 generated documents with another query", async () => {
  const corpus = await Deno.makeTempDir({ prefix: "esf-analyses-corpus-" });
  await writeAnalysisCorpus(corpus, 120);
  const out = await Deno.makeTempDir({ prefix: "esf-analyses-" });
  const runs = await runNotebooks({
    notebooks: ANALYSES,
    corpus,
    out,
    env: { ESF_LANG: "en", ESF_SEARCH: 'nuor* OR "osaamisen tunnistamisen"' },
  });
  assertRan(runs);
  const analyses = texts(`${out}/06-analyses.ipynb`);
  assert(analyses.includes("Projects without participants:"), "English captions");
  assert(!analyses.includes("Hankkeet, joissa"), "no Finnish caption");
  assert(/nationwide +Nationwide +\d+/.test(analyses), "nationwide projects apart");
  assert(/unrecognised:Karjala +Karjala \(not recognised\)/.test(analyses), "an unrecognised name kept");
  const search = texts(`${out}/07-text-search.ipynb`);
  assert(/Search nuor\* OR "osaamisen tunnistamisen": \d+ projects/.test(search), search.slice(0, 300));
  assert(/«(Nuorten|nuorten|nuorille|Nuorille)»/.test(search), "a stem's ending found");
});
