/**
 * Runs the analysis notebooks (06, 07) headless through Jupyter in English
 * on a larger generated corpus with another query, and checks what they
 * print and state. (On the shipped data, in Finnish, `notebooks_test.ts`
 * checks them from its one run of every notebook.)
 */
import { tempDir } from "../testing/temp.ts";
import { assert, assertEquals } from "../testing/assert.ts";
import { writeAnalysisCorpus } from "../testing/analysis_corpus.ts";
import { assertLanguage, plainTexts, prose } from "../testing/notebooks.ts";
import { runNotebooks, shippedNotebooks } from "../lib/notebook/jupyter.ts";

const ANALYSES = shippedNotebooks().filter((path) => /\/0[67]-[^/]+\.ipynb$/.test(path));

Deno.test("06 and 07 run in English on 120 generated documents with another query", async () => {
  const corpus = await tempDir("esf-analyses-corpus-");
  await writeAnalysisCorpus(corpus, 120);
  const out = await tempDir("esf-analyses-");
  const runs = await runNotebooks({
    notebooks: ANALYSES,
    corpus,
    out,
    env: { ESF_LANG: "en", ESF_SEARCH: 'nuor* OR "osaamisen tunnistamisen"' },
  });
  assertEquals(runs.map((run) => run.notebook), ["06-analyses.ipynb", "07-text-search.ipynb"]);
  for (const run of runs) assert(run.ok, `${run.notebook}: ${run.problems.join("; ")}`);
  const analyses = plainTexts(`${out}/06-analyses.ipynb`);
  const said = prose(`${out}/06-analyses.ipynb`);
  assert(said.startsWith("# 06 · Analyses"), said.slice(0, 80));
  assert(analyses.includes("Projects without participants:"), "English captions");
  assert(!analyses.includes("Hankkeet, joissa"), "no Finnish caption");
  // The registers' theme chart is not titled as the corpus' one.
  assert(
    analyses.includes("Public funding utilisation by theme and programme period in the EURA register's ESF projects"),
    "the register's theme chart says it is the register's",
  );
  assert(/nationwide +Nationwide +\d+/.test(analyses), "nationwide projects apart");
  // The area's key said in words: an unrecognised name as printed, not "unrecognised:Karjala".
  assert(/^ *Karjala +Karjala \(not recognised\)/m.test(analyses), "an unrecognised name kept");
  assert(!analyses.includes("unrecognised:"), "no key of the program's");
  assert(/Nationwide: \d+ projects?; without a recognised region: \d+ projects?\./.test(said), said);
  assert(/Actual public funding per result: participant 20\d\d–20\d\d €[\d,]+ \(n = \d+\)/.test(said), said);
  const search = `${out}/07-text-search.ipynb`;
  assert(
    /Search nuor\* OR "osaamisen tunnistamisen": \d+ projects/.test(plainTexts(search)),
    plainTexts(search).slice(0, 300),
  );
  assert(/«(Nuorten|nuorten|nuorille|Nuorille)»/.test(plainTexts(search)), "a stem's ending found");
  assert(/The search found \d+ of 120 projects: /.test(prose(search)), prose(search));
  for (const notebook of ["06-analyses.ipynb", "07-text-search.ipynb"]) assertLanguage(`${out}/${notebook}`, "en");
});
