/**
 * Runs every notebook top to bottom through Jupyter's own client (nbclient,
 * Debian's packages) with the Deno kernel, on the shipped data in Finnish
 * and on another folder in English, and fails on any error or lost output;
 * checks the sentences they state from the data, their language, and that
 * `jupyter nbconvert --to html` shows every chart (opened in Chromium).
 */
import { tempDir } from "../testing/temp.ts";
import { assert, assertEquals } from "../testing/assert.ts";
import { inspectPage } from "../testing/chromium.ts";
import { SHIPPED_REGISTERS } from "../lib/register/shipped.ts";
import { type NotebookRun, runNotebooks, shippedNotebooks } from "../lib/notebook/jupyter.ts";
import { CHART_MIME_TYPES } from "../lib/notebook/display.ts";
import { assertLanguage, cellsOf, outputsOf, plainTexts, prose, text } from "../testing/notebooks.ts";
import { codeCell, denoNotebook } from "../testing/deno_notebook.ts";

const DATA = new URL("../data/documents/", import.meta.url).pathname;
const NOTEBOOKS = [
  "01-corpus-overview.ipynb",
  "02-participants.ipynb",
  "03-funding.ipynb",
  "04-data-quality.ipynb",
  "05-programme-context.ipynb",
  "06-analyses.ipynb",
  "07-text-search.ipynb",
];

function assertAllRan(runs: NotebookRun[]): void {
  assertEquals(runs.map((run) => run.notebook), NOTEBOOKS);
  for (const run of runs) assert(run.ok, `${run.notebook}: ${run.problems.join("; ")}`);
}

// The shipped data in Finnish (the default), shared by the tests below.
const shippedOut = await tempDir("esf-notebooks-");
const shippedRuns = await runNotebooks({ notebooks: shippedNotebooks(), corpus: DATA, out: shippedOut });

Deno.test("the notebooks are committed without outputs, and say everything from computed cells, none in comments", () => {
  for (const notebook of shippedNotebooks()) {
    const cells = cellsOf(notebook);
    assertEquals(cells.filter((cell) => cell.cell_type !== "code").length, 0, `${notebook}: no static prose`);
    assert(cells.every((cell) => (cell.outputs ?? []).length === 0 && cell.execution_count === null), notebook);
    assert(/await nb\.showMarkdown\(t\.\w+Heading\)/.test(text(cells[0]!.source)), `${notebook}: the question first`);
    // No prose in the code either: a comment would be in one language in a report of the other.
    const comments = cells.flatMap((cell) =>
      text(cell.source).split("\n").filter((line) => /(^|\s)\/\/|\/\*/.test(line))
    );
    assertEquals(comments, [], `${notebook}: no comments in code`);
  }
});

Deno.test("the notebooks' code type-checks", async () => {
  const dir = await tempDir("esf-notebook-code-");
  const lib = new URL("../lib/", import.meta.url).href;
  const files = shippedNotebooks().map((notebook, i) => {
    const code = cellsOf(notebook).map((cell) => text(cell.source)).join("\n").replaceAll('"../lib/', `"${lib}`);
    Deno.writeTextFileSync(`${dir}/notebook${i}.ts`, code + "\nexport {};\n");
    return `${dir}/notebook${i}.ts`;
  });
  const config = new URL("../deno.json", import.meta.url).pathname;
  const check = await new Deno.Command(Deno.execPath(), { args: ["check", "-q", "--config", config, ...files] })
    .output();
  assert(check.success, new TextDecoder().decode(check.stderr));
});

Deno.test("every notebook runs on the shipped data, in Finnish, with every chart and table in place", () => {
  const out = shippedOut;
  assertAllRan(shippedRuns);
  assertEquals(
    shippedRuns.map((run) => run.outputs.chart),
    [1, 4, 3, 0, 5, 10, 1],
    "05 uses the shipped registers by default",
  );
  const context = prose(`${out}/05-programme-context.ipynb`);
  assert(context.includes("Rekisteri `data/registers/eura2007-esr.csv` (2007–2013): 2\u00A0775 hanketta"), context);
  assert(context.includes("Rekisteri `data/registers/eura2014-2016-esr.csv` (2014–2020): 786 hanketta"), context);
  for (const cells of outputsOf(`${out}/02-participants.ipynb`)) {
    for (const output of cells.filter((o) => o.data?.["application/vnd.vegalite.v5+json"])) {
      assertEquals(Object.keys(output.data!).sort(), [...CHART_MIME_TYPES].sort());
      assertEquals((output.metadata?.["image/png"] as { width: number }).width, 605, "shown at its screen size");
    }
  }
  const participants = plainTexts(`${out}/02-participants.ipynb`);
  assert(participants.includes("Aineisto `documents`"), "reads the shipped data by default, named without its path");
  assert(/2007–2013 +3 +0 +388 +3 +283 +3 +72,9\u00A0%/.test(participants), "283 / 388 in the period table");
  const funding = plainTexts(`${out}/03-funding.ipynb`);
  assert(
    /S10323 +Päättynyt +1\u00A0011\u00A0286\u00A0€ +84 +12\u00A0039\u00A0€/.test(funding),
    "S10323: 1 011 286 € / 84",
  );
  const quality = plainTexts(`${out}/04-data-quality.ipynb`);
  assert(
    /S21941 +Toteutunut selvästi yli suunnitellun +Osallistuvien yritysten toteutumisaste/.test(quality),
    "S21941's companies flagged",
  );
  assert(/S11547 +Osallistujat, toteutunut +119 +000_0083efce40fb50fc\.txt +79/.test(quality), "119 from line 79");
  assert(/S10323 +Julkinen rahoitus, toteutunut +1\u00A0011\u00A0286\u00A0€ +002_/.test(quality), "euros in euros");
});

Deno.test("the notebooks state their results from the data, in Finnish", () => {
  const said = (notebook: string) => prose(`${shippedOut}/${notebook}`);
  assert(said(NOTEBOOKS[0]!).startsWith("# 01 · Aineiston yleiskuva"), said(NOTEBOOKS[0]!).slice(0, 80));
  assert(said(NOTEBOOKS[0]!).includes("5 hanketta alkoi 1.8.2008–1.12.2020; viimeinen päättyy 31.5.2023."));
  assert(
    said(NOTEBOOKS[1]!).includes(
      "Osallistujatavoitteesta toteutui 72,9\u00A0% (n = 3 hanketta): 283 aloittanutta 388 suunnitellusta.",
    ),
  );
  assert(
    said(NOTEBOOKS[1]!).includes("Pienin toteutumisaste: Maahanmuuttajien osaaminen käyttöön… (S11547) 59,8\u00A0%"),
  );
  assert(
    said(NOTEBOOKS[2]!).includes(
      "Päättyneet ja keskeytyneet hankkeet käyttivät 2\u00A0465\u00A0952 euroa 2\u00A0626\u00A0773 eurosta suunniteltua julkista " +
        "rahoitusta (93,9\u00A0%, n = 4 hanketta). Käynnissä oleva hanke on käyttänyt toistaiseksi 12,8\u00A0%",
    ),
  );
  assert(said(NOTEBOOKS[2]!).includes("Julkinen rahoitus osallistujaa kohden oli painotettuna 7\u00A0826\u00A0€"));
  assert(said(NOTEBOOKS[3]!).includes("2 tarkistettavaa arvoa 2 hankkeessa: "), "values and projects, as the page");
  for (const notebook of NOTEBOOKS) assertLanguage(`${shippedOut}/${notebook}`, "fi");
  // A period as a person reads it, 2007–2013, in every notebook's sentences and tables (file names aside).
  for (const notebook of NOTEBOOKS) {
    const text = `${prose(`${shippedOut}/${notebook}`)}\n${plainTexts(`${shippedOut}/${notebook}`)}`
      .replace(/[\w./-]+\.(?:csv|xlsx|parquet|txt|svg|png)\b/g, " ");
    assertEquals(text.match(/.{0,30}\b(?:19|20)\d\d-(?:19|20)\d\d\b/g) ?? [], [], notebook);
  }
});

Deno.test("06 and 07 print the seeds' figures and state them, in Finnish", () => {
  // The shipped data's analyses, read by hand from the five documents.
  const analyses = `${shippedOut}/06-analyses.ipynb`;
  const printed = plainTexts(analyses);
  const said = prose(analyses);
  assert(said.startsWith("# 06 · Analyysit"), said.slice(0, 80));
  assert(said.includes("Aineisto `documents`: 5 tiedostoa, 5 hanketta."));
  assert(printed.includes("Hankkeet, joissa ei ole henkilöitä mukana: 0 hanketta"), "no project without participants");
  assert(said.includes("Aineistossa ei ole hankkeita ilman henkilöitä"));
  assert(
    /MK11 +Pohjois-Savo +2 +0 +0 +69,0\u00A0% +2 +91,9\u00A0%/.test(printed),
    "Pohjois-Savo: 2 projects, 203 / 294",
  );
  assert(said.includes("Hankkeita on 4 maakunnassa; eniten: Pohjois-Savo 2, Keski-Suomi 1, Kainuu 1."), said);
  assert(said.includes("suurimmasta pienimpään: Lappi 85,1\u00A0% (n = 1), Pohjois-Savo 69,0\u00A0% (n = 2)."));
  // The distributions: each row in its metric's unit, the median realisation 40 / 47 and participant cost 589 289 € / 80.
  assert(
    /Osallistujien toteutumisaste, % +3 +59,8\u00A0% +72,5\u00A0% +85,1\u00A0%/.test(printed),
    "realisation's spread",
  );
  assert(/€ \/ osallistuja +3 +5\u00A0161\u00A0€ +6\u00A0264\u00A0€ +7\u00A0366\u00A0€/.test(printed), "cost's spread");
  assert(
    /2296962-1 +Pohjois-Savon elinkeino-, liikenne- ja … +Valtion viranomainen +1 +1 +0 +614\u00A0153\u00A0€ +59,8\u00A0%/
      .test(
        printed,
      ),
    "S11547's lead",
  );
  assert(
    said.includes(
      "6 organisaatiota: 5 päätoteuttajana, 1 osatoteuttajana. Eniten toteutunutta julkista rahoitusta " +
        "päätoteuttajana: Kuopion kaupunki, koulutuspalvelukeskus (1\u00A0011\u00A0286\u00A0€).",
    ),
  );
  assert(/^ *2010 +0 +0 +– +– +– +0 +– +0$/m.test(printed), "2010: no project, shown (and not as 2 010)");
  assert(said.includes("Hankkeet alkoivat vuosina 2008–2020; eniten vuonna 2020 (2 hanketta). Vuosia ilman yhtään"));
  assert(/36\+ +3 +72,9\u00A0% +3/.test(printed), "36+ months: 283 / 388");
  assert(said.includes("36+ kk 72,9\u00A0% (n = 3)"), "36+ months, with the unit");
  assert(
    /2007–2013 +€ \/ osallistuja +7\u00A0826\u00A0€ +2\u00A0214\u00A0728\u00A0€ +283 +3/.test(printed),
    "7 825.89 € per participant",
  );
  assert(
    /2007–2013 +€ \/ uusi työpaikka +– +– +– +0 +0 +– +3/.test(printed),
    "no cost of a new job: 3 projects with 0 jobs",
  );
  assert(
    said.includes(
      "osallistuja 2007–2013 7\u00A0826\u00A0€ (n = 3), naisosallistuja 2007–2013 10\u00A0021\u00A0€ (n = 3), osallistuva " +
        "yritys 2014–2020 8\u00A0576\u00A0€ (n = 2). Ei kustannusta (0 tulosta tai ei lukua): uusi työpaikka, uusi yritys, " +
        "suoritettu tutkinto.",
    ),
  );
  assert(/Työllisyys +2014–2020 +2 /.test(printed), "S21941 and S22254 under employment");
  assert(
    said.includes("Aineiston hankkeet teemoittain: Työllisyys 2007–2013 2, Työllisyys 2014–2020 2, Kansainvälinen"),
  );
  assert(/Työllisyys +2007–2013 +777 /.test(printed), "the register's 777 projects of axis 2");
  assert(said.includes("Työllisyys 2007–2013 94,9\u00A0% (n = 777)"));

  const search = `${shippedOut}/07-text-search.ipynb`;
  assert(plainTexts(search).includes("Haku kotoutu*: 3 hanketta"), plainTexts(search).slice(0, 300));
  assert(plainTexts(search).includes("«kotoutumista»"), "the match marked in plain text");
  assert(plainTexts(search, "text/html").includes("<mark>kotoutumista</mark>"), "and in HTML");
  assert(prose(search).includes("Haku löysi 3 hanketta (aineistossa 5): S10323, S10619, S21941."));
  assert(/kyllä +3 +86,8\u00A0%/.test(plainTexts(search)), "found: S10323, S10619, S21941; realisation 164 / 189");
  assert(/ei +2 +59,8\u00A0%/.test(plainTexts(search)), "the others: S11547 119 / 199 and S22254");
  assert(
    prose(search).includes("osallistujien toteutumisaste on 86,8\u00A0% (n = 2), muiden 59,8\u00A0% (n = 1)."),
    prose(search),
  );
});

Deno.test("jupyter nbconvert --to html shows every chart of the executed notebooks (opened in Chromium)", async () => {
  const html = await tempDir("esf-nbconvert-");
  const notebooks = NOTEBOOKS.slice(0, 3).map((name) => `${shippedOut}/${name}`);
  const converted = await new Deno.Command("jupyter", {
    args: ["nbconvert", "--to", "html", "--output-dir", html, ...notebooks],
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert(converted.success, new TextDecoder().decode(converted.stderr));
  for (const [i, expected] of [1, 4, 3].entries()) {
    const page = `${html}/${NOTEBOOKS[i]!.replace(".ipynb", ".html")}`;
    // Each chart: an image drawn at its size, with ink on it (not a blank box).
    const { result } = await inspectPage<{ width: number; height: number; inked: number }[]>(
      `file://${page}`,
      `[...document.querySelectorAll("img")].map((img) => {
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
        const context = canvas.getContext("2d");
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let p = 0; p < data.length; p += 4) if (data[p + 3] > 0 && data[p] < 128) inked++;
        const box = img.getBoundingClientRect();
        return { width: box.width, height: box.height, inked };
      })`,
    );
    assertEquals(result.length, expected, `${page}: ${expected} charts`);
    for (const image of result) {
      assertEquals(Math.round(image.width), 605, `${page}: a chart 605 px wide on screen`);
      assert(image.height > 100 && image.inked > 10_000, `${page}: a chart drawn (${JSON.stringify(image)})`);
    }
  }
});

Deno.test("every notebook runs on another folder, read from ESF_CORPUS, in English", async () => {
  const corpus = await tempDir("esf-other-corpus-");
  await Deno.copyFile(`${DATA}000_0083efce40fb50fc.txt`, `${corpus}/mok.txt`);
  await Deno.copyFile(`${DATA}003_26d83fee4ba57d94.txt`, `${corpus}/osaamiskeskus.txt`);
  await Deno.copyFile(`${DATA}003_26d83fee4ba57d94.txt`, `${corpus}/osaamiskeskus-copy.txt`);
  await Deno.writeTextFile(`${corpus}/notes.txt`, "Muistiinpanoja kokouksesta.\n");
  const out = await tempDir("esf-notebooks-");
  const runs = await runNotebooks({ notebooks: shippedNotebooks(), corpus, out, env: { ESF_LANG: "en" } });
  assertAllRan(runs);
  const overview = plainTexts(`${out}/01-corpus-overview.ipynb`);
  const name = corpus.slice(corpus.lastIndexOf("/") + 1);
  assert(overview.includes(`Corpus \`${name}\`: 4 files, 2 projects.`), overview.slice(0, 200));
  // Equal diagnostics: the first path in code-point order is kept ("-" sorts before ".").
  assert(/^osaamiskeskus\.txt +duplicate +S22254 +osaamiskeskus-copy\.txt/m.test(overview), "the duplicate named");
  assert(/notes\.txt +Not a project description/.test(overview), "the non-document listed");
  assert(prose(`${out}/01-corpus-overview.ipynb`).includes("Every file is accounted for: 2 projects, 1 duplicate"));
  const participants = plainTexts(`${out}/02-participants.ipynb`);
  assert(/2007–2013 +1 +0 +199 +1 +119 +1 +59\.8%/.test(participants), "119 / 199 for this folder");
  assert(
    prose(`${out}/02-participants.ipynb`).includes(
      "59.8% of the participant target was realised (n = 1 project): 119 started against 199 planned.",
    ),
  );
  assert(prose(`${out}/05-programme-context.ipynb`).includes("2007–2013: 1 corpus project is in the register"));
  assert(prose(`${out}/06-analyses.ipynb`).includes("Projects in 2 regions; most: North Savo 1, Central Finland 1."));
  assert(prose(`${out}/07-text-search.ipynb`).includes("The search found none of the 2 projects."));
  for (const notebook of NOTEBOOKS) assertLanguage(`${out}/${notebook}`, "en");
});

Deno.test("the runner notices a chart that never arrived", async () => {
  const dir = await tempDir("esf-lost-");
  const notebook = denoNotebook([
    codeCell("lost", ["// nb.showChart(spec) was meant to be here\n", "const answer = 42;"]),
  ]);
  await Deno.writeTextFile(`${dir}/99-lost.ipynb`, JSON.stringify(notebook));
  const [run] = await runNotebooks({ notebooks: [`${dir}/99-lost.ipynb`], corpus: DATA, out: `${dir}/out` });
  assertEquals(run!.ok, false);
  assertEquals(run!.problems, ["cell 0: 1 chart output(s) expected, 0 found"]);
});

Deno.test("the runner gives every output to its cell, also those a loop shows after the cell reports idle", async () => {
  // The helpers do not pause after an output in the runner (ESF_FLUSH_MS=0): an output the kernel sends after its
  // cell's idle (a loop's last, more than the cell's calls say) must still reach that cell, and the last cell's too.
  const dir = await tempDir("esf-late-");
  try {
    const chart = (i: number) =>
      `{ $schema: "https://vega.github.io/schema/vega-lite/v5.json", title: "Kaavio ${i}", description: "Pisteet.", ` +
      `data: { values: points }, mark: "point", encoding: { x: { field: "a", type: "quantitative" } } }`;
    const cells = Array.from({ length: 30 }, (_, i) =>
      codeCell(
        `c${i}`,
        `await nb.showMarkdown("Solu ${i}");\nawait nb.showChart(${chart(i)});\n` +
          `for (let k = 0; k < 2; k++) await nb.showMarkdown("Kierros " + k);`,
      ));
    const notebook = denoNotebook([
      codeCell("setup", 'import * as nb from "../lib/notebook/mod.ts";\nconst points = [{ a: 1 }, { a: 2 }];'),
      ...cells,
    ]);
    // Beside the shipped notebooks, so that its import resolves as theirs do.
    const path = `notebooks/_late_outputs_${crypto.randomUUID()}.ipynb`;
    await Deno.writeTextFile(path, JSON.stringify(notebook));
    try {
      const [run] = await runNotebooks({ notebooks: [path], corpus: DATA, out: `${dir}/out` });
      assertEquals([run!.ok, run!.problems], [true, []]);
      const written = JSON.parse(await Deno.readTextFile(`${dir}/out/${path.split("/").pop()}`));
      const shown = written.cells.slice(1).map((cell: { outputs: { output_type: string; data: object }[] }) =>
        cell.outputs.filter((output) => output.output_type === "display_data")
          .map((output) => String(Object.values(output.data).at(-1)).split(":")[0])
      );
      for (const [i, outputs] of shown.entries()) {
        assertEquals(outputs, [`Solu ${i}`, `Kaavio ${i}`, "Kierros 0", "Kierros 1"], `cell ${i + 1}`);
      }
    } finally {
      await Deno.remove(path);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("05-programme-context compares the corpus with the register named by ESF_REGISTER", async () => {
  const register = SHIPPED_REGISTERS["2007-2013"];
  const out = await tempDir("esf-notebooks-");
  const notebook = shippedNotebooks().find((path) => path.endsWith("05-programme-context.ipynb"))!;
  const [run] = await runNotebooks({ notebooks: [notebook], corpus: DATA, out, env: { ESF_REGISTER: register } });
  assert(run!.ok, run!.problems.join("; "));
  assertEquals(run!.outputs.chart, 3);
  const said = prose(`${out}/05-programme-context.ipynb`);
  assert(said.includes("(2007–2013): 2\u00A0775 hanketta, lukukelvottomia arvoja 0"), "the whole register read");
  assert(
    said.includes(
      "2007–2013: rekisterissä on 3 hanketta aineistosta; erimielisyyksiä 0; rekisterin kauden hankkeista siitä puuttuu: " +
        "ei yhtään. Muiden ohjelmakausien hankkeita ei verrattu tähän rekisteriin: S21941, S22254.",
    ),
    said,
  );
  assert(said.includes("2007–2013: Keskeytyneitä on 17 (0,6\u00A0%)"), "17 of 2 775 ESR projects interrupted");
  assert(/Keskeytynyt +17 +0,6\u00A0%/.test(plainTexts(`${out}/05-programme-context.ipynb`)), "in the status table");
  assertLanguage(`${out}/05-programme-context.ipynb`, "fi");
});
